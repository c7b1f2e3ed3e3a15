/**
 * Time from navigation start to the map's first `idle`, for the app and for the floor
 * page (bare MapLibre, same geometry, same extent, same canvas size). One warm-up run of
 * each is discarded, then runs alternate app/floor, each in a fresh browser context.
 */
import { mapSize, measureIdle, median, withPage, type Measure } from '../lib';

interface Size {
	width: number;
	height: number;
}

export const idleTime: Measure = async (ctx) => {
	// Warm-up of the app (also gives the map's size if page-weight did not run).
	const warm = await withPage(ctx.browser, async (page) => {
		const ms = await measureIdle(page, ctx.appUrl);
		return { ms, size: await mapSize(page) };
	});
	const size = (ctx.shared.appMapSize as Size | null | undefined) ?? warm.size;
	const floorUrl = size ? `${ctx.floorUrl}?w=${size.width}&h=${size.height}` : ctx.floorUrl;
	await withPage(ctx.browser, (page) => measureIdle(page, floorUrl));

	const app: number[] = [];
	const floor: number[] = [];
	for (let i = 0; i < ctx.runs; i++) {
		app.push(await withPage(ctx.browser, (page) => measureIdle(page, ctx.appUrl)));
		floor.push(await withPage(ctx.browser, (page) => measureIdle(page, floorUrl)));
		ctx.log(`  run ${i + 1}/${ctx.runs} : application ${app[i]!.toFixed(0)} ms, plancher ${floor[i]!.toFixed(0)} ms`);
	}
	const a = median(app);
	const f = median(floor);
	const spread = (xs: number[]) => `min ${Math.min(...xs).toFixed(0)} ms, max ${Math.max(...xs).toFixed(0)} ms`;
	const canvas = size ? `carte ${size.width}×${size.height} px` : 'pleine fenêtre';
	return [
		{
			name: `Navigation → premier idle : application (médiane de ${ctx.runs})`,
			value: a,
			unit: 'ms',
			note: spread(app)
		},
		{
			name: `Navigation → premier idle : plancher MapLibre (médiane de ${ctx.runs})`,
			value: f,
			unit: 'ms',
			note: `${spread(floor)} ; ${canvas}`
		},
		{
			name: 'Ratio application / plancher (premier idle)',
			value: a / f,
			unit: '×',
			target: 1.3,
			digits: 2,
			note: `écart médian ${a - f >= 0 ? '+' : ''}${(a - f).toFixed(0)} ms`
		}
	];
};
