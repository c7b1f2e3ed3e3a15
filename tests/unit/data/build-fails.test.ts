/** The build refuses bad data: the plugin's buildStart throws the listed problems. */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILD_PROBLEMS_SHOWN, invalidDataMessage } from '../../../src/lib/data/check-data-dir';
import { validateDataPlugin } from '../../../src/lib/data/vite-plugin';

async function runBuildStart(dir: string): Promise<string | null> {
	const plugin = validateDataPlugin(dir);
	const hook = plugin.buildStart as (this: { error: (m: string) => never }) => Promise<void>;
	try {
		await hook.call({
			error: (m: string) => {
				throw new Error(m);
			}
		});
		return null;
	} catch (e) {
		return (e as Error).message;
	}
}

describe('validateDataPlugin', () => {
	it('lets good data through', async () => expect(await runBuildStart(join(import.meta.dirname, '../../fixtures/data/valid'))).toBeNull());
	it('stops the build on a broken data directory, naming file, line and field', async () => {
		const msg = await runBuildStart(join(import.meta.dirname, '../../fixtures/data/broken/unknown-territory'));
		// That case directory alone lacks the other files: each one is named.
		expect(msg).toMatch(/^Données invalides \(\d+ problème\(s\)\) :/);
		expect(msg).toContain('data/sources.csv:1: (fichier) — absent ou vide');
		expect(msg).toContain('data/indicators.csv:1: (fichier) — absent ou vide');
	});
});

describe('the build on data that would pass while wrong', () => {
	it('stops on a file that is not UTF-8, naming its line', async () => {
		const fixtures = join(import.meta.dirname, '../../fixtures/data');
		const dir = mkdtempSync(join(tmpdir(), 'data-build-'));
		try {
			cpSync(join(fixtures, 'valid'), dir, { recursive: true });
			cpSync(join(fixtures, 'broken/not-utf8'), dir, { recursive: true });
			const msg = await runBuildStart(dir);
			expect(msg).toContain('data/observations/a.csv:2: (encodage) — pas en UTF-8');
			expect(msg).toMatch(/\n1 problème dans data : data\/observations\/a\.csv \(1\)\.$/);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('lists at most 100 problems, then says how many more and where to see them all', () => {
		const problems = Array.from({ length: 250 }, (_, i) => `data/observations/a.csv:${i + 2}: code — « 99 » inconnu`);
		const lines = invalidDataMessage(problems)!.split('\n');
		expect(lines[0]).toBe('Données invalides (250 problème(s)) :');
		expect(lines).toHaveLength(1 + BUILD_PROBLEMS_SHOWN + 2);
		expect(lines.at(-2)).toBe('… et 150 de plus : npm run data:check les affiche tous');
		expect(lines.at(-1)).toBe('250 problèmes dans data : data/observations/a.csv (250).');
	});
});
