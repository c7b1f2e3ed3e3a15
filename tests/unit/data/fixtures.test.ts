/**
 * Deliberately broken data directories: each must fail with exactly the messages in its
 * `expected.txt` (all problems at once, each naming file, line and field). A case is the
 * valid fixture with some files replaced.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDataDir } from '../../../src/lib/data/check-data-dir';

const FIXTURES = join(import.meta.dirname, '../../fixtures/data');
const VALID = join(FIXTURES, 'valid');
const BROKEN = join(FIXTURES, 'broken');

function withCase(name: string): string {
	const dir = mkdtempSync(join(tmpdir(), `data-${name}-`));
	cpSync(VALID, dir, { recursive: true });
	for (const entry of readdirSync(join(BROKEN, name), { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || entry.name === 'expected.txt') continue;
		const rel = join(entry.parentPath, entry.name).slice(join(BROKEN, name).length + 1);
		cpSync(join(BROKEN, name, rel), join(dir, rel));
	}
	return dir;
}

describe('data fixtures', () => {
	it('the valid fixture has no problem', () => {
		const { problems, model } = checkDataDir(VALID);
		expect(problems).toEqual([]);
		expect(model.observations).toHaveLength(5);
	});

	const cases = readdirSync(BROKEN).sort();
	it('there are broken cases to check', () => expect(cases.length).toBeGreaterThanOrEqual(10));

	for (const name of cases) {
		it(`${name} gives exactly its expected messages`, () => {
			const dir = withCase(name);
			try {
				const expected = existsSync(join(BROKEN, name, 'expected.txt'))
					? readFileSync(join(BROKEN, name, 'expected.txt'), 'utf8').split('\n').filter(Boolean)
					: [];
				expect(checkDataDir(dir).problems).toEqual(expected);
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		});
	}
});

describe('French Excel files', () => {
	it('reads `;` with decimal commas and says what it detected', () => {
		const dir = withCase('semicolon-decimal-comma-ok');
		try {
			const { problems, notes, model } = checkDataDir(dir);
			expect(problems).toEqual([]);
			expect(notes).toContain('data/observations/a.csv : séparateur « ; », virgule décimale, 4 lignes de données');
			const auvergne = model.observations.find((o) => o.code === '84');
			expect(auvergne?.value).toBe(40.5);
			expect(auvergne?.note).toBe('note avec, une virgule');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
