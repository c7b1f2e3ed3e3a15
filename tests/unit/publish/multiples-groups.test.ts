/**
 * The small multiples of a group (data/groupes.csv): one map per indicator of the group
 * with figures at the level, one set of classes computed over all of them together (a
 * figure has the same colour whichever indicator it belongs to), members without figures
 * named; the URL's choice between dates and group; circles with one radius scale.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geometryFromTopology } from '../../../src/lib/map/geometry';
import { multiplesModel } from '../../../src/lib/explorer/multiples';
import { multiplesSymbols } from '../../../src/lib/explorer/multiples-symbols';
import { multiplesFileName, multiplesSvg } from '../../../src/lib/publish/multiples-svg';
import { svgSymbolDrawing } from '../../../src/lib/publish/svg-symbols';
import { normaliseSpaces } from '../../../src/lib/domain/format';
import { DEFAULT_VIEW, readViewState } from '../../../src/lib/url/view-state';
import type { ViewState } from '../../../src/lib/url/view-params';
import { makeIndicator, makeModel, makeSource, observationMaker } from '../helpers/model';
import { checkWellFormed } from '../helpers/svg';
import { COLORS } from '../../../src/lib/map/map-style';

const geometry = geometryFromTopology(JSON.parse(readFileSync(join(import.meta.dirname, '../../../static/geo/france.topo.json'), 'utf8')));

const stage = (id: string, shortLabel: string, levels: ('france' | 'region')[] = ['france', 'region']) =>
	makeIndicator({ id, label: `CPTS ${shortLabel}`, shortLabel, unit: 'CPTS', levels });
const obs = observationMaker({ level: 'region', source: 'ars' });
const model = makeModel(
	[stage('projet', 'En projet', ['france']), stage('fonct', 'En fonctionnement'), stage('aci', 'ACI signé'), stage('seul', 'Seul')],
	[
		obs({ indicator: 'projet', level: 'france', code: 'FR', value: 300 }),
		obs({ indicator: 'fonct', code: '84', period: '2021', value: 10 }),
		obs({ indicator: 'fonct', code: '11', period: '2021', value: 40 }),
		obs({ indicator: 'fonct', code: '11', period: '2022', value: 50 }),
		obs({ indicator: 'aci', code: '84', period: '2022', value: 20 }),
		obs({ indicator: 'aci', code: '11', period: '2022', value: 30 }),
		obs({ indicator: 'seul', code: '84', period: '2022', value: 1 })
	],
	{
		sources: [makeSource('ars', 'ARS', '2022-03-01')],
		groups: [{ id: 'stades', label: 'Stades des CPTS', indicators: ['projet', 'fonct', 'aci'], note: 'Stades successifs.', ref: { file: 'data/groupes.csv', line: 2 } }]
	}
);
const view: ViewState = { ...DEFAULT_VIEW, indicator: 'aci', level: 'region', method: 'equal', classes: 4, view: 'multiples', multiples: 'groupe' };
const m = multiplesModel(model, view);

describe('multiplesModel of a group', () => {
	it('draws one map per indicator with figures at the level, in the group’s order, titled by its short label', () => {
		expect(m.maps.map((x) => [x.key, x.title])).toEqual([
			['fonct', 'En fonctionnement'],
			['aci', 'ACI signé']
		]);
		expect(m.title).toBe('Stades des CPTS');
		expect(m.legendTitle).toBe('Stades des CPTS (CPTS)');
		expect(m.maps.every((x) => x.source?.startsWith('Source : ARS'))).toBe(true);
	});

	it('says how the classes were made, which indicators have no map, and the group’s note', () => {
		expect(m.notes.map(normaliseSpaces)).toEqual([
			'Mêmes classes pour les 2 cartes, calculées sur les chiffres des 2 indicateurs ensemble (intervalles égaux).',
			'Chaque carte montre le dernier chiffre connu de son indicateur pour chaque territoire ; sans chiffre, « non renseigné », jamais zéro.',
			'Sans chiffre par région, donc sans carte : En projet.',
			'Stades successifs.'
		]);
	});

	// Equal intervals over 10, 50 (latest) and 20, 30: 10 – 20 – 30 – 40 – 50.
	const cases: { indicator: string; code: string; key: string }[] = [
		{ indicator: 'fonct', code: '84', key: 'c0' },
		{ indicator: 'fonct', code: '11', key: 'c3' },
		{ indicator: 'aci', code: '84', key: 'c1' },
		{ indicator: 'aci', code: '11', key: 'c2' },
		{ indicator: 'aci', code: '93', key: 'non_renseigne' }
	];
	it.each(cases)('$indicator, $code → $key', ({ indicator, code, key }) => {
		const fill = m.maps.find((x) => x.key === indicator)?.fills.get(code);
		expect(fill?.key).toBe(key);
		expect(fill?.color).toBe(m.legend.find((e) => e.key === key)?.color);
	});

	it('draws a figure with one colour whichever indicator it belongs to (classes over all of them)', () => {
		expect(m.legend.filter((e) => e.kind === 'class').map((e) => e.range)).toEqual([
			[10, 20],
			[20, 30],
			[30, 40],
			[40, 50]
		]);
	});

	it('is an SVG figure with one map per indicator, its sources under it, one legend', () => {
		const svg = multiplesSvg(m, geometry, 960);
		checkWellFormed(svg);
		expect([...svg.matchAll(/<g id="(carte-[^"]+)">/g)].map((x) => x[1])).toEqual(['carte-fonct', 'carte-aci']);
		expect(svg.match(/<g id="legende">/g)).toHaveLength(1);
		expect(multiplesFileName(view, 'svg')).toBe('segur-territoires_aci_region_multiples-groupe.svg');
	});
});

describe('circles on small multiples', () => {
	const s = multiplesSymbols(m);
	it('one radius scale: the largest figure of every map gets the largest circle', () => {
		expect(s.max).toBe(50);
		const radius = (i: number, code: string) => s.maps[i]?.circles.find((c) => c.code === code)?.radius ?? NaN;
		expect(radius(0, '11')).toBeCloseTo(s.maps[0]!.maxRadius);
		// Area ∝ value across maps: 20 on one map, 10 on the other.
		expect((radius(1, '84') / radius(0, '84')) ** 2).toBeCloseTo(2);
	});
	it('draws circles instead of fills on each map, and one legend without counts', () => {
		const svg = multiplesSvg(m, geometry, 960, { maps: s.maps.map((x) => svgSymbolDrawing(x)), legend: (k) => svgSymbolDrawing(s.legend(k), false) });
		checkWellFormed(svg);
		expect(svg.match(/<circle id="m0-sym-(?!nd-)/g)).toHaveLength(2);
		expect(svg.match(/<circle id="m1-sym-(?!nd-)/g)).toHaveLength(2);
		expect(svg).toContain('>Surface proportionnelle à la valeur<');
		// The territories keep the land colour: the circles carry the figures.
		expect(/id="m0-reg-11" d="[^"]*" fill="([^"]+)"/.exec(svg)?.[1]).toBe(COLORS.land);
	});
});

describe('the URL’s choice of multiples', () => {
	const read = (query: string) => readViewState(new URLSearchParams(query), model, { ...DEFAULT_VIEW, indicator: 'fonct', level: 'region' });
	const cases: { query: string; view: ViewState['view']; multiples: ViewState['multiples']; warning?: RegExp }[] = [
		{ query: 'i=aci&vue=multiples&multiples=groupe', view: 'multiples', multiples: 'groupe' },
		// Two dates for « fonct »: by date is the default.
		{ query: 'i=fonct&vue=multiples', view: 'multiples', multiples: 'dates' },
		// One date for « aci »: its group instead, said.
		{ query: 'i=aci&vue=multiples', view: 'multiples', multiples: 'groupe', warning: /« ACI signé » n’a qu’une date par région ; petits multiples des indicateurs du groupe affichés/ },
		// No group, one date: the map.
		{ query: 'i=seul&vue=multiples&multiples=groupe', view: 'carte', multiples: 'groupe', warning: /« Seul » n’appartient à aucun groupe d’indicateurs comparables ; carte affichée/ },
		{ query: 'i=fonct&vue=multiples&multiples=tous', view: 'multiples', multiples: 'dates', warning: /Paramètre « multiples » invalide \(« tous »\) : petits multiples par date\./ }
	];
	it.each(cases)('$query → $view, $multiples', ({ query, view: v, multiples, warning }) => {
		const { state, warnings } = read(query);
		expect([state.view, state.multiples]).toEqual([v, multiples]);
		if (warning) expect(warnings.map(normaliseSpaces).join(' ')).toMatch(warning);
		else expect(warnings).toEqual([]);
	});
});
