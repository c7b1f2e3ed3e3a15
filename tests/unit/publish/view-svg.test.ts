/**
 * viewSvg: the SVG of a view carries the view model's title, subtitle, legend, colours,
 * source line and text alternative — for each kind of view the explorer offers.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geometryFromTopology } from '../../../src/lib/map/geometry';
import { viewModel } from '../../../src/lib/explorer/view-model';
import { viewSvg } from '../../../src/lib/publish/view-svg';
import { DEFAULT_VIEW } from '../../../src/lib/url/view-state';
import type { ViewState } from '../../../src/lib/url/view-params';
import { normaliseSpaces } from '../../../src/lib/domain/format';
import { makeIndicator, makeModel, makeSource, observationMaker } from '../helpers/model';
import { checkWellFormed, layer, texts } from '../helpers/svg';

const geometry = geometryFromTopology(JSON.parse(readFileSync(join(import.meta.dirname, '../../../static/geo/france.topo.json'), 'utf8')));

const LITS = makeIndicator({ id: 'lits', label: 'Lits créés & rouverts', shortLabel: 'Lits', unit: 'lits', levels: ['france', 'region'] });
const PILOTE = makeIndicator({ id: 'pilote', label: 'Département pilote', shortLabel: 'Pilote', kind: 'boolean', unit: undefined, levels: ['departement'] });
const obs = observationMaker({ indicator: 'lits', level: 'region', period: '2021-12', source: 'min' });
const model = makeModel(
	[LITS, PILOTE],
	[
		obs({ code: '84', period: '2021-07', value: 10 }),
		obs({ code: '84', value: 14 }),
		obs({ code: '11', value: 30, source: 'ars' }),
		obs({ code: '93', value: 20, source: 'presse' }),
		obs({ indicator: 'pilote', level: 'departement', code: '73', period: '2021-07', value: true }),
		obs({ indicator: 'pilote', level: 'departement', code: '74', period: '2021-07', value: false })
	],
	{ sources: [makeSource('min', 'Ministère', '2021-12-14'), makeSource('ars', 'ARS', '2021-12-20'), makeSource('presse', 'Presse', '2021-12-01')] }
);

/** Three sources, one figure each: the first two named (in map order: 11, then 84), the third counted. */
const ALL_SOURCES = 'Sources : ARS (20 décembre 2021) ; Ministère (14 décembre 2021) et 1 autre(s). Carte : Ségur Territoires.';
const MINISTRY = 'Source : Ministère (14 décembre 2021). Carte : Ségur Territoires.';

const cases: { name: string; view: Partial<ViewState>; expected: { subtitle: string; legendTitle: string; source: string; desc: string; paths: [string, number] } }[] = [
	{
		name: 'latest figures by région',
		view: {},
		expected: { subtitle: 'Par région, dernières données connues', legendTitle: 'Lits (lits)', source: ALL_SOURCES, desc: 'Lits créés & rouverts, par région, dernières données connues.', paths: ['reg', 18] }
	},
	{
		name: 'the state at a date',
		view: { date: '2021-07' },
		expected: { subtitle: 'Par région, état en juillet 2021', legendTitle: 'Lits (lits)', source: MINISTRY, desc: 'Lits créés & rouverts, par région, état en juillet 2021.', paths: ['reg', 18] }
	},
	{
		name: 'per inhabitant',
		view: { perCapita: true },
		expected: {
			subtitle: 'Par région, dernières données connues, pour 100 000 habitants',
			legendTitle: 'Lits pour 100 000 hab.',
			source: ALL_SOURCES,
			desc: 'Lits créés & rouverts (pour 100 000 habitants), par région, dernières données connues.',
			paths: ['reg', 18]
		}
	},
	{
		name: 'the change since a date',
		view: { compareFrom: '2021-07' },
		expected: {
			subtitle: 'Par région, dernières données connues',
			legendTitle: 'Lits : évolution depuis juillet 2021 (lits)',
			source: ALL_SOURCES,
			desc: 'Lits créés & rouverts, par région, dernières données connues.',
			paths: ['reg', 18]
		}
	},
	{
		name: 'yes or no by département',
		view: { indicator: 'pilote', level: 'departement' },
		expected: { subtitle: 'Par département, dernières données connues', legendTitle: 'Pilote', source: MINISTRY, desc: 'Département pilote, par département, dernières données connues.', paths: ['dep', 101] }
	}
];

const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, indicator: 'lits', level: 'region', ...patch });
const words = (list: string[]) => normaliseSpaces(list.join(' '));

describe('viewSvg', () => {
	it.each(cases)('$name: title, subtitle, legend title, source line and text alternative', ({ view: patch, expected }) => {
		const vm = viewModel(model, view(patch));
		const svg = viewSvg(vm, geometry);
		checkWellFormed(svg);
		expect(svg).toContain(`<title id="svg-titre">${vm.indicator.label.replace('&', '&amp;')}</title>`);
		expect(words(texts(layer(svg, 'titre'), /font-weight="700"/))).toBe(vm.indicator.label);
		expect(words(texts(layer(svg, 'titre'), /^(?!.*font-weight)/))).toBe(expected.subtitle);
		expect(words(texts(layer(svg, 'legende'), /font-weight="700"/))).toBe(expected.legendTitle);
		expect(words(texts(layer(svg, 'source')))).toBe(expected.source);
		const desc = normaliseSpaces((svg.match(/<desc id="svg-desc">([^<]*)<\/desc>/)?.[1] ?? '').replaceAll('&amp;', '&'));
		expect(desc.slice(0, expected.desc.length)).toBe(expected.desc);
	});

	it.each(cases)('$name: one path per territory of the level, in the colour of its class', ({ view: patch, expected }) => {
		const vm = viewModel(model, view(patch));
		const svg = viewSvg(vm, geometry);
		const [prefix, count] = expected.paths;
		const fills = new Map([...layer(svg, 'territoires').matchAll(/<path id="([a-z]+)-([^"]+)" d="[^"]+" fill="([^"]+)"/g)].map((m) => [`${m[1]}-${m[2]}`, m[3]]));
		expect(fills.size).toBe(count);
		expect([...fills.keys()].filter((id) => !id.startsWith(`${prefix}-`))).toEqual([]);
		expect(new Map([...vm.choropleth.fills].map(([code, f]) => [`${prefix}-${code}`, f.color]))).toEqual(fills);
	});

	it.each(cases)('$name: the legend lists each class with its count, every territory counted once', ({ view: patch, expected }) => {
		const vm = viewModel(model, view(patch));
		const legend = texts(layer(viewSvg(vm, geometry), 'legende'), /^(?!.*font-weight)/);
		expect(words(legend)).toBe(normaliseSpaces(vm.choropleth.legend.map((e) => `${e.label} (${e.count})`).join(' ')));
		expect(vm.choropleth.legend.reduce((n, e) => n + e.count, 0)).toBe(expected.paths[1]);
	});

	it('draws at the width asked (the static images use 640 px), 800 px by default', () => {
		const vm = viewModel(model, view({}));
		expect(viewSvg(vm, geometry, 640)).toMatch(/<svg [^>]*width="640" height="\d+" viewBox="0 0 640 \d+"/);
		expect(viewSvg(vm, geometry)).toMatch(/<svg [^>]*width="800" height="\d+" viewBox="0 0 800 \d+"/);
	});
});
