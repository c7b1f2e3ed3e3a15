/**
 * The territory sheet, shown by the explorer's panel and the printable portrait: ranks in
 * French that agree in gender, the trend rule, each row's figures beside the région's and
 * France's, the « non » of an exhaustive list, the sites and the sources cited.
 */
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../src/lib/data/model';
import type { MapLevel } from '../../../src/lib/domain/types';
import { normaliseSpaces } from '../../../src/lib/domain/format';
import { rankText, territorySheet, trendOf, type SheetOptions, type TerritorySheet } from '../../../src/lib/explorer/territory-sheet';
import { observationMaker } from '../helpers/model';
import { LITS, sheetModel } from '../helpers/sheet-model';

describe('rankText', () => {
	it.each([
		{ rank: { rank: 1, of: 4 }, level: 'region', expected: '1re sur 4 régions renseignées' },
		{ rank: { rank: 1, of: 12 }, level: 'departement', expected: '1er sur 12 départements renseignés' },
		{ rank: { rank: 2, of: 12 }, level: 'region', expected: '2e sur 12 régions renseignées' },
		{ rank: { rank: 3, of: 5 }, level: 'departement', expected: '3e sur 5 départements renseignés' },
		{ rank: { rank: 1, of: 1 }, level: 'region', expected: 'seule région renseignée' },
		{ rank: { rank: 1, of: 1 }, level: 'departement', expected: 'seul département renseigné' }
	] as const)('$rank.rank of $rank.of at $level → « $expected »', ({ rank, level, expected }) => {
		expect(rankText(rank, level)).toBe(expected);
	});
});

describe('trendOf: one entry per date, the latest reported figure of each, oldest date first; none below two dates', () => {
	const o = observationMaker({ level: 'region', code: '84' });
	// As territoryFigures hands them over: by period, then by date of report.
	const cases: { name: string; series: Observation[]; expected: string[] }[] = [
		{ name: 'one figure', series: [o({ period: '2021-12', value: 14 })], expected: [] },
		{
			name: 'two sources for one date',
			series: [o({ period: '2021-12', reported: '2021-12-10', value: 15 }), o({ period: '2021-12', reported: '2021-12-14', value: 14 })],
			expected: []
		},
		{ name: 'two dates', series: [o({ period: '2021-07', value: 10 }), o({ period: '2021-12', value: 14 })], expected: ['juillet 2021 : 10 lits', 'décembre 2021 : 14 lits'] },
		{
			name: 'two dates, the later one reported twice',
			series: [o({ period: '2021-07', value: 10 }), o({ period: '2021-12', reported: '2021-12-10', value: 15 }), o({ period: '2021-12', reported: '2021-12-14', value: 14 })],
			expected: ['juillet 2021 : 10 lits', 'décembre 2021 : 14 lits']
		}
	];
	it.each(cases)('$name', ({ series, expected }) => {
		expect(trendOf(LITS, series).map((t) => normaliseSpaces(`${t.date} : ${t.value}`))).toEqual(expected);
	});
});

/** A sheet's row in a few words, spaces normalised: « figure (date) », the list it was read from. */
interface RowBrief {
	id: string;
	figure?: string;
	missing: boolean;
	rank?: string;
	region?: string;
	france?: string;
	trend: string[];
	conflicts: (string | undefined)[];
	list?: string;
}

function rowsInBrief(sheet: TerritorySheet): RowBrief[] {
	const n = normaliseSpaces;
	const dated = (f?: { value: string; date?: string }) => f && `${n(f.value)} (${f.date})`;
	return sheet.rows.map((r) => ({
		id: r.id,
		figure: dated(r.figure),
		missing: r.figure.missing,
		rank: r.rank,
		region: dated(r.region),
		france: dated(r.france),
		trend: r.trend.map((t) => `${t.date} : ${n(t.value)}`),
		conflicts: r.conflicts.map(dated),
		list: r.fromList && `${r.fromList.size} pilotes : ${r.fromList.citations.map((c) => `${c.source} ${c.locator}`).join(', ')}`
	}));
}

const LITS_84 = { id: 'lits', missing: false, france: '120 lits (décembre 2021)' };
const cases: { name: string; level: MapLevel; code: string; options?: SheetOptions; expected: RowBrief[] }[] = [
	{
		name: 'a région: its trend, the other source of the same date, second of two, the only one with « seule »',
		level: 'region',
		code: '84',
		expected: [
			{
				...LITS_84,
				figure: '1 400 lits (décembre 2021)',
				rank: '2e sur 2 régions renseignées',
				trend: ['juillet 2021 : 1 000 lits', 'décembre 2021 : 1 400 lits'],
				conflicts: ['1 500 lits (décembre 2021)']
			},
			{ id: 'seule', figure: '5 projets (décembre 2021)', missing: false, rank: 'seule région renseignée', france: '40 projets (juin 2021)', trend: [], conflicts: [] }
		]
	},
	{
		name: 'a région first of two: « 1re sur 2 régions renseignées »',
		level: 'region',
		code: '11',
		expected: [{ ...LITS_84, figure: '3 000 lits (décembre 2021)', rank: '1re sur 2 régions renseignées', trend: [], conflicts: [] }]
	},
	{
		name: 'the same région at an earlier date: the figure, rank and France of that date, no trend',
		level: 'region',
		code: '84',
		options: { date: '2021-07' },
		expected: [{ id: 'lits', figure: '1 000 lits (juillet 2021)', missing: false, rank: 'seule région renseignée', france: '100 lits (juin 2021)', trend: [], conflicts: [] }]
	},
	{
		name: 'a département: its région beside it, « 2e sur 2 départements renseignés »; the indicator on the map first; « non » read from the list',
		level: 'departement',
		code: '73',
		options: { first: 'pilote' },
		expected: [
			{ id: 'pilote', figure: 'Non (novembre 2020)', missing: false, trend: [], conflicts: [], list: '2 pilotes : min L2-3' },
			{ ...LITS_84, figure: '4 lits (décembre 2021)', rank: '2e sur 2 départements renseignés', region: '1 400 lits (décembre 2021)', trend: [], conflicts: [] }
		]
	},
	{
		name: 'a département first of two: « 1er sur 2 départements renseignés »; « oui » as written',
		level: 'departement',
		code: '74',
		expected: [
			{ ...LITS_84, figure: '6 lits (décembre 2021)', rank: '1er sur 2 départements renseignés', region: '1 400 lits (décembre 2021)', trend: [], conflicts: [] },
			{ id: 'pilote', figure: 'Oui (novembre 2020)', missing: false, trend: [], conflicts: [] }
		]
	},
	{
		name: 'a figure a source says is not there yet: « Pas encore », no rank',
		level: 'departement',
		code: '38',
		expected: [
			{ ...LITS_84, figure: 'Pas encore (décembre 2021)', missing: true, region: '1 400 lits (décembre 2021)', trend: [], conflicts: [] },
			{ id: 'pilote', figure: 'Oui (novembre 2020)', missing: false, trend: [], conflicts: [] }
		]
	},
	{ name: 'a région no source speaks of: no row', level: 'region', code: '93', expected: [] }
];

describe('territorySheet: rows', () => {
	it.each(cases)('$name', ({ level, code, options, expected }) => {
		expect(rowsInBrief(territorySheet(sheetModel, level, code, options))).toEqual(expected);
	});
});

describe('territorySheet: sites and sources', () => {
	it.each([
		// The conflicting source is cited on the région's sheet, not on its départements'; an unknown source id is not listed.
		{ level: 'region', code: '84', sites: ['Centre hospitalier (Savoie)'], sources: ['min', 'ars', 'presse'] },
		{ level: 'departement', code: '73', sites: ['Centre hospitalier'], sources: ['min', 'presse'] },
		{ level: 'departement', code: '74', sites: [], sources: ['min'] }
	] as const)('$level $code', ({ level, code, sites, sources }) => {
		const sheet = territorySheet(sheetModel, level, code);
		expect(sheet.sites.map((s) => (s.departement ? `${s.name} (${s.departement})` : s.name))).toEqual(sites);
		expect(sheet.sources.map((s) => s.id)).toEqual(sources);
	});

	it('a site as the sheet shows it: its kind in French, status, date, approximate position, citation', () => {
		expect(territorySheet(sheetModel, 'departement', '73').sites).toEqual([
			{
				id: 'site-73',
				name: 'Centre hospitalier',
				kind: 'Établissement porteur d’un SAS pilote',
				status: 'lancé',
				date: 'mars 2021',
				approximate: true,
				citation: { source: 'presse', locator: 'article' }
			}
		]);
	});
});
