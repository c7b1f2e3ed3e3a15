import { describe, expect, it } from 'vitest';
import { detectSeparator, MAX_CELL_CHARS, MAX_FILE_BYTES, parseCsvTable } from '../../../src/lib/data/csv-table';

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

describe('parseCsvTable refuses what would pass while wrong', () => {
	const cases: { name: string; input: string; expected: { line: number; field?: string; message: string }[] }[] = [
		{
			name: 'a column named twice: the first is read',
			input: 'id,note,note\na,x,y\n',
			expected: [{ line: 1, field: 'note', message: 'colonne en double dans l’en-tête (colonnes 2 et 3) — chaque colonne une seule fois' }]
		},
		{
			name: 'a header and no data',
			input: 'id,note\n\n',
			expected: [{ line: 1, field: '(fichier)', message: 'en-tête seul, aucune ligne de données — au moins une ligne de données, ou retirez le fichier' }]
		},
		{
			name: 'an escape sequence, on the line where it is, inside a multi-line cell',
			input: 'id,note\na,"ligne 1\nligne 2 \u001b[0m"\n',
			expected: [
				{
					line: 3,
					field: 'note',
					message: 'caractère de contrôle U+001B (ESC), caractère 17 de la cellule — du texte sans caractère invisible (ré-enregistrez le fichier en UTF-8 depuis l’original)'
				}
			]
		},
		{
			name: 'a right-to-left override',
			input: 'id,nom\na,\u202Eevil\n',
			expected: [
				{
					line: 2,
					field: 'nom',
					message: 'caractère de direction invisible U+202E, caractère 1 de la cellule — du texte sans caractère invisible (ré-enregistrez le fichier en UTF-8 depuis l’original)'
				}
			]
		},
		{
			name: 'the « � » a bad conversion leaves',
			input: 'id,nom\na,R\uFFFDunion\n',
			expected: [
				{
					line: 2,
					field: 'nom',
					message: 'caractère de remplacement « � » (U+FFFD) laissé par une mauvaise conversion, caractère 2 de la cellule — du texte sans caractère invisible (ré-enregistrez le fichier en UTF-8 depuis l’original)'
				}
			]
		},
		{ name: 'tabs and line breaks in a cell are text', input: 'id,note\na,"un\tdeux\r\ntrois"\n', expected: [] },
		{ name: 'the BOM that opens the file is not a problem', input: '\uFEFFid,note\na,b\n', expected: [] }
	];
	it.each(cases)('$name', ({ input, expected }) => {
		expect(parseCsvTable(input).problems).toEqual(expected);
	});

	it('keeps the first of two columns with the same name', () => {
		expect(parseCsvTable('id,note,note\na,x,y\n').records[0]?.cells).toEqual({ id: 'a', note: 'x' });
	});

	it('limits cells and files', () => {
		const long = parseCsvTable(`id,note\na,${'é'.repeat(MAX_CELL_CHARS)}\nb,${'é'.repeat(MAX_CELL_CHARS + 1)}\n`);
		expect(long.problems).toEqual([
			{ line: 3, field: 'note', message: '2 001 caractères, plus que la limite de 2 000 — une cellule de 2 000 caractères au plus (citez un extrait plus court)' }
		]);
		const big = parseCsvTable(`id,note\n${'a,b\n'.repeat(MAX_FILE_BYTES / 4)}`);
		expect(big.problems.map((p) => p.message.split(' — ')[0])).toEqual(['1 000 008 octets, plus que la limite de 1 000 000 (1 Mo) : fichier non lu']);
		expect(big.header).toEqual(['id', 'note']);
		expect(big.records).toEqual([]);
	});
});
