/** Cells as figures: French numbers, typed missing markers (never 0), dates, encodings, file kinds. */
import { describe, expect, test } from 'vitest';
import { findDate, missingMarker, parseDate, parseNumber, readCell } from '../../../src/lib/import/cell-values';
import { decodeText, sniffFile } from '../../../src/lib/import/bytes';
import { windows1252 } from '../../fixtures/import/make-fixtures';

describe('numbers as French (and other) tables write them', () => {
	const cases: [string, number | null, string?, boolean?][] = [
		['1 234,5', 1234.5],
		['1\u00a0234,5', 1234.5],
		['1\u202f234,5', 1234.5],
		['1234.5', 1234.5],
		['1234,5', 1234.5],
		['12 %', 12, 'exact', true],
		['12,5%', 12.5, 'exact', true],
		['-3', -3],
		['−3', -3],
		['+3', 3],
		['0', 0],
		['1.234.567', 1234567],
		['1.234,5', 1234.5],
		['1,234.5', 1234.5],
		['1.234', 1.234],
		[',5', 0.5],
		['12 €', 12],
		['1.5E+06', 1500000],
		['environ 40', 40, 'about'],
		['< 5', 5, 'less_than'],
		['>100', 100, 'more_than'],
		['≥ 3', 3, 'at_least'],
		['plus de 12', 12, 'more_than'],
		['12 CPTS', null],
		['abc', null],
		['1 2 3,4,5', null],
		['', null]
	];
	test.each(cases)('%j → %j', (raw, value, qualifier = 'exact', percent = false) => {
		const n = parseNumber(raw);
		if (value === null) expect(n).toBeNull();
		else expect(n).toEqual({ value, qualifier, percent });
	});
});

describe('missing markers become typed missing data, never 0', () => {
	test.each([
		['s', 'secret'],
		['S', 'secret'],
		['secret', 'secret'],
		['nd', 'non_renseigne'],
		['n.d.', 'non_renseigne'],
		['N.D', 'non_renseigne'],
		['NC', 'non_renseigne'],
		['n.c.', 'non_renseigne'],
		['-', 'non_renseigne'],
		['—', 'non_renseigne'],
		['–', 'non_renseigne'],
		['', 'non_renseigne'],
		['  ', 'non_renseigne'],
		['...', 'non_renseigne'],
		['so', 'sans_objet'],
		['Sans objet', 'sans_objet'],
		['0', null],
		['12', null],
		['Ain', null]
	] as const)('%j → %j', (raw, kind) => {
		expect(missingMarker(raw)).toBe(kind);
		if (kind) expect(readCell(raw)).toEqual({ kind: 'missing', missing: kind });
	});
	test('zero stays a number', () => expect(readCell('0')).toEqual({ kind: 'number', value: 0, qualifier: 'exact', percent: false }));
	test('text stays text', () => expect(readCell('=1+1')).toEqual({ kind: 'text' }));
});

describe('dates', () => {
	test.each([
		['2023', '2023'],
		['2023-06', '2023-06'],
		['2023-06-30', '2023-06-30'],
		['30/06/2023', '2023-06-30'],
		['1/2/2023', '2023-02-01'],
		['06/2023', '2023-06'],
		['juin 2023', '2023-06'],
		['31 décembre 2023', '2023-12-31'],
		['1er janvier 2024', '2024-01-01'],
		['2023-02-30', null],
		['31/02/2023', null],
		['1850', null],
		['hier', null]
	] as const)('parseDate(%j) → %j', (raw, date) => expect(parseDate(raw)).toBe(date));
	test.each([
		['Nombre de CPTS au 31/12/2023', '2023-12-31'],
		['cpts 2024 export', '2024'],
		['Situation en juin 2022', '2022-06'],
		['Sans date', null]
	] as const)('findDate(%j) → %j', (text, date) => expect(findDate(text)).toBe(date));
});

describe('encoding detection', () => {
	const text = 'Département;Côte-d’Or;Œuvre;12,5 €';
	test.each([
		['UTF-8', new TextEncoder().encode(text), 'utf-8'],
		['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]), 'utf-8-bom'],
		['Windows-1252', new Uint8Array(windows1252(text.replace('Œ', 'œ'))), 'windows-1252'],
		['UTF-16 LE', new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]), 'utf-16le']
	] as const)('%s', (_name, bytes, encoding) => {
		const r = decodeText(bytes);
		expect(r.encoding).toBe(encoding);
		expect(r.text.toLowerCase()).toBe(text.toLowerCase());
	});
});

describe('files refused in plain French', () => {
	const enc = (s: string) => new TextEncoder().encode(s);
	test.each([
		['vide.csv', new Uint8Array(), /vide \(0 octet\)/],
		['doc.pdf', enc('%PDF-1.4'), /est un PDF/],
		['photo.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), /image JPEG/],
		['anim.gif', enc('GIF89a'), /image GIF/],
		['texte.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...enc('word/document.xml')]), /archive/],
		['binaire.csv', new Uint8Array(Array.from({ length: 400 }, (_, i) => i % 32)), /binaire/],
		['blanc.csv', enc('   \n\n '), /que des espaces/]
	] as const)('%s', (name, bytes, re) => {
		const r = sniffFile(bytes, name);
		expect(r.ok).toBe(false);
		expect(!r.ok && r.error).toMatch(re);
		expect(!r.ok && r.error).toContain(`« ${name} »`);
	});
	test('over the size limit', () => {
		const r = sniffFile(new Uint8Array(2048), 'gros.csv', 1024);
		expect(!r.ok && r.error).toMatch(/pèse 2\sko : la limite est de 1\sko/);
	});
});
