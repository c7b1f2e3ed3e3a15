/**
 * A malformed data file fails `vite build` (and so `npm run build`) before anything is
 * bundled, with every problem as `file:line: field — what — expected`.
 */
import type { Plugin } from 'vite';
import { checkDataDir, invalidDataMessage } from './check-data-dir';

export function validateDataPlugin(dataDir: string): Plugin {
	return {
		name: 'segur-validate-data',
		apply: 'build',
		buildStart() {
			const message = invalidDataMessage(checkDataDir(dataDir).problems);
			if (message) this.error(message);
		}
	};
}
