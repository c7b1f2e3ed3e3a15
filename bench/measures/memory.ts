/**
 * Memory: the main page's JavaScript heap once its map is idle and the whole model has come
 * (garbage collected first, through the DevTools protocol), then after 50 indicator switches
 * made as a user makes them (each waits for the map's idle). Target: growth ≤ 10 %.
 */
import { waitForIdleMark, withPage, type Measure } from '../lib';

const SWITCHES = 50;

const SWITCH_ALL = `async (count) => {
	const map = window.segurMap;
	const select = document.querySelector('[data-testid="indicator-select"]');
	const ids = [...select.options].map((o) => o.value);
	const first = select.value; // the page's own indicator: no \`i\` in its address
	const shown = () => new URLSearchParams(location.search).get('i') || first;
	for (let i = 0; i < count; i++) {
		const next = ids[(ids.indexOf(select.value) + 1) % ids.length];
		select.value = next;
		select.dispatchEvent(new Event('change', { bubbles: true }));
		while (shown() !== next) await new Promise((r) => setTimeout(r, 10));
		await new Promise((r) => { map.once('idle', r); map.triggerRepaint(); });
	}
	return ids.length;
}`;

export const memory: Measure = async (ctx) =>
	withPage(ctx.browser, async (page) => {
		const cdp = await page.context().newCDPSession(page);
		const heap = async () => {
			await cdp.send('HeapProfiler.collectGarbage');
			return (await cdp.send('Runtime.getHeapUsage')).usedSize;
		};
		const modelLoaded = page.waitForResponse((r) => r.url().endsWith('/donnees/modele.json'));
		await page.goto(ctx.appUrl, { waitUntil: 'commit' });
		await waitForIdleMark(page);
		await modelLoaded;
		await page.waitForLoadState('networkidle');
		const before = await heap();
		const indicators = (await page.evaluate(`(${SWITCH_ALL})(${SWITCHES})`)) as number;
		await page.waitForLoadState('networkidle');
		const after = await heap();
		const mb = (b: number) => b / 1e6;
		return [
			{ name: 'Tas JavaScript après le premier idle (modèle complet chargé)', value: mb(before), unit: 'MB', digits: 1 },
			{ name: `Tas JavaScript après ${SWITCHES} changements d’indicateur`, value: mb(after), unit: 'MB', digits: 1, note: `${indicators} indicateurs parcourus en boucle` },
			{ name: 'Croissance du tas', value: (100 * (after - before)) / before, unit: '%', target: 10, digits: 1 }
		];
	});
