/**
 * Paint first, interactive after, against the floor (bare MapLibre, same geometry, same
 * extent, same canvas size), on the main page and on an embed:
 * - the map picture's first paint (element timing `carte`; the largest contentful paint in
 *   the notes) as a ratio to the floor's first `idle` (target ≤ 0.3);
 * - the app's first `idle` (interactive map) as a ratio to the floor's (target ≤ 1.15).
 * One warm-up run of each page is discarded, then runs alternate app / floor, each in a
 * fresh browser context.
 */
import { mapSize, measureIdle, measureLoad, median, spread, withPage, type Measure, type Row } from '../lib';

interface Size {
	width: number;
	height: number;
}

const PAGES = [
	{ path: '', label: 'page principale' },
	{ path: 'embed/sas_pilote/', label: 'intégration' }
] as const;

export const idleTime: Measure = async (ctx) => {
	const rows: Row[] = [];
	for (const { path, label } of PAGES) {
		const appUrl = new URL(path, ctx.appUrl).href;
		// Warm-up of the app, which also gives the map's size.
		const warm = await withPage(ctx.browser, async (page) => {
			await measureLoad(page, appUrl);
			return mapSize(page);
		});
		const size = (path === '' ? (ctx.shared.appMapSize as Size | null | undefined) : null) ?? warm;
		const floorUrl = size ? `${ctx.floorUrl}?w=${size.width}&h=${size.height}` : ctx.floorUrl;
		await withPage(ctx.browser, (page) => measureIdle(page, floorUrl));

		const idle: number[] = [];
		const picture: number[] = [];
		const lcp: number[] = [];
		const lcpOf = new Set<string>();
		const floor: number[] = [];
		for (let i = 0; i < ctx.runs; i++) {
			const run = await withPage(ctx.browser, (page) => measureLoad(page, appUrl));
			idle.push(run.idle);
			if (run.picture !== null) picture.push(run.picture);
			if (run.lcp !== null) lcp.push(run.lcp);
			if (run.lcpElement) lcpOf.add(run.lcpElement);
			floor.push(await withPage(ctx.browser, (page) => measureIdle(page, floorUrl)));
			ctx.log(`  ${label}, run ${i + 1}/${ctx.runs} : image ${run.picture?.toFixed(0) ?? '—'} ms, idle ${run.idle.toFixed(0)} ms, plancher ${floor[i]!.toFixed(0)} ms`);
		}
		const f = median(floor);
		const canvas = size ? `carte ${size.width}×${size.height} px` : 'pleine fenêtre';
		if (picture.length < ctx.runs) throw new Error(`${appUrl} : pas de marque d’affichage de l’image (elementtiming="carte") dans ${ctx.runs - picture.length} chargement(s)`);
		rows.push(
			{ name: `${label} : navigation → image de la carte affichée (médiane de ${ctx.runs})`, value: median(picture), unit: 'ms', note: `${spread(picture)} ; LCP ${median(lcp).toFixed(0)} ms (${[...lcpOf].join(', ')})` },
			{ name: `${label} : navigation → carte interactive, premier idle (médiane de ${ctx.runs})`, value: median(idle), unit: 'ms', note: spread(idle) },
			{ name: `${label} : plancher MapLibre, premier idle (médiane de ${ctx.runs})`, value: f, unit: 'ms', note: `${spread(floor)} ; ${canvas}` },
			{
				name: `${label} : ratio image affichée / premier idle du plancher`,
				value: median(picture) / f,
				unit: '×',
				target: 0.3,
				digits: 2,
				note: `par chargement : ${spread(picture.map((p, i) => p / floor[i]!), '', 2)}`
			},
			{
				name: `${label} : ratio premier idle / plancher`,
				value: median(idle) / f,
				unit: '×',
				target: 1.15,
				digits: 2,
				note: `écart médian ${median(idle) - f >= 0 ? '+' : ''}${(median(idle) - f).toFixed(0)} ms ; par chargement : ${spread(idle.map((x, i) => x / floor[i]!), '', 2)}`
			}
		);
	}
	return rows;
};
