/**
 * A malformed data file fails `vite build` (and so `npm run build`) before anything is
 * bundled, with every problem as `file:line: field — what — expected`.
 */
import type { Plugin } from 'vite';
import { checkDataDir } from './check-data-dir';

export function validateDataPlugin(dataDir: string): Plugin {
	return {
		name: 'segur-validate-data',
		apply: 'build',
		buildStart() {
			const { problems } = checkDataDir(dataDir);
			if (problems.length) this.error(`Données invalides (${problems.length} problème(s)) :\n${problems.join('\n')}`);
		}
	};
}
