/**
 * What the main page really downloads until its map is idle: every response seen by
 * Chromium (page and worker), each body gzipped at level 9. JavaScript is split into
 * MapLibre (library + worker) and the application's own code.
 */
import { APP_VITE_MANIFEST, FLOOR_VITE_MANIFEST, isJavaScript, fr, isMaplibre, kB, loadAndCollect, mapSize, maplibreFilesFromManifest, withPage, type LoadedResponse, type Measure } from '../lib';
import { modeCode } from '../mode-code';

const sum = (rs: LoadedResponse[]) => rs.reduce((n, r) => n + r.gz, 0);

function split(responses: LoadedResponse[], manifest: string) {
	const files = maplibreFilesFromManifest(manifest);
	const js = responses.filter(isJavaScript);
	const lib = js.filter((r) => isMaplibre(r, files));
	const app = js.filter((r) => !lib.includes(r));
	return { js, lib, app };
}

const isWorker = (r: LoadedResponse) => /worker/i.test(new URL(r.url).pathname);

/** "bibliothèque 295,4 kB + worker 148,2 kB" */
function describeLib(rs: LoadedResponse[]): string {
	const part = (label: string, xs: LoadedResponse[]) => (xs.length ? `${label} ${fr(kB(sum(xs)))} kB` : null);
	return [part('bibliothèque', rs.filter((r) => !isWorker(r))), part('worker', rs.filter(isWorker))].filter(Boolean).join(' + ');
}

export const pageWeight: Measure = async (ctx) => {
	const origin = ctx.server.origin;
	const app = await withPage(ctx.browser, async (page) => {
		const result = await loadAndCollect(page, ctx.appUrl);
		// The app's map size, so that the idle measure can give the floor the same canvas.
		ctx.shared.appMapSize = await mapSize(page);
		return result;
	});
	const floor = await withPage(ctx.browser, (page) => loadAndCollect(page, ctx.floorUrl));

	const a = split(app.responses, APP_VITE_MANIFEST);
	const f = split(floor.responses, FLOOR_VITE_MANIFEST);
	const bad = app.responses.filter((r) => r.status >= 400);

	ctx.log(`  réponses de l’application jusqu’au premier idle (${app.responses.length}) :`);
	for (const r of [...app.responses].sort((x, y) => y.gz - x.gz))
		ctx.log(`    ${String(r.status).padEnd(4)}${r.resourceType.padEnd(11)}${kB(r.raw).toFixed(1).padStart(8)} kB brut ${kB(r.gz).toFixed(1).padStart(7)} kB gz  ${r.url.replace(origin, '')}`);
	if (bad.length) ctx.log(`  ATTENTION : ${bad.length} réponse(s) en erreur : ${bad.map((r) => `${r.status} ${r.url}`).join(', ')}`);

	const modes = modeCode(a.app);
	if (modes) for (const m of modes.modules) ctx.log(`    mode : ${kB(m.gz).toFixed(2).padStart(6)} kB gz  ${m.id}`);

	return [
		{
			name: 'JS page principale : code des modes (cercles, petits multiples, lecture, impression), gzip',
			value: modes ? kB(modes.gz) : Number.NaN,
			unit: 'kB',
			target: 5,
			digits: 1,
			note: modes
				? `approché : chaque fichier réparti entre ses modules selon la longueur de leur code ; ${modes.modules.length} module(s) des modes chargé(s)${modes.modules.length ? ` (${modes.modules.slice(0, 3).map((m) => m.id.split('/').pop()).join(', ')}…)` : ''}`
				: 'tailles des modules absentes (construire avec `npm run build`)'
		},
		{
			name: 'JS page principale : MapLibre (bibliothèque + worker), gzip',
			value: kB(sum(a.lib)),
			unit: 'kB',
			note: `${describeLib(a.lib)} ; plancher : ${describeLib(f.lib)}`
		},
		{
			name: 'JS page principale : application, gzip',
			value: kB(sum(a.app)),
			unit: 'kB',
			note: `${a.app.length} fichiers (SvelteKit, composants, topojson-client…) ; plancher : ${fr(kB(sum(f.app)))} kB`
		},
		{
			name: 'JS page principale : total, gzip',
			value: kB(sum(a.js)),
			unit: 'kB',
			note: `plancher : ${fr(kB(sum(f.js)))} kB`
		},
		{
			name: 'Transfert total de la page jusqu’au premier idle, gzip',
			value: kB(sum(app.responses)),
			unit: 'kB',
			note: `${app.responses.length} réponses, ${fr(kB(app.responses.reduce((n, r) => n + r.raw, 0)), 0)} kB brut ; plancher : ${fr(kB(sum(floor.responses)))} kB, ${floor.responses.length} réponses`
		}
	];
};
