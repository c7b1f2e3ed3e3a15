/**
 * Bytes before the first paint of the map, gzip level 9 per body, on the main page (target
 * ≤ 120 kB) and an embed (≤ 80 kB):
 * - what that paint needs: the HTML, its style sheets and the map picture — what a reader on
 *   a slow link waits for (the target);
 * - what had arrived anyway when the picture was painted (Resource Timing `responseEnd` ≤ the
 *   picture's element timing): the page's JavaScript, requested by the HTML too, shares the
 *   link on a slow network. On this local server, everything requested arrives at once.
 */
import { fr, kB, loadAndCollect, paintTimes, withPage, type Measure, type Row } from '../lib';

const PAGES = [
	{ path: '', label: 'page principale', target: 120 },
	{ path: 'embed/sas_pilote/', label: 'intégration', target: 80 }
] as const;

/** In-page: when each response ended (navigation included), ms since navigation start. */
const RESPONSE_ENDS = `() => [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((e) => ({ url: e.name, end: e.responseEnd }))`;

export const paintBytes: Measure = async (ctx) => {
	const rows: Row[] = [];
	for (const { path, label, target } of PAGES) {
		const url = new URL(path, ctx.appUrl).href;
		const { responses, ends, picture } = await withPage(ctx.browser, async (page) => {
			const loaded = await loadAndCollect(page, url);
			const times = await paintTimes(page);
			const ends = (await page.evaluate(`(${RESPONSE_ENDS})()`)) as { url: string; end: number }[];
			return { responses: loaded.responses, ends, picture: times.picture };
		});
		if (picture === null) throw new Error(`${url} : pas de marque d’affichage de l’image (elementtiming="carte")`);
		const endOf = new Map(ends.map((e) => [e.url, e.end]));
		const before = responses.filter((r) => (endOf.get(r.url) ?? Infinity) <= picture);
		const sum = (rs: typeof responses) => rs.reduce((n, r) => n + r.gz, 0);
		const needed = before.filter((r) => r.resourceType === 'document' || r.resourceType === 'stylesheet' || r.resourceType === 'image');
		const js = before.filter((r) => r.resourceType === 'script');
		rows.push(
			{
				name: `${label} : octets nécessaires au premier affichage de la carte (page, styles, image), gzip`,
				value: kB(sum(needed)),
				unit: 'kB',
				target,
				note: needed.map((r) => `${new URL(r.url).pathname.split('/').pop() || 'page'} ${fr(kB(r.gz))}`).join(' + ')
			},
			{
				name: `${label} : octets reçus avant l’affichage de l’image, JavaScript compris, gzip`,
				value: kB(sum(before)),
				unit: 'kB',
				note: `${before.length} réponses à ${picture.toFixed(0)} ms, dont JavaScript ${fr(kB(sum(js)))} kB (demandé par la page, inutile à l’image)`
			}
		);
	}
	return rows;
};
