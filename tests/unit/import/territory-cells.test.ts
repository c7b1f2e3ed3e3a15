/** Territory cells: codes in every written form, names in every spelling, level of a column, totals. */
import { describe, expect, test } from 'vitest';
import { departements, regions } from '../../../src/lib/territories';
import { foldName, matchName, suggestNames } from '../../../src/lib/import/names';
import { communeCode, guessTerritoryColumn, resolveTerritory, splitCodeAndName, totalRow } from '../../../src/lib/import/territory-cells';

describe('INSEE codes as people write them', () => {
	const cases: [string, 'region' | 'departement', string | null][] = [
		['1', 'departement', '01'],
		['01', 'departement', '01'],
		['1.0', 'departement', '01'],
		['2a', 'departement', '2A'],
		['2A', 'departement', '2A'],
		['2 B', 'departement', '2B'],
		[' 971 ', 'departement', '971'],
		['971', 'departement', '971'],
		['976', 'departement', '976'],
		['95', 'departement', '95'],
		['01 - Ain', 'departement', '01'],
		['01 Ain', 'departement', '01'],
		['Ain (01)', 'departement', '01'],
		['2A - Corse-du-Sud', 'departement', '2A'],
		['84', 'region', '84'],
		['4', 'region', '04'],
		['06', 'region', '06'],
		['11 - Île-de-France', 'region', '11'],
		['20', 'departement', null],
		['975', 'departement', null],
		['96', 'departement', null],
		['05', 'region', null],
		['82', 'region', null],
		['21 - Ain', 'departement', null]
	];
	test.each(cases)('%j at level %s → %j', (raw, level, code) => {
		const r = resolveTerritory(raw, 'code', level);
		if (code) expect(r).toEqual({ kind: 'territory', code });
		else expect(r.kind).toBe('unmatched');
	});
	test('20 says why: Corse is two départements', () => {
		const r = resolveTerritory('20', 'code', 'departement');
		expect(r.kind === 'unmatched' && r.reason).toMatch(/2A .*2B/);
	});
	test.each([
		['01 - Ain', { code: '01', name: 'Ain' }],
		['Ain (01)', { code: '01', name: 'Ain' }],
		['2a Corse-du-Sud', { code: '2a', name: 'Corse-du-Sud' }],
		['Ain', null],
		['01', null]
	] as const)('splitCodeAndName(%j)', (raw, expected) => expect(splitCodeAndName(raw)).toEqual(expected));
});

/** Two spellings at least per territory: capitals without accents, and lower case with spaces and « St ». */
function spellings(name: string): string[] {
	const noAccents = name.normalize('NFD').replace(/\p{M}/gu, '');
	return [
		noAccents.toUpperCase(),
		name.toLowerCase().replace(/-/g, ' ').replace(/\bsaint\b/g, 'st').replace(/\bsainte\b/g, 'ste'),
		`  ${name.replace(/-/g, ' - ')}  `,
		noAccents.replace(/['’]/g, ' ')
	];
}

describe('names of every département and région, in several spellings', () => {
	for (const level of ['departement', 'region'] as const) {
		const list = level === 'region' ? regions : departements;
		test.each(list.map((t) => [t.nom, t.code]))(`${level} %s`, (nom, code) => {
			for (const s of spellings(nom)) expect(matchName(level, s), s).toEqual({ kind: 'match', code });
		});
	}
	const more: [string, 'region' | 'departement', string][] = [
		['Cote d\'Or', 'departement', '21'],
		['ILE DE FRANCE', 'region', '11'],
		['Reunion', 'region', '04'],
		['Reunion', 'departement', '974'],
		['Centre - Val de Loire', 'region', '24'],
		['PACA', 'region', '93'],
		['Région Sud', 'region', '93'],
		['ARS Auvergne-Rhône-Alpes', 'region', '84'],
		['Seine-St-Denis', 'departement', '93'],
		['Territoire-de-Belfort', 'departement', '90'],
		['Guyane française', 'departement', '973'],
		['Côtes d’Armor', 'departement', '22'],
		['Val d\'Oise', 'departement', '95'],
		['Département du Nord', 'departement', '59']
	];
	test.each(more)('%j at level %s → %s', (raw, level, code) => expect(matchName(level, raw)).toEqual({ kind: 'match', code }));
});

describe('ambiguous and unknown names are flagged, never guessed', () => {
	test.each([
		['Corse', ['2A', '2B']],
		['Alsace', ['67', '68']],
		['Seine', ['75', '76', '77', '92', '93']]
	] as const)('%s at département level', (raw, codes) => {
		const m = matchName('departement', raw);
		expect(m.kind).toBe('ambiguous');
		expect(m.kind === 'ambiguous' && m.candidates.map((c) => c.code)).toEqual(codes);
	});
	test('Corse at région level is the région', () => expect(matchName('region', 'Corse')).toEqual({ kind: 'match', code: '94' }));
	test.each([
		['Cote dOr', 'departement', '21'],
		['Pays de Loire', 'region', '52'],
		['Finistere Nord', 'departement', '29'],
		['Bourgogne', 'region', '27'],
		['Nord-Pas-de-Calais', 'region', '32'],
		['Haute Garone', 'departement', '31']
	] as const)('%j is not matched but suggests %s %s', (raw, level, code) => {
		const m = matchName(level, raw);
		expect(m.kind).toBe('unknown');
		expect(m.kind === 'unknown' && m.suggestions[0]?.code).toBe(code);
	});
	test('nothing close: no suggestion', () => expect(suggestNames('departement', 'Tombouctou')).toEqual([]));
	test('folding', () => expect(foldName("  L'Île-de-la-Réunion ")).toBe('ile de la reunion'));
});

describe('level of a column, from all its values', () => {
	const codes = (list: readonly { code: string }[]) => list.map((t) => t.code);
	const cases: { name: string; values: string[]; header: string; expected: { mode: string; level: string } | null }[] = [
		{ name: 'all 101 département codes', values: codes(departements), header: 'code', expected: { mode: 'code', level: 'departement' } },
		{ name: 'the 18 région codes', values: codes(regions), header: 'code', expected: { mode: 'code', level: 'region' } },
		{ name: 'région codes, header says département', values: codes(regions), header: 'Département', expected: { mode: 'code', level: 'departement' } },
		{ name: 'a région of départements (some are région codes too)', values: ['01', '03', '07', '15', '26', '38', '42', '43', '63', '69', '73', '74'], header: 'dep', expected: { mode: 'code', level: 'departement' } },
		{ name: 'Excel numbers for codes', values: ['1', '2', '3', '2A', '971'], header: 'Département', expected: { mode: 'code', level: 'departement' } },
		{ name: 'région names', values: regions.map((r) => r.nom.toUpperCase()), header: 'Région', expected: { mode: 'name', level: 'region' } },
		{ name: 'département names', values: departements.map((d) => d.nom), header: 'nom', expected: { mode: 'name', level: 'departement' } },
		{ name: 'overseas names only: header decides', values: ['Guadeloupe', 'Martinique'], header: 'Région', expected: { mode: 'name', level: 'region' } },
		{ name: 'commune codes', values: ['01001', '2A004', '97101', '1004'], header: 'code commune', expected: { mode: 'commune', level: 'departement' } },
		{ name: 'values', values: ['12,5', '100', 'abc'], header: 'Nombre', expected: null }
	];
	test.each(cases)('$name', ({ values, header, expected }) => {
		const g = guessTerritoryColumn(values, header);
		if (expected === null) expect(g === null || g.score < 0.5).toBe(true);
		else expect(g).toMatchObject(expected);
	});
});

describe('total rows', () => {
	test.each([
		['France', true],
		['FRANCE ENTIÈRE', true],
		['Total', true],
		['Total général', true],
		['France métropolitaine', false],
		['France hors Mayotte', false],
		['Ensemble', true],
		['Ain', null],
		['01', null]
	] as const)('%j', (raw, national) => {
		const t = totalRow(raw);
		expect(t === null ? null : t.national).toBe(national);
	});
	test('a total is never a territory', () => expect(resolveTerritory('France entière', 'name', 'region')).toMatchObject({ kind: 'total', national: true }));
});

test.each([
	['01001', '01001'],
	['1001', '01001'],
	['2a004', '2A004'],
	['97101', '97101'],
	['123', null],
	['A1234', null]
] as const)('communeCode(%j) → %j', (raw, code) => expect(communeCode(raw)).toBe(code));
