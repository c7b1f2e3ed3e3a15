import { describe, expect, it } from 'vitest';
import {
	frenchCsvNumber,
	parseFrenchCsv,
	parseFrenchNumber,
	toFrenchCsv,
	type CsvCell
} from '../../../src/lib/domain/csv-export';

const BOM = '\uFEFF';

describe('toFrenchCsv', () => {
	const cases: { input: { headers: string[]; rows: CsvCell[][] }; expected: string }[] = [
		{
			input: { headers: ['code', 'nom', 'valeur'], rows: [['75', 'Paris', 1234.5]] },
			expected: `${BOM}code;nom;valeur\r\n75;Paris;1234,5\r\n`
		},
		{ input: { headers: ['a'], rows: [] }, expected: `${BOM}a\r\n` },
		{ input: { headers: ['a', 'b'], rows: [[null, 0]] }, expected: `${BOM}a;b\r\n;0\r\n` },
		{ input: { headers: ['n'], rows: [[-0], [1234567], [-12.25], [NaN], [1e-7], [1e21]] }, expected: `${BOM}n\r\n0\r\n1234567\r\n-12,25\r\n\r\n0,0000001\r\n1000000000000000000000\r\n` },
		{ input: { headers: ['t'], rows: [['a;b']] }, expected: `${BOM}t\r\n"a;b"\r\n` },
		{ input: { headers: ['t'], rows: [['il dit "oui"']] }, expected: `${BOM}t\r\n"il dit ""oui"""\r\n` },
		{ input: { headers: ['t'], rows: [['ligne 1\nligne 2']] }, expected: `${BOM}t\r\n"ligne 1\nligne 2"\r\n` },
		{ input: { headers: ['t'], rows: [['Île-de-France, Nord']] }, expected: `${BOM}t\r\nÎle-de-France, Nord\r\n` },
		// Formula injection: text cells only.
		{ input: { headers: ['t'], rows: [['=1+1']] }, expected: `${BOM}t\r\n'=1+1\r\n` },
		{ input: { headers: ['t'], rows: [['+33 1 23']] }, expected: `${BOM}t\r\n'+33 1 23\r\n` },
		{ input: { headers: ['t'], rows: [['-']] }, expected: `${BOM}t\r\n'-\r\n` },
		{ input: { headers: ['t'], rows: [['@SUM(A1)']] }, expected: `${BOM}t\r\n'@SUM(A1)\r\n` },
		{ input: { headers: ['t'], rows: [['\t=cmd']] }, expected: `${BOM}t\r\n'\t=cmd\r\n` },
		{ input: { headers: ['t'], rows: [["'=déjà"]] }, expected: `${BOM}t\r\n''=déjà\r\n` },
		{ input: { headers: ['t'], rows: [['=HYPERLINK("x";"y")']] }, expected: `${BOM}t\r\n"'=HYPERLINK(""x"";""y"")"\r\n` },
		{ input: { headers: ['t'], rows: [["l'hôpital"]] }, expected: `${BOM}t\r\nl'hôpital\r\n` },
		{ input: { headers: ['=evil'], rows: [] }, expected: `${BOM}'=evil\r\n` }
	];
	it.each(cases)('%#: $expected', ({ input, expected }) => {
		expect(toFrenchCsv(input.headers, input.rows)).toBe(expected);
	});

	it('never prefixes numbers', () => {
		expect(toFrenchCsv(['n'], [[-5]])).toBe(`${BOM}n\r\n-5\r\n`);
	});

	it('throws on a row of the wrong width', () => {
		expect(() => toFrenchCsv(['a', 'b'], [['x']])).toThrow(/row 0 has 1 cells, expected 2/);
	});
});

describe('frenchCsvNumber / parseFrenchNumber', () => {
	const numbers: { input: number; expected: string }[] = [
		{ input: 0.1, expected: '0,1' },
		{ input: 1.5e-9, expected: '0,0000000015' },
		{ input: -2.5e22, expected: '-25000000000000000000000' },
		{ input: Infinity, expected: '' }
	];
	it.each(numbers)('frenchCsvNumber($input) → $expected', ({ input, expected }) => {
		expect(frenchCsvNumber(input)).toBe(expected);
	});

	const texts: { input: string; expected: number | null }[] = [
		{ input: '1234,5', expected: 1234.5 },
		{ input: '-0,25', expected: -0.25 },
		{ input: ' 12 ', expected: 12 },
		{ input: '', expected: null },
		{ input: '1 234', expected: null },
		{ input: '1.5', expected: null },
		{ input: "'=1", expected: null }
	];
	it.each(texts)('parseFrenchNumber($input) → $expected', ({ input, expected }) => {
		expect(parseFrenchNumber(input)).toBe(expected);
	});
});

describe('parseFrenchCsv', () => {
	const cases: { input: string; expected: { headers: string[]; rows: string[][] } }[] = [
		{ input: `${BOM}a;b\r\n1;2\r\n`, expected: { headers: ['a', 'b'], rows: [['1', '2']] } },
		{ input: 'a;b\n1;2', expected: { headers: ['a', 'b'], rows: [['1', '2']] } },
		{ input: 'a;b\r\n;\r\n', expected: { headers: ['a', 'b'], rows: [['', '']] } },
		{ input: 'a\r\n\r\n', expected: { headers: ['a'], rows: [['']] } },
		{ input: 'a\r\n"x;""y""\r\nz"\r\n', expected: { headers: ['a'], rows: [['x;"y"\r\nz']] } },
		{ input: "a\r\n'=1\r\n''=2\r\n'x\r\n", expected: { headers: ['a'], rows: [['=1'], ["'=2"], ["'x"]] } },
		{ input: '', expected: { headers: [], rows: [] } }
	];
	it.each(cases)('%#', ({ input, expected }) => {
		expect(parseFrenchCsv(input)).toEqual(expected);
	});

	it('throws on an unterminated quote', () => {
		expect(() => parseFrenchCsv('a\r\n"oops')).toThrow(SyntaxError);
	});
});

describe('round trip', () => {
	const tables: { input: { headers: string[]; rows: CsvCell[][] }; expected: string[][] }[] = [
		{
			input: {
				headers: ['code', 'libellé', 'valeur', 'note'],
				rows: [
					['01', 'Ain', 12.5, null],
					['2A', 'Corse-du-Sud', -3, '=2+2'],
					['971', 'Guadeloupe', 0, 'texte ; avec "guillemets"\net saut'],
					['75', "'=déjà échappé", 1e-7, '-'],
					['13', '@x', 1234567.891, '\t\r']
				]
			},
			expected: [
				['01', 'Ain', '12,5', ''],
				['2A', 'Corse-du-Sud', '-3', '=2+2'],
				['971', 'Guadeloupe', '0', 'texte ; avec "guillemets"\net saut'],
				['75', "'=déjà échappé", '0,0000001', '-'],
				['13', '@x', '1234567,891', '\t\r']
			]
		}
	];
	it.each(tables)('text cells come back unchanged, numbers in French form', ({ input, expected }) => {
		const back = parseFrenchCsv(toFrenchCsv(input.headers, input.rows));
		expect(back.headers).toEqual(input.headers);
		expect(back.rows).toEqual(expected);
		// Numbers survive via parseFrenchNumber.
		expect(back.rows.map((r) => parseFrenchNumber(r[2]!))).toEqual(input.rows.map((r) => r[2]));
	});
});
