/** territoryFigures: for one territory, each indicator's cell at a date, its series, France's figure and the rank. */
import { describe, expect, it } from 'vitest';
import type { MapLevel } from '../../../src/lib/domain/types';
import { territoryFigures, type TerritoryFigure } from '../../../src/lib/explorer/territory-figures';
import { sheetModel } from '../helpers/sheet-model';

/** A figure in one line: `id = value|missing kind [from list] · series periods · France period:value · rank/of`. */
function brief(f: TerritoryFigure): string {
	const cell = f.cell.kind === 'value' ? `${f.cell.value}${f.cell.fromList ? ' (liste)' : ''}` : f.cell.missing;
	const national = f.national ? `${f.national.period}:${f.national.value}` : '—';
	const rank = f.rank ? `${f.rank.rank}/${f.rank.of}` : '—';
	return `${f.indicator.id} = ${cell} · [${f.series.map((o) => o.period).join(' ')}] · France ${national} · rang ${rank}`;
}

const cases: { name: string; level: MapLevel; code: string; date: string | null; expected: string[] }[] = [
	{
		name: 'a région: every report in its series, oldest first; the latest figure ranked',
		level: 'region',
		code: '84',
		date: null,
		// France's figure of the territory's date, not a later one.
		expected: ['lits = 1400 · [2021-07 2021-12 2021-12] · France 2021-12:120 · rang 2/2', 'seule = 5 · [2021-12] · France 2021-06:40 · rang 1/1']
	},
	{
		name: 'at a date: nothing later, France as known then, ranked among the territories known then',
		level: 'region',
		code: '84',
		date: '2021-07',
		expected: ['lits = 1000 · [2021-07] · France 2021-06:100 · rang 1/1']
	},
	{
		name: 'a département: indicators of its level only; « non » from the exhaustive list, unranked',
		level: 'departement',
		code: '73',
		date: null,
		expected: ['lits = 4 · [2021-12] · France 2021-12:120 · rang 2/2', 'pilote = false (liste) · [] · France — · rang —']
	},
	{
		name: 'a figure not there yet: its missing kind, unranked; « oui » as written',
		level: 'departement',
		code: '38',
		date: null,
		expected: ['lits = pas_encore · [2021-12] · France 2021-12:120 · rang —', 'pilote = true · [2020-11] · France — · rang —']
	},
	{
		name: 'before the list existed: no « non » read from it',
		level: 'departement',
		code: '73',
		date: '2020-06',
		expected: []
	},
	{ name: 'a territory no source speaks of: nothing', level: 'region', code: '93', date: null, expected: [] }
];

describe('territoryFigures', () => {
	it.each(cases)('$name', ({ level, code, date, expected }) => {
		expect(territoryFigures(sheetModel, level, code, date).map(brief)).toEqual(expected);
	});
});
