/** The table view's rows and their CSV: one row per territory, the map's classes and ranks, the source named. */
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../src/lib/data/model';
import type { MapLevel } from '../../../src/lib/domain/types';
import { buildChoropleth } from '../../../src/lib/explorer/choropleth';
import { boundFormatter } from '../../../src/lib/explorer/display';
import { joinIndicator } from '../../../src/lib/explorer/join';
import { TABLE_CSV_HEADERS, tableCsv, tableRows, type TableRow } from '../../../src/lib/explorer/table-rows';
import { normaliseSpaces } from '../../../src/lib/domain/format';
import { regions } from '../../../src/lib/territories';
import { LITS, PILOTE, SEULE, sheetModel } from '../helpers/sheet-model';

function rows(indicator: Indicator, level: MapLevel, perCapita = false): TableRow[] {
	const joined = joinIndicator(sheetModel, indicator, level, { date: null, perCapita });
	const choropleth = buildChoropleth(joined, { method: 'quantile', classes: 3 }, boundFormatter(indicator, perCapita));
	return tableRows(sheetModel, joined, choropleth, perCapita).map((r) => ({ ...r, text: normaliseSpaces(r.text), classLabel: normaliseSpaces(r.classLabel) }));
}

const perInhabitant = (code: string, value: number) => (value / (regions.find((r) => r.code === code)?.population ?? NaN)) * 100_000;
// Each row carries the map's fill as its key: « non renseigné » grey, the yes/no pair, YlGnBu's ends for two classes, its middle for one.
const NO_FIGURE = { text: 'Non renseigné', number: null, rank: null, classLabel: 'Non renseigné', fill: { color: '#bdbdbd', pattern: 'none' }, period: '', source: '', locator: '' } as const;
const FROM_LIST = { text: 'Non', number: null, rank: null, classLabel: 'Non', fill: { color: '#efdfb8', pattern: 'none' }, period: '', source: 'absent de la liste officielle', locator: '' } as const;

const cases: { name: string; indicator: Indicator; level: MapLevel; perCapita?: boolean; count: number; expected: TableRow[] }[] = [
	{
		name: 'figures ranked, in their class, with their source; no figure is « Non renseigné », never 0',
		indicator: LITS,
		level: 'region',
		count: 18,
		expected: [
			{ code: '01', name: 'Guadeloupe', ...NO_FIGURE },
			{ code: '11', name: 'Île-de-France', text: '3 000 lits', number: 3000, rank: 1, classLabel: '3 000 lits', fill: { color: '#2c7fb8', pattern: 'none' }, period: '2021-12', source: 'Document min', locator: 'L1' },
			{ code: '84', name: 'Auvergne-Rhône-Alpes', text: '1 400 lits', number: 1400, rank: 2, classLabel: 'de 1 400 lits à moins de 3 000 lits', fill: { color: '#edf8b1', pattern: 'none' }, period: '2021-12', source: 'Document min', locator: 'L1' }
		]
	},
	{
		name: 'per inhabitant: the figure ÷ the population × 100 000, still ranked',
		indicator: LITS,
		level: 'region',
		perCapita: true,
		count: 18,
		expected: [
			{ code: '01', name: 'Guadeloupe', ...NO_FIGURE },
			{ code: '11', name: 'Île-de-France', text: '24,1 pour 100 000 hab.', number: perInhabitant('11', 3000), rank: 1, classLabel: '24,1', fill: { color: '#2c7fb8', pattern: 'none' }, period: '2021-12', source: 'Document min', locator: 'L1' },
			{ code: '84', name: 'Auvergne-Rhône-Alpes', text: '17,1 pour 100 000 hab.', number: perInhabitant('84', 1400), rank: 2, classLabel: 'de 17,1 à moins de 24,1', fill: { color: '#edf8b1', pattern: 'none' }, period: '2021-12', source: 'Document min', locator: 'L1' }
		]
	},
	{
		name: 'an exhaustive list: « Oui » with its line, « Non » said to come from the list',
		indicator: PILOTE,
		level: 'departement',
		count: 101,
		expected: [
			{ code: '01', name: 'Ain', ...FROM_LIST },
			{ code: '38', name: 'Isère', text: 'Oui', number: null, rank: null, classLabel: 'Oui', fill: { color: '#0072B2', pattern: 'none' }, period: '2020-11', source: 'Document min', locator: 'L3' },
			{ code: '73', name: 'Savoie', ...FROM_LIST }
		]
	},
	{
		name: 'a source the model does not list: its id',
		indicator: SEULE,
		level: 'region',
		count: 18,
		expected: [{ code: '84', name: 'Auvergne-Rhône-Alpes', text: '5 projets', number: 5, rank: 1, classLabel: '5 projets', fill: { color: '#7fcdbb', pattern: 'none' }, period: '2021-12', source: 'inconnue', locator: 'L1' }]
	}
];

describe('tableRows', () => {
	it.each(cases)('$name', ({ indicator, level, perCapita, count, expected }) => {
		const all = rows(indicator, level, perCapita);
		expect(all).toHaveLength(count);
		expect(new Set(all.map((r) => r.code)).size).toBe(count);
		const shown = new Set(expected.map((r) => r.code));
		expect(all.filter((r) => shown.has(r.code))).toEqual(expected);
	});
});

describe('tableCsv', () => {
	const csv = normaliseSpaces(tableCsv(rows(LITS, 'region')));
	const lines = csv.replace(/^\uFEFF/, '').split('\r\n');

	it('is French Excel’s CSV: BOM, « ; », CRLF, one line per territory after the header', () => {
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(lines[0]).toBe(TABLE_CSV_HEADERS.join(';'));
		expect(lines.filter(Boolean)).toHaveLength(19);
	});

	it.each([
		{ code: '84', expected: '84;Auvergne-Rhône-Alpes;1400;1 400 lits;2;de 1 400 lits à moins de 3 000 lits;2021-12;Document min;L1' },
		{ code: '01', expected: '01;Guadeloupe;;Non renseigné;;Non renseigné;;;' }
	])('$code: the number as a number, empty cells where nothing is known', ({ code, expected }) => {
		expect(lines.find((l) => l.startsWith(`${code};`))).toBe(expected);
	});
});
