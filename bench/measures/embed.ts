/**
 * Publishing: what an embed costs a reader beside the bare MapLibre floor page (total
 * transfer until the first idle), and what the no-JavaScript fallback weighs. (The embed's
 * first paint and first idle are timed with the main page's, in `idle`.)
 */
import { fr, gzipSize, kB, loadAndCollect, mapSize, withPage, type LoadedResponse, type Measure } from '../lib';

const total = (rs: LoadedResponse[]) => rs.reduce((n, r) => n + r.gz, 0);
const EMBED = 'embed/sas_pilote/';
const STATIC = 'embed/statique/sas_pilote.svg';

export const embedWeight: Measure = async (ctx) => {
	const embedUrl = new URL(EMBED, ctx.appUrl).href;
	let size = { width: 640, height: 480 };
	const embed = await withPage(ctx.browser, async (page) => {
		const result = await loadAndCollect(page, embedUrl);
		size = (await mapSize(page)) ?? size;
		return result;
	});
	const floor = await withPage(ctx.browser, (page) => loadAndCollect(page, `${ctx.floorUrl}?w=${size.width}&h=${size.height}`));
	const fallback = await fetch(new URL(STATIC, ctx.appUrl));
	const body = Buffer.from(await fallback.arrayBuffer());
	return [
		{ name: 'Intégration interactive : transfert total jusqu’au premier idle, gzip', value: kB(total(embed.responses)), unit: 'kB', note: `${embed.responses.length} réponses ; plancher ${fr(kB(total(floor.responses)))} kB` },
		{ name: 'Ratio intégration / plancher (transfert)', value: total(embed.responses) / total(floor.responses), unit: '×', target: 1.15, digits: 2 },
		{ name: 'Version statique (SVG, sans JavaScript), gzip', value: kB(gzipSize(body)), unit: 'kB', target: 80, note: `${STATIC}, ${fr(kB(body.length))} kB brut` }
	];
};
