/** What only the bytes on disk show: the encoding of a data file. */
import { describe, expect, it } from 'vitest';
import { decodeDataFile, decodeWindows1252, firstInvalidUtf8 } from '../../../src/lib/data/load-data-dir';

const bytes = (...b: number[]) => Uint8Array.from(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('firstInvalidUtf8', () => {
	it.each([
		['ASCII', utf8('abc'), -1],
		['accents, emoji', utf8('Réunion 🏥 Œ'), -1],
		['Windows-1252 é', bytes(0x52, 0xe9, 0x75), 1],
		['a lead byte cut short at the end', bytes(0x61, 0xc3), 1],
		['an overlong form of "/"', bytes(0xc0, 0xaf), 0],
		['an overlong three-byte form', bytes(0xe0, 0x80, 0xaf), 0],
		['a UTF-16 surrogate', bytes(0xed, 0xa0, 0x80), 0],
		['past U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
		['a stray continuation byte', bytes(0x61, 0x80), 1]
	])('%s', (_, input, expected) => {
		expect(firstInvalidUtf8(input)).toBe(expected);
		// Same verdict as the browser's strict decoder.
		let strict = true;
		try {
			new TextDecoder('utf-8', { fatal: true }).decode(input);
		} catch {
			strict = false;
		}
		expect(strict).toBe(expected === -1);
	});
});

describe('decodeDataFile', () => {
	it('reads Windows-1252 as Windows-1252 (curly quotes, €, œ), and says where and how to fix it', () => {
		const file = bytes(...utf8('id,nom\na,'), 0x92, 0x80, 0x9c, 0x0a, ...utf8('b,R'), 0xe9, ...utf8('union\n'));
		const { text, problem } = decodeDataFile(file, 'data/x.csv');
		expect(text).toBe('id,nom\na,’€œ\nb,Réunion\n');
		expect(problem).toEqual({
			file: 'data/x.csv',
			line: 2,
			field: '(encodage)',
			message: 'pas en UTF-8 : octet 0x92 illisible (« ’€œ » en Windows-1252) — enregistrez en UTF-8 (Excel : « CSV UTF-8 »)'
		});
	});

	it('is silent on UTF-8', () => {
		expect(decodeDataFile(utf8('\uFEFFid\nRéunion\n'), 'data/x.csv')).toEqual({ text: 'id\nRéunion\n' });
	});

	it('maps every byte to one character', () => {
		expect(decodeWindows1252(Uint8Array.from({ length: 256 }, (_, i) => i))).toHaveLength(256);
	});
});
