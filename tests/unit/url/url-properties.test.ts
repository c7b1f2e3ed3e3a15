/**
 * Property tests of the URL contract: random query strings (hostile, repeated, malformed,
 * valid) against the parser, and random view states against the serialiser. Every address
 * must give a page: the parser never throws, warns once per problem, and what the app
 * writes it reads back unchanged.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';

/** Hundreds of random cases: generous on a loaded machine (the default is 5 s). */
const PROPERTY_TIMEOUT = 60_000;
import { join } from 'node:path';
import { checkDataDir } from '../../../src/lib/data/check-data-dir';
import { CLASSIFY_METHODS, MAX_CLASSES, MIN_CLASSES } from '../../../src/lib/domain/types';
import { EMBED_DEFAULTS, embedQuery, readEmbedOptions, type EmbedOptions } from '../../../src/lib/publish/embed-options';
import { parseViewState } from '../../../src/lib/url/parse';
import { serialiseViewState, viewStateQuery } from '../../../src/lib/url/serialise';
import { MULTIPLES_MODES, PARAM_KEYS, REPRESENTATIONS, VIEWS, type ViewState, type ViewStateContext } from '../../../src/lib/url/view-params';
import { DEFAULT_VIEW, readViewState } from '../../../src/lib/url/view-state';

const CTX: ViewStateContext = {
	indicatorIds: new Set(['cpts_en_fonctionnement', 'sas_pilote', 'lits_crees']),
	territoryCodes: {
		region: new Set(['11', '24', '84', '93', '01', '02']),
		departement: new Set(['01', '2A', '2B', '75', '971', '13', '69'])
	},
	defaults: { ...DEFAULT_VIEW, indicator: 'cpts_en_fonctionnement' }
};

// ── Arbitraries ─────────────────────────────────────────────────────────────────────────────

/** Any UTF-16 text, lone surrogates and control characters included. */
const anyText = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 60 });
const number = fc.oneof(
	fc.integer({ min: -2e12, max: 2e12 }).map(String),
	fc.double({ min: -1e13, max: 1e13, noNaN: true }).map(String),
	fc.constantFrom('0', '-0', '0.5', '999999999999.99999', '-999999999999.999999', '1e3', '1000000000000.1', 'NaN', '.5', '5.')
);
const numberList = (min: number, max: number) => fc.array(number, { minLength: min, maxLength: max }).map((l) => l.join(','));
const date = fc.oneof(
	fc.constantFrom('2020', '2021-07', '2022-03-14', '2021-13', '2021-02-29', '2024-02-29', '20211', ''),
	fc.date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
);
const code = fc.constantFrom('01', '2A', '2a', '2B', '75', '971', '13', '69', '84', '11', '93', '1', '20', '99', ' 75 ', '2 A');

/** A plausible or hostile value for each key, or any text. */
const valueFor: Record<string, fc.Arbitrary<string>> = {
	i: fc.constantFrom('sas_pilote', 'cpts_en_fonctionnement', 'lits_crees', 'inconnu', 'SAS_PILOTE'),
	niv: fc.constantFrom('region', 'departement', 'commune'),
	d: date,
	d0: date,
	m: fc.constantFrom(...CLASSIFY_METHODS, 'jenks'),
	k: fc.integer({ min: 0, max: 12 }).map(String),
	br: numberList(0, 8),
	hab: fc.constantFrom('0', '1', 'oui'),
	sel: code,
	cmp: fc.array(code, { minLength: 0, maxLength: 6 }).map((l) => l.join(',')),
	vue: fc.constantFrom(...VIEWS, 'liste'),
	rep: fc.constantFrom(...REPRESENTATIONS, 'symboles'),
	multiples: fc.constantFrom(...MULTIPLES_MODES, 'groupes', 'indicateurs'),
	gap: fc.oneof(number.map((n) => `lt:${n}`), number.map((n) => `gt:${n}`), fc.constantFrom('nd', 'sans:pilote', 'sans:cpts', 'eq:3')),
	c: fc.oneof(numberList(2, 4), fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -85, max: 85, noNaN: true }), fc.double({ min: 0, max: 22, noNaN: true })).map((t) => t.join(',')))
};
const key = fc.oneof(
	{ weight: 6, arbitrary: fc.constantFrom(...PARAM_KEYS) },
	{ weight: 1, arbitrary: fc.constantFrom('titre', 'legende', 'utm_source', 'fbclid', 'ref', 'a', '') },
	// Names that read the same once quoted: control characters, a cut at 40 characters.
	{ weight: 1, arbitrary: fc.constantFrom('\u0001', '\u0002', '\u202E', `${'x'.repeat(41)}a`, `${'x'.repeat(41)}b`) },
	{ weight: 1, arbitrary: anyText }
);
const pair = key.chain((k) => fc.tuple(fc.constant(k), fc.oneof({ weight: 4, arbitrary: valueFor[k] ?? anyText }, { weight: 1, arbitrary: anyText })));
const query = fc.array(pair, { maxLength: 20 }).map((pairs) => {
	const p = new URLSearchParams();
	for (const [k, v] of pairs) p.append(k, v);
	return p;
});

const FC = { numRuns: 400 };

function noDuplicates(list: readonly string[]): void {
	expect(new Set(list).size, list.join('\n')).toBe(list.length);
}

/** The invariants every parsed state keeps (see `src/lib/url/parse.ts`). */
function checkInvariants(s: ViewState): void {
	expect(s.method === 'manual').toBe(s.breaks !== null);
	if (s.breaks) {
		expect(s.classes).toBe(s.breaks.length + 1);
		s.breaks.forEach((b, i) => i === 0 || expect(b).toBeGreaterThan(s.breaks![i - 1]!));
	}
	expect(s.classes).toBeGreaterThanOrEqual(MIN_CLASSES);
	expect(s.classes).toBeLessThanOrEqual(MAX_CLASSES);
	if (s.compareFrom !== null && s.date !== null) expect(s.compareFrom < s.date).toBe(true);
	expect(new Set(s.compare).size).toBe(s.compare.length);
}

describe('parseViewState on random query strings', () => {
	it('never throws, keeps its invariants and warns once per problem', () => {
		fc.assert(
			fc.property(query, (params) => {
				const { state, warnings } = parseViewState(params, CTX);
				checkInvariants(state);
				noDuplicates(warnings);
				expect(warnings.length).toBeLessThanOrEqual(13);
			}),
			FC
		);
	}, PROPERTY_TIMEOUT);

	it('parse ∘ serialise ∘ parse = parse, with no warning the second time', () => {
		fc.assert(
			fc.property(query, (params) => {
				const first = parseViewState(params, CTX).state;
				const again = parseViewState(serialiseViewState(first, CTX.defaults), CTX);
				expect(again.warnings).toEqual([]);
				expect(again.state).toStrictEqual(first);
				// The readable form (`,` and `:` unescaped) is the same query.
				const readable = parseViewState(new URLSearchParams(viewStateQuery(first, CTX.defaults)), CTX);
				expect(readable.state).toStrictEqual(first);
			}),
			FC
		);
	}, PROPERTY_TIMEOUT);
});

describe('readViewState on random query strings, against the real data', () => {
	const { model, problems } = checkDataDir(join(import.meta.dirname, '../../../data'));
	it('the data is valid', () => expect(problems).toEqual([]));

	it('never throws, no duplicate warning, and what it writes it reads back', () => {
		fc.assert(
			fc.property(query, (params) => {
				const first = readViewState(params, model);
				checkInvariants(first.state);
				noDuplicates(first.warnings);
				const again = readViewState(serialiseViewState(first.state, DEFAULT_VIEW), model);
				expect(again.warnings).toEqual([]);
				expect(again.state).toStrictEqual(first.state);
			}),
			{ numRuns: 200 }
		);
	}, PROPERTY_TIMEOUT);
});

describe('embed options', () => {
	const embedPair = fc.tuple(
		fc.constantFrom('titre', 'legende', 'infobulle', 'clic', 'sel', 'a'),
		fc.oneof(fc.constantFrom('0', '1', 'droite', 'bas', 'aucune', '\u202Eevil', '\u0000', '<b>x</b>'), anyText)
	);
	it('never throw, warn once per key, and quote values safely', () => {
		fc.assert(
			fc.property(fc.array(embedPair, { maxLength: 12 }), (pairs) => {
				const p = new URLSearchParams();
				for (const [k, v] of pairs) p.append(k, v);
				const { warnings, rest } = readEmbedOptions(p);
				noDuplicates(warnings);
				for (const w of warnings) expect(w).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
				expect([...rest.keys()].some((k) => ['titre', 'legende', 'infobulle', 'clic'].includes(k))).toBe(false);
			}),
			FC
		);
	}, PROPERTY_TIMEOUT);

	it('read back what embedQuery writes', () => {
		const options: fc.Arbitrary<EmbedOptions> = fc.record({
			title: fc.boolean(),
			legend: fc.constantFrom('droite', 'bas', 'aucune'),
			tooltips: fc.boolean(),
			interactive: fc.boolean()
		});
		fc.assert(
			fc.property(options, (o) => {
				const r = readEmbedOptions(new URLSearchParams(embedQuery('niv=region', o)));
				expect(r.options).toEqual(o);
				expect(r.warnings).toEqual([]);
				expect(r.rest.toString()).toBe('niv=region');
			})
		);
		expect(embedQuery('', EMBED_DEFAULTS)).toBe('');
	}, PROPERTY_TIMEOUT);
});
