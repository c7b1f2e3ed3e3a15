/**
 * How much of the JavaScript a page loaded belongs to the map modes of the « newsroom »
 * issue — proportional circles, their colours, small multiples, the date player, the A4 and
 * clipboard exports — which are to load on first use (budget: ≤ 5 kB gz on the first load).
 *
 * Each loaded chunk's gzip size is shared among its modules in proportion to the length of
 * their code in it (`.vite/module-sizes.json`, written by vite.config.ts): an approximation,
 * said so in the report. The few lines these modes add to shared modules (the URL's `rep`,
 * `fixe`, `couleur`, `multiples`, the options' toggles) are not counted.
 */
import { readFileSync } from 'node:fs';
import { APP_MODULE_SIZES, type LoadedResponse } from './lib';

/** The modes' own modules (paths from the repository root). */
export const MODE_MODULE =
	/^src\/lib\/(explorer\/(symbols|symbol-colors|multiples|multiples-symbols|groups|play|shared-classes)\.ts|domain\/radius-scale\.ts|map\/symbol-layer\.ts|ui\/(Symbol\w+\.svelte|symbols\.svelte\.ts|DatePlayer\.svelte|multiples\/.*)|publish\/(svg-symbols|png-symbols|multiples-\w+|print-png|clipboard-image)\.ts)|node_modules\/d3-scale\/dist\/d3-scale\.min\.mjs$/;

export interface ModeShare {
	/** gzip bytes of the modes' modules among the responses. */
	gz: number;
	/** Those modules, largest first, with their gzip share. */
	modules: { id: string; gz: number }[];
}

/** null when the build left no module sizes matching the snapshot. */
export function modeCode(js: LoadedResponse[]): ModeShare | null {
	let sizes: Record<string, Record<string, number>>;
	try {
		sizes = JSON.parse(readFileSync(APP_MODULE_SIZES, 'utf8'));
	} catch {
		return null;
	}
	const byModule = new Map<string, number>();
	for (const r of js) {
		const file = new URL(r.url).pathname.replace(/^\//, '');
		const modules = sizes[file];
		if (!modules) continue;
		const total = Object.values(modules).reduce((a, b) => a + b, 0);
		if (!total) continue;
		for (const [id, length] of Object.entries(modules))
			if (MODE_MODULE.test(id)) byModule.set(id, (byModule.get(id) ?? 0) + (r.gz * length) / total);
	}
	const modules = [...byModule].map(([id, gz]) => ({ id, gz })).sort((a, b) => b.gz - a.gz);
	return { gz: modules.reduce((s, m) => s + m.gz, 0), modules };
}
