/**
 * Recolouring cost: time from an indicator switch in the explorer (the user's `change` on
 * the indicator list) to the map's next `idle`, against the floor: a bare
 * `setFeatureState` loop over the same 101 départements on the same map, then `idle`.
 * Both alternate between two colourings, median of ≥ 10 of each.
 */
import { median, withPage, type Measure } from '../lib';

const A = 'sas_pilote';
const B = 'sas_statut';

const IN_PAGE = `async function ({ runs, a, b }) {
	const map = window.segurMap;
	const select = document.querySelector('[data-testid="indicator-select"]');
	const idle = () => new Promise((r) => map.once('idle', () => r()));
	const settle = () => new Promise((r) => setTimeout(r, 50));
	const codes = [...new Set(map.querySourceFeatures('departements').map((f) => String(f.properties.code)))];
	const app = [];
	const floor = [];
	for (let i = 0; i < runs; i++) {
		// The app: a user picks the other indicator.
		await settle();
		let t0 = performance.now();
		let done = idle();
		select.value = i % 2 ? a : b;
		select.dispatchEvent(new Event('change', { bubbles: true }));
		await done;
		app.push(performance.now() - t0);
		// The floor: the same number of feature-state writes, nothing else.
		await settle();
		t0 = performance.now();
		done = idle();
		const colour = i % 2 ? '#0072b2' : '#efdfb8';
		for (const id of codes) map.setFeatureState({ source: 'departements', id }, { fill: colour });
		await done;
		floor.push(performance.now() - t0);
	}
	return { app, floor, n: codes.length };
}`;

export const switchTime: Measure = async (ctx) => {
	const runs = Math.max(10, ctx.runs);
	return withPage(ctx.browser, async (page) => {
		await page.goto(`${ctx.appUrl}?i=${A}`);
		await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 30_000 });
		// Sent as source text: tsx would wrap named inner functions in a helper the page lacks.
		const result = (await page.evaluate(`(${IN_PAGE})(${JSON.stringify({ runs, a: A, b: B })})`)) as { app: number[]; floor: number[]; n: number };
		const a = median(result.app);
		const f = median(result.floor);
		return [
			{ name: `Changement d’indicateur → idle : application (médiane de ${runs})`, value: a, unit: 'ms', note: `${A} ↔ ${B}` },
			{ name: `Boucle setFeatureState nue → idle (médiane de ${runs})`, value: f, unit: 'ms', note: `${result.n} départements` },
			{ name: 'Ratio changement d’indicateur / boucle nue', value: a / f, unit: '×', target: 2, digits: 2 }
		];
	});
};
