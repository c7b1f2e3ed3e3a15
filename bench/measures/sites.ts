/**
 * Sites at scale: the main page with 200 and with 20 000 synthetic sites (see
 * ../synthetic-sites.ts: deterministic points inside the départements, flagged synthetic,
 * served in place of the app's own model under /sites-<n>/, never built into the app).
 * - time from navigation to the map's idle with the sites drawn (`segur:sites-idle`):
 *   20 000 against 200, target ≤ 2;
 * - a scripted pan and zoom (four eased moves) over the sites: median time between frames,
 *   20 000 against 200, target ≤ 1.5.
 */
import { median, spread, waitForMark, withPage, type Measure } from '../lib';

export const SITE_COUNTS = [200, 20_000] as const;
/** Where the app is served with `n` synthetic sites (mounts and data file set up in run.ts). */
export const sitesPrefix = (n: number) => `/sites-${n}/`;

/** In-page: four eased moves, every animation frame's interval recorded (sent as source text). */
const PAN_ZOOM = `async () => {
	const map = window.segurMap;
	const frames = [];
	let running = true;
	let last = 0;
	const tick = (t) => { if (last) frames.push(t - last); last = t; if (running) requestAnimationFrame(tick); };
	requestAnimationFrame(tick);
	const start = { center: map.getCenter(), zoom: map.getZoom() };
	const ease = (to) => new Promise((r) => { map.once('moveend', r); map.easeTo({ ...to, duration: 800 }); });
	await ease({ center: [2.5, 46.8], zoom: start.zoom + 1.5 });
	await ease({ center: [4.8, 45.7], zoom: start.zoom + 2.5 });
	await ease({ center: [-1.5, 47.5], zoom: start.zoom + 1.5 });
	await ease({ center: start.center, zoom: start.zoom });
	running = false;
	frames.sort((a, b) => a - b);
	return frames;
}`;

export const sitesAtScale: Measure = async (ctx) => {
	const result = new Map<number, { idle: number[]; drawn: number[]; frame: number[] }>();
	for (const n of SITE_COUNTS) result.set(n, { idle: [], drawn: [], frame: [] });
	const load = async (n: number) =>
		withPage(ctx.browser, async (page) => {
			await page.goto(ctx.server.url(sitesPrefix(n)), { waitUntil: 'commit' });
			const idle = await waitForMark(page, 'segur:sites-idle', 120_000);
			const shown = await waitForMark(page, 'segur:sites-shown');
			const count = await page.evaluate(() => document.querySelector('[data-testid="sites-list"] summary')?.textContent ?? '');
			if (!count.includes(n.toLocaleString('fr-FR'))) throw new Error(`${sitesPrefix(n)} : ${n} sites attendus, la liste dit « ${count} »`);
			const frames = (await page.evaluate(`(${PAN_ZOOM})()`)) as number[];
			return { idle, drawn: idle - shown, frame: median(frames) };
		});
	for (const n of SITE_COUNTS) await load(n); // warm-up
	for (let i = 0; i < ctx.runs; i++)
		for (const n of SITE_COUNTS) {
			const r = await load(n);
			const acc = result.get(n)!;
			acc.idle.push(r.idle);
			acc.drawn.push(r.drawn);
			acc.frame.push(r.frame);
			ctx.log(`  ${n} sites, run ${i + 1}/${ctx.runs} : idle avec les sites ${r.idle.toFixed(0)} ms (dont ${r.drawn.toFixed(0)} ms après leur remise à la carte), image médiane ${r.frame.toFixed(1)} ms`);
		}
	const [few, many] = SITE_COUNTS.map((n) => result.get(n)!);
	return [
		...SITE_COUNTS.map((n) => {
			const r = result.get(n)!;
			return {
				name: `Sites synthétiques : ${n.toLocaleString('fr-FR')}, navigation → idle avec les sites (médiane de ${ctx.runs})`,
				value: median(r.idle),
				unit: 'ms',
				note: `${spread(r.idle)} ; dont sites remis à la carte → idle : ${median(r.drawn).toFixed(0)} ms ; déplacement : ${median(r.frame).toFixed(1)} ms par image`
			};
		}),
		{ name: 'Sites : ratio idle 20 000 / 200', value: median(many!.idle) / median(few!.idle), unit: '×', target: 2, digits: 2 },
		{
			name: 'Sites : ratio temps par image pendant un déplacement, 20 000 / 200',
			value: median(many!.frame) / median(few!.frame),
			unit: '×',
			target: 1.5,
			digits: 2,
			note: `médianes ${median(many!.frame).toFixed(1)} ms / ${median(few!.frame).toFixed(1)} ms`
		}
	];
};
