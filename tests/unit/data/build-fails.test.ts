/** The build refuses bad data: the plugin's buildStart throws the listed problems. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
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
