import { describe, expect, it } from 'vitest';
import { normaliseSpaces } from '../../../src/lib/domain/format';
import { parseViewState } from '../../../src/lib/url/parse';
import { serialiseViewState, viewStateQuery } from '../../../src/lib/url/serialise';
import { quoteUserText, urlNumber, type ViewState, type ViewStateContext } from '../../../src/lib/url/view-params';

const DEFAULTS: ViewState = {
	indicator: 'cpts_en_fonctionnement',
	level: 'departement',
	date: null,
	compareFrom: null,
	method: 'quantile',
	classes: 5,
	breaks: null,
	perCapita: false,
	selected: null,
	compare: [],
	view: 'carte',
	gap: null,
	camera: null,
	representation: 'aplats',
	sharedClasses: false,
	symbolColor: null,
	multiples: 'dates'
};

const CTX: ViewStateContext = {
	indicatorIds: new Set(['cpts_en_fonctionnement', 'sas_pilote', 'lits_crees']),
	territoryCodes: {
		region: new Set(['11', '24', '84', '93', '01', '02']),
		departement: new Set(['01', '2A', '2B', '75', '971', '13', '69'])
	},
	defaults: DEFAULTS
};

const parse = (query: string, ctx: ViewStateContext = CTX) => {
	const r = parseViewState(new URLSearchParams(query), ctx);
	// Warnings are compared with plain spaces (they use U+00A0 inside « » and before : ;).
	return { state: r.state, warnings: r.warnings.map(normaliseSpaces) };
};

describe('parseViewState: valid parameters', () => {
	const cases: { input: string; expected: Partial<ViewState> }[] = [
		{ input: '', expected: {} },
		{ input: 'i=sas_pilote', expected: { indicator: 'sas_pilote' } },
		{ input: 'niv=region&sel=84', expected: { level: 'region', selected: '84' } },
		{ input: 'd=2021-12', expected: { date: '2021-12' } },
		{ input: 'd=2022-03-14&d0=2021', expected: { date: '2022-03-14', compareFrom: '2021' } },
		{ input: 'd0=2021-07', expected: { compareFrom: '2021-07' } },
		{ input: 'm=ckmeans&k=7', expected: { method: 'ckmeans', classes: 7 } },
		{ input: 'm=manual&br=-5,0,12.5', expected: { method: 'manual', breaks: [-5, 0, 12.5], classes: 4 } },
		{ input: 'm=manual&k=4&br=1,2,3', expected: { method: 'manual', breaks: [1, 2, 3], classes: 4 } },
		{ input: 'hab=1', expected: { perCapita: true } },
		{ input: 'hab=0', expected: { perCapita: false } },
		{ input: 'sel=2A', expected: { selected: '2A' } },
		{ input: 'cmp=75,13,69', expected: { compare: ['75', '13', '69'] } },
		{ input: 'vue=tableau', expected: { view: 'tableau' } },
		{ input: 'gap=lt:10', expected: { gap: { op: 'lt', value: 10 } } },
		{ input: 'gap=gt:-2.5', expected: { gap: { op: 'gt', value: -2.5 } } },
		{ input: 'gap=sans:pilote', expected: { gap: { op: 'sans', key: 'pilote' } } },
		{ input: 'gap=nd', expected: { gap: { op: 'nd' } } },
		{ input: 'c=2.35,46.5,5.25', expected: { camera: { lon: 2.35, lat: 46.5, zoom: 5.25 } } },
		{ input: 'c=2.123456,46.654321,5.129', expected: { camera: { lon: 2.1235, lat: 46.6543, zoom: 5.13 } } },
		{ input: 'c=-61.5,16.25,8', expected: { camera: { lon: -61.5, lat: 16.25, zoom: 8 } } },
		{ input: 'rep=cercles', expected: { representation: 'cercles' } },
		{ input: 'rep=aplats', expected: { representation: 'aplats' } },
		{ input: 'fixe=1', expected: { sharedClasses: true } },
		{ input: 'fixe=0', expected: { sharedClasses: false } },
		// Empty values count as absent; tracking parameters are silently ignored.
		{ input: 'k=&sel=&utm_source=newsletter&fbclid=abc', expected: {} }
	];
	it.each(cases)('?$input', ({ input, expected }) => {
		const { state, warnings } = parse(input);
		expect(state).toEqual({ ...DEFAULTS, ...expected });
		expect(warnings).toEqual([]);
	});
});

describe('parseViewState: bad parameters fall back with a French warning', () => {
	const cases: { input: string; expected: { state: Partial<ViewState>; warnings: string[] } }[] = [
		{
			input: 'k=12',
			expected: { state: {}, warnings: ['Paramètre « k » invalide (« 12 ») : 5 classes utilisées.'] }
		},
		{ input: 'k=2', expected: { state: {}, warnings: ['Paramètre « k » invalide (« 2 ») : 5 classes utilisées.'] } },
		{ input: 'k=4.0', expected: { state: {}, warnings: ['Paramètre « k » invalide (« 4.0 ») : 5 classes utilisées.'] } },
		{
			input: 'i=inconnu',
			expected: { state: {}, warnings: ['Paramètre « i » invalide (« inconnu ») : indicateur « cpts_en_fonctionnement » affiché.'] }
		},
		{
			input: 'niv=commune',
			expected: { state: {}, warnings: ['Paramètre « niv » invalide (« commune ») : carte des départements.'] }
		},
		{
			input: 'd=2021-13',
			expected: { state: {}, warnings: ['Paramètre « d » invalide (« 2021-13 ») : date la plus récente affichée.'] }
		},
		{
			input: 'd=2022&d0=2022',
			expected: {
				state: { date: '2022' },
				warnings: ['Paramètre « d0 » invalide (« 2022 ») : la date de départ doit précéder « d » ; pas de comparaison entre dates.']
			}
		},
		{
			input: 'rep=barres',
			expected: { state: {}, warnings: ['Paramètre « rep » invalide (« barres ») : carte en aplats de couleur.'] }
		},
		{
			input: 'm=jenks',
			expected: { state: {}, warnings: ['Paramètre « m » invalide (« jenks ») : méthode « quantiles » utilisée.'] }
		},
		{
			input: 'm=manual',
			expected: {
				state: {},
				warnings: ['Paramètre « m » : la méthode manuelle demande des bornes « br » valides ; méthode « quantiles » utilisée.']
			}
		},
		{
			input: 'm=manual&br=5,3',
			expected: {
				state: {},
				warnings: [
					'Paramètre « br » invalide (« 5,3 ») : bornes calculées automatiquement.',
					'Paramètre « m » : la méthode manuelle demande des bornes « br » valides ; méthode « quantiles » utilisée.'
				]
			}
		},
		{
			// No exponent: the URL writes plain decimals (see urlNumber).
			input: 'm=manual&br=10,20.5,-3.25e0',
			expected: {
				state: {},
				warnings: [
					'Paramètre « br » invalide (« 10,20.5,-3.25e0 ») : bornes calculées automatiquement.',
					'Paramètre « m » : la méthode manuelle demande des bornes « br » valides ; méthode « quantiles » utilisée.'
				]
			}
		},
		{
			input: 'm=manual&k=5&br=1,2',
			expected: {
				state: { classes: 5 },
				warnings: ['Paramètres « k » et « br » incohérents (5 classes, 2 bornes) : méthode « quantiles » utilisée.']
			}
		},
		{
			input: 'br=1,2',
			expected: { state: {}, warnings: ['Paramètre « br » ignoré : les bornes ne servent qu’avec « m=manual ».'] }
		},
		{ input: 'hab=oui', expected: { state: {}, warnings: ['Paramètre « hab » invalide (« oui ») : valeurs brutes affichées.'] } },
		{
			// 01 is a département too, but not at the region level: level-aware check.
			input: 'niv=region&sel=75',
			expected: { state: { level: 'region' }, warnings: ['Paramètre « sel » invalide (« 75 ») : aucun territoire sélectionné.'] }
		},
		{
			input: 'cmp=99',
			expected: { state: {}, warnings: ['Paramètre « cmp » invalide (« 99 ») : aucune comparaison de territoires.'] }
		},
		{
			input: 'cmp=75,75',
			expected: { state: {}, warnings: ['Paramètre « cmp » invalide (« 75,75 ») : aucune comparaison de territoires.'] }
		},
		{
			input: 'cmp=75,13,69,01,2A',
			expected: { state: {}, warnings: ['Paramètre « cmp » invalide (« 75,13,69,01,2A ») : aucune comparaison de territoires.'] }
		},
		{ input: 'vue=liste', expected: { state: {}, warnings: ['Paramètre « vue » invalide (« liste ») : vue « carte » affichée.'] } },
		{ input: 'gap=eq:3', expected: { state: {}, warnings: ['Paramètre « gap » invalide (« eq:3 ») : aucun filtre appliqué.'] } },
		{ input: 'gap=sans:cpts', expected: { state: {}, warnings: ['Paramètre « gap » invalide (« sans:cpts ») : aucun filtre appliqué.'] } },
		{ input: 'c=200,46,5', expected: { state: {}, warnings: ['Paramètre « c » invalide (« 200,46,5 ») : cadrage par défaut de la carte.'] } },
		{ input: 'c=2,85.1,5', expected: { state: {}, warnings: ['Paramètre « c » invalide (« 2,85.1,5 ») : cadrage par défaut de la carte.'] } },
		{ input: 'c=2,46,22.5', expected: { state: {}, warnings: ['Paramètre « c » invalide (« 2,46,22.5 ») : cadrage par défaut de la carte.'] } },
		{ input: 'c=2,46', expected: { state: {}, warnings: ['Paramètre « c » invalide (« 2,46 ») : cadrage par défaut de la carte.'] } },
		{ input: 'c=2,46,NaN', expected: { state: {}, warnings: ['Paramètre « c » invalide (« 2,46,NaN ») : cadrage par défaut de la carte.'] } },
		{ input: 'foo=bar', expected: { state: {}, warnings: ['Paramètre inconnu « foo » ignoré.'] } },
		{
			input: 'k=3&k=4',
			expected: { state: { classes: 3 }, warnings: ['Paramètre « k » répété : seule la première valeur est utilisée.'] }
		},
		// A repeated parameter (newsletters and social networks append them): first value
		// wins, one warning per key however often it repeats.
		{
			input: 'd=2021&d=2022&d=2023',
			expected: { state: { date: '2021' }, warnings: ['Paramètre « d » répété : seule la première valeur est utilisée.'] }
		},
		{ input: 'a&a', expected: { state: {}, warnings: ['Paramètre inconnu « a » ignoré.'] } },
		{ input: 'ref=newsletter&ref=twitter', expected: { state: {}, warnings: ['Paramètre inconnu « ref » ignoré.'] } },
		{ input: '=&=&=', expected: { state: {}, warnings: ['Paramètre inconnu «  » ignoré.'] } },
		{
			input: 'sel=75&sel=13&k=3&sel=69&k=4',
			expected: {
				state: { selected: '75', classes: 3 },
				warnings: [
					'Paramètre « sel » répété : seule la première valeur est utilisée.',
					'Paramètre « k » répété : seule la première valeur est utilisée.'
				]
			}
		},
		{
			// One bad parameter does not discard the good ones.
			input: 'i=sas_pilote&k=99&vue=tableau',
			expected: { state: { indicator: 'sas_pilote', view: 'tableau' }, warnings: ['Paramètre « k » invalide (« 99 ») : 5 classes utilisées.'] }
		}
	];
	it.each(cases)('?$input', ({ input, expected }) => {
		const { state, warnings } = parse(input);
		expect(state).toEqual({ ...DEFAULTS, ...expected.state });
		expect(warnings).toEqual(expected.warnings);
	});
});

describe('parseViewState: hostile input', () => {
	it('truncates and neutralises quoted values', () => {
		const long = 'x'.repeat(500);
		const { warnings } = parse(`i=${long}`);
		expect(warnings).toEqual([`Paramètre « i » invalide (« ${'x'.repeat(40)}… ») : indicateur « cpts_en_fonctionnement » affiché.`]);
	});

	const quoteCases: { input: string; expected: string }[] = [
		{ input: '<script>alert(1)</script>', expected: '<script>alert(1)</script>' }, // plain text, rendered as text
		{ input: 'a\u202Eb\u0000c\nd', expected: 'a\uFFFDb\uFFFDc\uFFFDd' },
		{ input: 'é'.repeat(41), expected: `${'é'.repeat(40)}…` },
		{ input: '😀'.repeat(41), expected: `${'😀'.repeat(40)}…` },
		{ input: 'a\uD800b', expected: 'a\uFFFDb' }
	];
	it.each(quoteCases)('quoteUserText($input)', ({ input, expected }) => {
		expect(quoteUserText(input)).toBe(expected);
	});

	it('quotes unknown parameter names safely too', () => {
		const { warnings } = parse(`${encodeURIComponent('bad\u202Ename')}=1`);
		expect(warnings).toEqual(['Paramètre inconnu « bad\uFFFDname » ignoré.']);
	});

	it('says once what reads the same once quoted (control characters, names cut at 40 characters)', () => {
		const long = 'x'.repeat(45);
		const { warnings } = parse(`%01=1&%02=1&${long}1=1&${long}2=2`);
		expect(warnings).toEqual(['Paramètre inconnu « \uFFFD » ignoré.', `Paramètre inconnu « ${'x'.repeat(40)}… » ignoré.`]);
	});

	it('reads -0 as 0, as it is written back', () => {
		expect(parse('gap=lt:-0').state.gap).toStrictEqual({ op: 'lt', value: 0 });
	});

	it('caps the number of warnings', () => {
		const query = Array.from({ length: 30 }, (_, i) => `p${i}=1`).join('&');
		const { warnings } = parse(query);
		expect(warnings).toHaveLength(13);
		expect(warnings.at(-1)).toBe('… et 18 autres avertissements.');
	});

	it('stops reading after 60 parameters', () => {
		const query = Array.from({ length: 70 }, () => 'utm_x=1').join('&') + '&k=3';
		const { state, warnings } = parse(query);
		expect(state.classes).toBe(5);
		expect(warnings).toEqual(['Trop de paramètres : les suivants sont ignorés.']);
	});
});

describe('parseViewState: context', () => {
	it('accepts a single territory set (no level check possible)', () => {
		const ctx: ViewStateContext = { ...CTX, territoryCodes: new Set(['75', '84']) };
		expect(parse('niv=region&sel=75', ctx).state.selected).toBe('75');
		expect(parse('sel=99', ctx).warnings).toHaveLength(1);
	});

	it('uses default manual breaks when only m=manual is given', () => {
		const defaults: ViewState = { ...DEFAULTS, method: 'manual', breaks: [10, 20], classes: 3 };
		const { state, warnings } = parse('k=3', { ...CTX, defaults });
		expect(state).toMatchObject({ method: 'manual', breaks: [10, 20], classes: 3 });
		expect(warnings).toEqual([]);
	});

	it('does not keep a default selection that does not exist at the parsed level', () => {
		const defaults: ViewState = { ...DEFAULTS, selected: '2A' };
		expect(parse('niv=region', { ...CTX, defaults }).state.selected).toBeNull();
		expect(parse('', { ...CTX, defaults }).state.selected).toBe('2A');
	});
});

describe('serialiseViewState', () => {
	const cases: { input: Partial<ViewState>; expected: string }[] = [
		{ input: {}, expected: '' },
		{ input: { classes: 7, indicator: 'lits_crees' }, expected: 'i=lits_crees&k=7' },
		{
			input: { camera: { lon: 2.35, lat: 46.5, zoom: 5.2 }, view: 'tableau', level: 'region', selected: '84' },
			expected: 'niv=region&sel=84&vue=tableau&c=2.35,46.5,5.2'
		},
		{ input: { method: 'manual', breaks: [-5, 0, 12.5], classes: 4 }, expected: 'm=manual&k=4&br=-5,0,12.5' },
		{ input: { method: 'manual', breaks: [1e-7, 2], classes: 3 }, expected: 'm=manual&k=3&br=0,2' },
		{ input: { gap: { op: 'lt', value: 10 }, perCapita: true }, expected: 'hab=1&gap=lt:10' },
		{ input: { gap: { op: 'sans', key: 'pilote' }, compare: ['75', '13'] }, expected: 'cmp=75,13&gap=sans:pilote' },
		{ input: { date: '2022', compareFrom: '2021-07' }, expected: 'd=2022&d0=2021-07' },
		{ input: { representation: 'cercles', camera: { lon: 2.35, lat: 46.5, zoom: 5 } }, expected: 'c=2.35,46.5,5&rep=cercles' },
		{ input: { representation: 'aplats' }, expected: '' },
		{ input: { sharedClasses: true, date: '2022-03-14' }, expected: 'd=2022-03-14&fixe=1' },
		{ input: { sharedClasses: false }, expected: '' }
	];
	it.each(cases)('$expected', ({ input, expected }) => {
		expect(viewStateQuery({ ...DEFAULTS, ...input }, DEFAULTS)).toBe(expected);
	});

	it('URLSearchParams output percent-encodes but keeps the same params', () => {
		const p = serialiseViewState({ ...DEFAULTS, camera: { lon: 2.35, lat: 46.5, zoom: 5 } }, DEFAULTS);
		expect(p.toString()).toBe('c=2.35%2C46.5%2C5');
		expect(p.get('c')).toBe('2.35,46.5,5');
	});

	it('writes hab=0 when the default is per capita', () => {
		expect(viewStateQuery({ ...DEFAULTS, perCapita: false }, { ...DEFAULTS, perCapita: true })).toBe('hab=0');
	});
});

describe('round trip', () => {
	const states: { input: Partial<ViewState>; expected: Partial<ViewState> }[] = [
		{ input: {}, expected: {} },
		{
			input: {
				indicator: 'sas_pilote',
				level: 'region',
				date: '2022-03-14',
				compareFrom: '2021',
				method: 'ckmeans',
				classes: 3,
				perCapita: true,
				selected: '93',
				compare: ['11', '24', '84', '01'],
				view: 'tableau',
				gap: { op: 'gt', value: 12.5 },
				camera: { lon: -1.5536, lat: 47.2184, zoom: 6.75 },
				representation: 'cercles',
				sharedClasses: true
			},
			expected: {}
		},
		{ input: { method: 'manual', breaks: [0.5, 1.25, 100000], classes: 4 }, expected: {} },
		{ input: { method: 'equal', gap: { op: 'nd' } }, expected: {} },
		// Thresholds at the edge of what the URL holds (12 digits, 6 decimals) come back exact.
		{ input: { gap: { op: 'lt', value: 999999999999.99999 } }, expected: {} },
		{ input: { gap: { op: 'gt', value: -999999999999.999999 } }, expected: {} },
		{ input: { method: 'manual', breaks: [-999999999999.5, 0.000001, 999999999999.99999], classes: 4 }, expected: {} },
		// Over-precise cameras are rounded once, then stable.
		{ input: { camera: { lon: 2.123456, lat: 46.987654, zoom: 5.555 } }, expected: { camera: { lon: 2.1235, lat: 46.9877, zoom: 5.56 } } }
	];
	it.each(states)('parse(serialise(%o))', ({ input, expected }) => {
		const state = { ...DEFAULTS, ...input };
		const { state: back, warnings } = parseViewState(serialiseViewState(state, DEFAULTS), CTX);
		expect(warnings).toEqual([]);
		expect(back).toEqual({ ...state, ...expected });
		// And serialise ∘ parse is stable on canonical queries.
		expect(viewStateQuery(back, DEFAULTS)).toBe(viewStateQuery(parseViewState(serialiseViewState(back, DEFAULTS), CTX).state, DEFAULTS));
	});

	it.each(['gap=lt:999999999999.99999', 'gap=gt:-999999999999.999999', 'm=manual&br=-999999999999.5,0.000001,999999999999.99999'])(
		'reads back what it writes: %s',
		(query) => {
			const first = parseViewState(new URLSearchParams(query), CTX);
			expect(first.warnings).toEqual([]);
			const again = parseViewState(serialiseViewState(first.state, DEFAULTS), CTX);
			expect(again.warnings).toEqual([]);
			expect(again.state).toEqual(first.state);
		}
	);

	it.each([
		[0, '0'],
		[-0, '0'],
		[12.5, '12.5'],
		[1e-7, '0'],
		[0.1234567, '0.123457'],
		[999999999999.9998, '999999999999.9998'],
		// The double nearest to 999999999999.99999 is 10¹² exactly.
		[999999999999.99999, '1000000000000'],
		[1e12 + 0.001, null],
		[-1e15, null],
		[Number.NaN, null],
		[Infinity, null]
	])('urlNumber(%s) = %s', (x, text) => {
		expect(urlNumber(x)).toBe(text);
	});

	it('also round-trips against non-trivial defaults', () => {
		const defaults: ViewState = { ...DEFAULTS, method: 'manual', breaks: [10, 20], classes: 3, perCapita: true, view: 'tableau' };
		const ctx = { ...CTX, defaults };
		for (const s of [
			{ ...defaults },
			{ ...defaults, breaks: [5, 10, 20], classes: 4 },
			{ ...defaults, method: 'quantile' as const, breaks: null, classes: 3 },
			{ ...defaults, perCapita: false, view: 'carte' as const }
		]) {
			const { state, warnings } = parseViewState(serialiseViewState(s, defaults), ctx);
			expect(warnings).toEqual([]);
			expect(state).toEqual(s);
		}
	});
});
