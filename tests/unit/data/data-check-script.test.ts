/**
 * `npm run data:check` piped into a file by a slow reader (a CI log, `| tee`): thousands of
 * problems, and the summary still arrives, last. Node writes to pipes asynchronously, so
 * a script that calls `process.exit()` right after writing loses the end of its output.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../../..');
const VALID = join(ROOT, 'tests/fixtures/data/valid');
const PROBLEMS = 3000;

/** The valid fixture plus a file of 3 000 observations of a territory that does not exist. */
function directoryWithManyProblems(): string {
	const dir = mkdtempSync(join(tmpdir(), 'data-many-'));
	cpSync(VALID, dir, { recursive: true });
	const header = readFileSync(join(VALID, 'observations/a.csv'), 'utf8').split('\n')[0];
	const day = (i: number) => new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10);
	const rows = Array.from({ length: PROBLEMS }, (_, i) => `cpts_en_fonctionnement,departement,99,${day(i)},2021-12-14,40,,exact,,web-essai,§ 2,,,`);
	writeFileSync(join(dir, 'observations/b.csv'), `${header}\n${rows.join('\n')}\n`);
	return dir;
}

describe('npm run data:check output', () => {
	it('prints every problem, then the count per file, even through a slow pipe', () => {
		const dir = directoryWithManyProblems();
		const out = join(dir, 'sortie.txt');
		try {
			// The reader waits before reading: the pipe fills up while the script writes.
			execFileSync('sh', ['-c', `npx tsx scripts/data-check.ts "$1" 2>&1 >/dev/null | (sleep 1; cat) > "$2"`, 'sh', dir, out], { cwd: ROOT });
			const lines = readFileSync(out, 'utf8').split('\n');
			expect(lines.at(-1)).toBe('');
			expect(lines.at(-2)).toMatch(/^3 000 problèmes dans .+ : data\/observations\/b\.csv \(3 000\)\.$/);
			const problems = lines.filter((l) => l.startsWith('data/observations/b.csv:'));
			expect(problems).toHaveLength(PROBLEMS);
			expect(problems[0]).toBe(
				'data/observations/b.csv:2: code — « 99 » n’est pas un code de département — un code département INSEE (01…95, 2A, 2B, 971…976)'
			);
			expect(problems.at(-1)).toMatch(/^data\/observations\/b\.csv:3001: code — /);
			// And it fails.
			expect(spawnSync('npx', ['tsx', 'scripts/data-check.ts', dir], { cwd: ROOT }).status).toBe(1);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}, 60_000);
});
