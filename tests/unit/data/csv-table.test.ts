import { describe, expect, it } from 'vitest';
import { detectSeparator, parseCsvTable } from '../../../src/lib/data/csv-table';

describe('detectSeparator', () => {
	it.each([
		{ input: 'a,b,c\n1,2,3', expected: ',' },
		{ input: 'a;b;c\n1,5;2;3', expected: ';' },
		{ input: '\uFEFFa;b\n', expected: ';' },
		{ input: 'a\n', expected: ',' }
	])('$input → $expected', ({ input, expected }) => expect(detectSeparator(input)).toBe(expected));
});

describe('parseCsvTable', () => {
	it('numbers records by their first physical line, across quoted line breaks', () => {
		const t = parseCsvTable('id,note\na,"deux\nlignes"\nb,simple\n\nc,fin\n');
		expect(t.records.map((r) => [r.line, r.cells.id])).toEqual([
			[2, 'a'],
			[4, 'b'],
			[6, 'c']
		]);
		expect(t.records[0]?.cells.note).toBe('deux\nlignes');
	});
	it('strips a UTF-8 BOM and trims cells', () => {
		const t = parseCsvTable('\uFEFFid ; valeur\n x ; 1,5 \n');
		expect(t.header).toEqual(['id', 'valeur']);
		expect(t.records[0]?.cells).toEqual({ id: 'x', valeur: '1,5' });
		expect(t.decimalComma).toBe(true);
	});
	it('reports a row with the wrong number of cells, by line', () => {
		const t = parseCsvTable('a,b\n1,2\n1,2,3\n');
		expect(t.records).toHaveLength(1);
		expect(t.problems).toEqual([{ line: 3, message: '3 cellules au lieu de 2 — une cellule par colonne de l’en-tête (séparateur « , »)' }]);
	});
});
