/**
 * The map picture shown before MapLibre: which one stands for a view (or none), how it is
 * framed, what it draws, the inline guard that hides it before the page's code runs, and
 * what the explorer's page carries (its view's figures only).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import type { Indicator } from '../../../src/lib/data/model';
import type { ViewState } from '../../../src/lib/url/view-params';
import { PARAM_KEYS } from '../../../src/lib/url/view-params';
import { DEFAULT_VIEW } from '../../../src/lib/url/view-state';
import { checkDataDir } from '../../../src/lib/data/check-data-dir';
import { indexModel } from '../../../src/lib/data/model-index';
import { geometryFromTopology } from '../../../src/lib/map/geometry';
import { lonLatToMercator } from '../../../src/lib/geo/mercator';
import { picturePath, viewPictureKey, type PictureFacts } from '../../../src/lib/publish/map-picture';
import { PICTURE_PARAMS, PICTURE_GUARD_SCRIPT } from '../../../src/lib/publish/picture-guard.js';
import { SVG_LAYER_IDS } from '../../../src/lib/publish/svg-map';
import { pictureFrame, renderMapPicture, PICTURE_WIDTH } from '../../../src/lib/publish/svg-picture';
import { staticKeys } from '../../../src/lib/publish/static-image';
import { staticPath } from '../../../src/lib/publish/static-path';
import { viewModel } from '../../../src/lib/explorer/view-model';
import { explorerPageData, viewSlice } from '../../../src/lib/server/page-data';
import { sliceAnswers, sliceAnswersView } from '../../../src/lib/explorer/full-model';

const ROOT = join(import.meta.dirname, '../../..');
const geometry = geometryFromTopology(JSON.parse(readFileSync(join(ROOT, 'static/geo/france.topo.json'), 'utf8')));
const { model } = checkDataDir(join(ROOT, 'data'));

const facts = (over: Partial<PictureFacts> = {}): PictureFacts => ({
	indicator: { id: 'x' } as Indicator,
	periods: ['2021-03', '2021-09', '2022'],
	numeric: true,
	perCapita: false,
	...over
});
const view = (over: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, indicator: 'x', ...over });
const DIR = 'carte/x/departement';

describe('viewPictureKey: the picture that shows a view as the map will open it, or none', () => {
	const cases: { name: string; view: Partial<ViewState>; facts?: Partial<PictureFacts>; path: string | null }[] = [
		{ name: 'latest data: the latest date', view: {}, path: `${DIR}/2022.svg` },
		{ name: 'a date of the data', view: { date: '2021-09' }, path: `${DIR}/2021-09.svg` },
		{ name: 'a date between two: the figures of the earlier one', view: { date: '2021-12' }, path: `${DIR}/2021-09.svg` },
		{ name: 'a date before the data: none', view: { date: '2020' }, path: null },
		{ name: 'région level', view: { level: 'region' }, path: 'carte/x/region/2022.svg' },
		{ name: 'per inhabitant', view: { perCapita: true }, facts: { perCapita: true }, path: `${DIR}/2022-hab.svg` },
		{ name: 'a selection, a comparison, a gap filter: drawn over the same map', view: { selected: '73', compare: ['38'], gap: { op: 'nd' } }, path: `${DIR}/2022.svg` },
		{ name: 'another framing: none', view: { camera: { lon: 2, lat: 46, zoom: 6 } }, path: null },
		{ name: 'a change since a date: none', view: { compareFrom: '2021-03' }, path: null },
		{ name: 'three classes: none', view: { classes: 3 }, path: null },
		{ name: 'natural breaks: none', view: { method: 'ckmeans' }, path: null },
		{ name: 'manual breaks: none', view: { method: 'manual', breaks: [10] }, path: null },
		{ name: 'categories ignore the classification', view: { classes: 3 }, facts: { numeric: false }, path: `${DIR}/2022.svg` },
		{ name: 'no figure at that level: none', view: {}, facts: { periods: [] }, path: null }
	];
	it.each(cases)('$name', ({ view: v, facts: f, path }) => {
		const key = viewPictureKey(view(v), facts(f));
		expect(key && picturePath(key)).toBe(path);
	});

	it('every view the explorer offers has its picture, under the static images’ names', () => {
		const keys = staticKeys(model);
		expect(keys.length).toBeGreaterThan(10);
		for (const k of keys) expect(picturePath(k)).toBe(staticPath(k).replace('embed/statique/', 'carte/'));
		// The default view of each indicator is one of them.
		const index = indexModel(model);
		const offered = new Set(keys.map(picturePath));
		for (const ind of index.mappable) {
			const v = { ...DEFAULT_VIEW, indicator: ind.id, level: index.mappedLevels(ind.id)[0]! };
			const key = viewPictureKey(v, viewModel(model, v));
			expect(key && offered.has(picturePath(key)), ind.id).toBe(true);
		}
	});
});

describe('the picture’s frame: the layout’s bounds in Web Mercator, as MapLibre fits them', () => {
	const frame = pictureFrame(geometry);
	it('keeps the layout’s proportions in Web Mercator', () => {
		const [[w, s], [e, n]] = geometry.bounds;
		const [x0, y0] = lonLatToMercator([w, s]);
		const [x1, y1] = lonLatToMercator([e, n]);
		expect(frame.width).toBe(PICTURE_WIDTH);
		expect(frame.height / frame.width).toBeCloseTo((y1 - y0) / (x1 - x0), 9);
	});
	it('places each inset’s name at its frame’s top-left corner, inside the picture', () => {
		expect(frame.insets.map((i) => i.id).sort()).toEqual(['guadeloupe', 'guyane', 'la-reunion', 'martinique', 'mayotte', 'paris']);
		for (const i of frame.insets) {
			expect(i.x).toBeGreaterThanOrEqual(0);
			expect(i.y).toBeGreaterThanOrEqual(0);
			expect(i.x + i.width).toBeLessThanOrEqual(frame.width + 1e-9);
			expect(i.y + i.height).toBeLessThanOrEqual(frame.height + 1e-9);
			expect(i.width).toBeGreaterThan(0);
			expect(i.height).toBeGreaterThan(0);
		}
		// The DROM column sits on the west edge, Paris on the east.
		expect(frame.insets.find((i) => i.id === 'guadeloupe')!.x).toBeCloseTo(0, 6);
		expect(frame.insets.find((i) => i.id === 'paris')!.x).toBeGreaterThan(frame.width / 2);
	});
});

describe('renderMapPicture: the map alone, drawn by the export’s code', () => {
	const vm = viewModel(model, DEFAULT_VIEW);
	const svg = renderMapPicture({ geometry, level: 'departement', fills: vm.choropleth.fills, names: vm.names, title: vm.indicator.label, alt: vm.summary });
	const frame = pictureFrame(geometry);
	it('has the frame’s size and proportions', () => {
		expect(svg).toContain(`viewBox="0 0 ${frame.width} ${Math.round(frame.height * 10) / 10}"`);
		expect(svg).toContain('preserveAspectRatio="xMidYMid meet"');
	});
	it('draws sea, frames, territories, Paris and borders; no title, legend or source', () => {
		const groups = [...svg.matchAll(/<g id="([^"]+)">/g)].map((m) => m[1]);
		expect(groups).toEqual(['fond', 'cadres', 'territoires', 'paris', 'limites-regions']);
		for (const g of groups) expect(SVG_LAYER_IDS).toContain(g);
		expect(svg.match(/<path id="dep-/g)?.length).toBe(101);
		// 26 pilot départements, and the Paris copies of those in the inset.
		expect(svg.match(/fill="#0072b2"/gi)?.length).toBe(26 + 4);
		expect(svg).not.toMatch(/<text/);
	});
	it('keeps lines as the map draws them, whatever its size', () => {
		expect(svg).toContain('vector-effect:non-scaling-stroke');
	});
});

describe('the guard: hides the prerendered picture, before any code, when the address asks for another view', () => {
	const run = (search: string) => {
		const dataset: Record<string, string> = {};
		runInNewContext(PICTURE_GUARD_SCRIPT, { location: { search }, URLSearchParams, document: { documentElement: { dataset } } });
		return dataset.carte ?? null;
	};
	it.each([
		['', null],
		['?sel=73', null],
		['?cmp=38,73&vue=tableau', null],
		['?titre=0&legende=bas', null],
		['?i=cpts_aci_signees', 'attente'],
		['?niv=region', 'attente'],
		['?d=2021-09', 'attente'],
		['?hab=1', 'attente'],
		['?c=2.35,48.85,6', 'attente'],
		['?k=3', 'attente']
	])('« %s » → %s', (search, state) => expect(run(search)).toBe(state));
	it('knows only parameters of the URL contract', () => {
		for (const p of PICTURE_PARAMS) expect(PARAM_KEYS).toContain(p);
	});
});

describe('what the explorer’s page carries', () => {
	it('its view’s figures only, with their provenance; the indicator list without descriptions', () => {
		const data = explorerPageData(model, DEFAULT_VIEW.indicator);
		expect(new Set(data.model.observations.map((o) => o.indicator))).toEqual(new Set([DEFAULT_VIEW.indicator]));
		expect(data.model.observations.length).toBe(model.observations.filter((o) => o.indicator === DEFAULT_VIEW.indicator).length);
		expect(data.model.observations.every((o) => o.locator !== undefined && o.ref.line > 0)).toBe(true);
		const cited = new Set(data.model.observations.map((o) => o.source));
		expect(new Set(data.model.sources.map((s) => s.id))).toEqual(cited);
		expect(data.model.sites).toEqual([]);
		expect(data.catalogue.map((i) => i.id)).toEqual(indexModel(model).mappable.map((i) => i.id));
		expect(data.catalogue.every((i) => i.description === '')).toBe(true);
		expect(data.headlines.length).toBeGreaterThan(0);
		// Its view model is the same as the whole model's.
		expect(viewModel(viewSlice(model, 'sas_pilote'), DEFAULT_VIEW).summary).toBe(viewModel(model, DEFAULT_VIEW).summary);
	});

	it.each([
		['', true],
		['niv=region&d=2021&m=jenks&k=3&hab=1&vue=tableau&c=2,46,6', true],
		['i=sas_pilote', true],
		['i=cpts_aci_signees', false],
		['sel=73', false],
		['cmp=38', false],
		['gap=nd', false],
		['ref=newsletter', false]
	])('the address « ?%s » can be shown from the page’s own figures: %s', (query, yes) => expect(sliceAnswers(new URLSearchParams(query), 'sas_pilote')).toBe(yes));

	it.each([
		[{}, true],
		[{ level: 'region' as const, date: '2021' }, true],
		[{ indicator: 'autre' }, false],
		[{ selected: '73' }, false],
		[{ compare: ['38'] }, false],
		[{ gap: { op: 'nd' as const } }, false]
	])('the view %j needs no more: %s', (over, yes) => expect(sliceAnswersView({ ...DEFAULT_VIEW, ...over }, 'sas_pilote')).toBe(yes));
});
