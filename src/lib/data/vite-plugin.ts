/**
 * A malformed data file fails `vite build` (and so `npm run build`) before anything is
 * bundled, with every problem as `file:line: field — what — expected`.
 *
 * The checker is loaded through Vite's module runner when the build starts, not imported
 * here. Vite bundles vite.config.ts together with everything it imports, and prints a notice
 * (forty lines, once per config load, three loads per build) for every extensionless import
 * in that bundle — a notice about the config loader of a future Vite, which a newcomer reads
 * as a broken build. The checker reaches much of `src/lib` (data, geo, territories), written
 * the app's way, without extensions: kept out of the config's import graph, it leaves that
 * graph to two files imported with their extension, and the build quiet. A data problem still
 * stops the build, through `this.error`.
 */
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';

type Checker = typeof import('./check-data-dir');
const CHECKER = fileURLToPath(new URL('./check-data-dir.ts', import.meta.url));

export function validateDataPlugin(dataDir: string): Plugin {
	return {
		name: 'segur-validate-data',
		apply: 'build',
		async buildStart() {
			const { checkDataDir, invalidDataMessage } = (await runnerImport<Checker>(CHECKER)).module;
			const message = invalidDataMessage(checkDataDir(dataDir).problems);
			if (message) this.error(message);
		}
	};
}
