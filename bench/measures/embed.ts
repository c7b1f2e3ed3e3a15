/**
 * Publishing: what an embed costs a reader beside the bare MapLibre floor page, and what
 * the no-JavaScript fallback weighs.
 */
import { fr, gzipSize, kB, loadAndCollect, mapSize, measureIdle, median, withPage, type LoadedResponse, type Measure } from '../lib';

const total = (rs: LoadedResponse[]) => rs.reduce((n, r) => n + r.gz, 0);
const EMBED = 'embed/sas_pilote/';
const STATIC = 'embed/statique/sas_pilote.svg';

export const embedWeight: Measure = async (ctx) => {
	const embedUrl = new URL(EMBED, ctx.appUrl).href;
	// The floor draws a map of the embed's own size, so both rasterise the same pixels.
	let size = { width: 640, height: 480 };
	const embed = await withPage(ctx.browser, async (page) => {
		const result = await loadAndCollect(page, embedUrl);
		size = (await mapSize(page)) ?? size;
		return result;
	});
	const floorUrl = `${ctx.floorUrl}?w=${size.width}&h=${size.height}`;
	const floor = await withPage(ctx.browser, (page) => loadAndCollect(page, floorUrl));
	const fallback = await fetch(new URL(STATIC, ctx.appUrl));
	const body = Buffer.from(await fallback.arrayBuffer());

	// Time to first idle, alternating runs like the main page's measure. Timed loads only
	// time (`measureIdle`): collecting and gzipping bodies during the load would take CPU
	// from the page being timed.
	const e: number[] = [];
	const f: number[] = [];
	for (let i = 0; i < ctx.runs; i++) {
		e.push(await withPage(ctx.browser, (page) => measureIdle(page, embedUrl)));
		f.push(await withPage(ctx.browser, (page) => measureIdle(page, floorUrl)));
	}
	return [
		{ name: 'Intégration interactive : transfert total, gzip', value: kB(total(embed.responses)), unit: 'kB', note: `${embed.responses.length} réponses ; plancher ${fr(kB(total(floor.responses)))} kB` },
		{ name: 'Ratio intégration / plancher (transfert)', value: total(embed.responses) / total(floor.responses), unit: '×', target: 1.15, digits: 2 },
		{ name: 'Version statique (SVG, sans JavaScript), gzip', value: kB(gzipSize(body)), unit: 'kB', target: 80, note: `${STATIC}, ${fr(kB(body.length))} kB brut` },
		{ name: `Intégration → premier idle (médiane de ${ctx.runs})`, value: median(e), unit: 'ms', note: `min ${Math.min(...e).toFixed(0)} ms, max ${Math.max(...e).toFixed(0)} ms` },
		{ name: 'Ratio intégration / plancher (premier idle)', value: median(e) / median(f), unit: '×', target: 1.3, digits: 2, note: `plancher ${median(f).toFixed(0)} ms (min ${Math.min(...f).toFixed(0)}, max ${Math.max(...f).toFixed(0)}) ; carte ${size.width}×${size.height} px` }
	];
};
