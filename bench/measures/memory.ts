/**
 * Memory: the main page's JavaScript heap once its map is idle and the whole model has come
 * and been applied, then after 50 indicator switches made as a user makes them (each waits
 * for the map's idle). Target: growth ≤ 10 %.
 *
 * Each reading collects garbage (DevTools protocol) until two readings agree: the model and
 * the share dialog's code arrive on idle after the first map, and one collection taken while
 * the page applies them read 0,5–0,8 MB high, which made the growth look smaller than it is.
 * Most of the growth is V8's compiled code for the switch path, which gets hot (with V8's
 * compilers turned off the heap stays flat to ≈ 130 bytes per switch): a second figure,
 * without target, is the growth over 50 more switches after one full tour of the indicators.
 */
import { waitForIdleMark, withPage, type Measure } from '../lib';

const SWITCHES = 50;

/** `home`: the page's own indicator (no `i` in its address). */
const SWITCH_ALL = `async ({ count, home }) => {
	const map = window.segurMap;
	const select = document.querySelector('[data-testid="indicator-select"]');
	const ids = [...select.options].map((o) => o.value);
	const shown = () => new URLSearchParams(location.search).get('i') || home;
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
		const collected = async () => {
			await cdp.send('HeapProfiler.collectGarbage');
			return (await cdp.send('Runtime.getHeapUsage')).usedSize;
		};
		/** Collects until two readings 300 ms apart agree to 0,5 % (at most 10 tries). */
		const heap = async () => {
			let last = await collected();
			for (let i = 0; i < 10; i++) {
				await page.waitForTimeout(300);
				const now = await collected();
				if (Math.abs(now - last) <= 0.005 * last) return now;
				last = now;
			}
			return last;
		};
		const modelLoaded = page.waitForResponse((r) => r.url().endsWith('/donnees/modele.json'));
		await page.goto(ctx.appUrl, { waitUntil: 'commit' });
		await waitForIdleMark(page);
		await (await modelLoaded).finished();
		await page.waitForLoadState('networkidle');
		const before = await heap();
		const args = JSON.stringify({ count: SWITCHES, home: await page.getByTestId('indicator-select').inputValue() });
		const indicators = (await page.evaluate(`(${SWITCH_ALL})(${args})`)) as number;
		await page.waitForLoadState('networkidle');
		const after = await heap();
		// One full tour of the indicators is done by now (50 > their number): 50 more.
		await page.evaluate(`(${SWITCH_ALL})(${args})`);
		const warm = await heap();
		const mb = (b: number) => b / 1e6;
		const pct = (a: number, b: number) => (100 * (b - a)) / a;
		return [
			{ name: 'Tas JavaScript après le premier idle (modèle complet chargé et appliqué)', value: mb(before), unit: 'MB', digits: 1 },
			{ name: `Tas JavaScript après ${SWITCHES} changements d’indicateur`, value: mb(after), unit: 'MB', digits: 1, note: `${indicators} indicateurs parcourus en boucle` },
			{ name: 'Croissance du tas', value: pct(before, after), unit: '%', target: 10, digits: 1, note: 'surtout du code compilé par V8 (le chemin du changement devient chaud)' },
			{ name: `Puis ${SWITCHES} changements de plus (moteur échauffé)`, value: pct(after, warm), unit: '%', digits: 1, note: `${mb(after).toFixed(1)} → ${mb(warm).toFixed(1)} MB ; sans cible` }
		];
	});
