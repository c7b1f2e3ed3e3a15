/**
 * First look at a file the user chose: what it is (text table, spreadsheet, our own dataset
 * file, or something we refuse), and for text, which encoding. Pure: bytes in, verdict out,
 * so the same rules run in the worker and in the tests. Every refusal is a French sentence
 * that names the file and says what to do instead.
 */

/** Largest file read (bytes): a 60 000-row commune table is ≈ 2 MB; 20 MB leaves room. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type FileFormat = 'csv' | 'xlsx' | 'ods' | 'xls' | 'dataset';
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export const ENCODING_LABELS: Record<TextEncoding, string> = {
	'utf-8': 'UTF-8',
	'utf-8-bom': 'UTF-8 (avec BOM)',
	'windows-1252': 'Windows-1252 (Excel, anciennes versions)',
	'utf-16le': 'UTF-16',
	'utf-16be': 'UTF-16'
};

export type Sniffed =
	| { ok: true; format: 'csv'; text: string; encoding: TextEncoding }
	| { ok: true; format: 'dataset'; text: string; encoding: TextEncoding }
	| { ok: true; format: 'xlsx' | 'ods' | 'xls' }
	| { ok: false; error: string };

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) => sig.every((v, i) => b[at + i] === v);
const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, Math.min(to, b.length)));

/** Known formats we refuse, by their first bytes, with the word a user knows. */
const REFUSED: readonly { sig: number[]; what: string }[] = [
	{ sig: [0x25, 0x50, 0x44, 0x46], what: 'un PDF' },
	{ sig: [0x89, 0x50, 0x4e, 0x47], what: 'une image PNG' },
	{ sig: [0xff, 0xd8, 0xff], what: 'une image JPEG' },
	{ sig: [0x47, 0x49, 0x46, 0x38], what: 'une image GIF' },
	{ sig: [0x42, 0x4d], what: 'une image BMP' },
	{ sig: [0x49, 0x49, 0x2a, 0x00], what: 'une image TIFF' },
	{ sig: [0x4d, 0x4d, 0x00, 0x2a], what: 'une image TIFF' }
];

const WHAT_WE_READ = 'un tableau CSV (séparateur « , », « ; » ou tabulation), XLSX (Excel) ou ODS (LibreOffice)';

/** Size in French: « 21,3 Mo ». */
export function formatBytes(n: number): string {
	if (n < 1024) return `${n} octets`;
	const units = ['ko', 'Mo', 'Go'];
	let v = n / 1024;
	let u = 0;
	while (v >= 1024 && u < units.length - 1) {
		v /= 1024;
		u++;
	}
	return `${v.toLocaleString('fr-FR', { maximumFractionDigits: 1 })}\u00a0${units[u]}`;
}

/**
 * Text of a file whose encoding is not declared: a BOM decides; otherwise strict UTF-8, and
 * if that fails, Windows-1252 (what French Excel writes with « CSV (séparateur : point-virgule) »).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
	if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
	if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
	if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
	} catch {
		// Some runtimes decode `windows-1252` as Latin-1: map 0x80–0x9F to what Windows puts there.
		const text = new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] || c);
		return { text, encoding: 'windows-1252' };
	}
}

/** Characters of Windows-1252 at 0x80–0x9F (empty: unassigned). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * A ZIP container: ODS or XLSX, told by the names of its entries (stored in clear even when
 * the entries are compressed), else by the file name; null for another kind of archive.
 */
function zipKind(bytes: Uint8Array, name: string): 'xlsx' | 'ods' | null {
	const head = ascii(bytes, 0, 65536);
	if (head.includes('opendocument.spreadsheet')) return 'ods';
	if (head.includes('opendocument.')) return null; // a text document or a presentation
	if (head.includes('[Content_Types].xml') && head.includes('xl/')) return 'xlsx';
	if (head.includes('content.xml') && head.includes('META-INF/manifest.xml') && /\.ods$/i.test(name)) return 'ods';
	if (head.includes('[Content_Types].xml') && /\.xlsx$/i.test(name)) return 'xlsx';
	return null;
}

/** What the file is, decoded when it is text; or why it is refused. */
export function sniffFile(bytes: Uint8Array, name: string, maxBytes = MAX_FILE_BYTES): Sniffed {
	const quoted = `« ${name} »`;
	if (bytes.length === 0) return { ok: false, error: `Le fichier ${quoted} est vide (0 octet) : enregistrez à nouveau le tableau, puis choisissez-le.` };
	if (bytes.length > maxBytes)
		return {
			ok: false,
			error: `Le fichier ${quoted} pèse ${formatBytes(bytes.length)} : la limite est de ${formatBytes(maxBytes)}. Gardez seulement les colonnes utiles, ou découpez-le.`
		};
	for (const r of REFUSED)
		if (startsWith(bytes, r.sig)) return { ok: false, error: `Le fichier ${quoted} est ${r.what}, pas un tableau : il faut ${WHAT_WE_READ}.` };
	if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
		const kind = zipKind(bytes, name);
		if (kind) return { ok: true, format: kind };
		return { ok: false, error: `Le fichier ${quoted} est une archive (ZIP ou document de traitement de texte), pas un tableau : il faut ${WHAT_WE_READ}.` };
	}
	// Old binary Excel (.xls) — the same container as old Word files, told apart by the name.
	if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
		if (/\.xls$/i.test(name)) return { ok: true, format: 'xls' };
		return { ok: false, error: `Le fichier ${quoted} est un ancien document Office qui n’est pas un classeur : il faut ${WHAT_WE_READ}.` };
	}
	const { text, encoding } = decodeText(bytes);
	// Binary content decoded as text is full of control characters: refuse rather than show noise.
	const sample = text.slice(0, 4096);
	const controls = sample.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
	if (controls > Math.max(4, sample.length / 50))
		return { ok: false, error: `Le fichier ${quoted} n’est pas un tableau lisible (contenu binaire) : il faut ${WHAT_WE_READ}.` };
	if (/^\s*\{\s*"format"\s*:\s*"segur-territoires\/jeu-importe"/.test(sample)) return { ok: true, format: 'dataset', text, encoding };
	if (!text.trim()) return { ok: false, error: `Le fichier ${quoted} ne contient que des espaces ou des lignes vides.` };
	return { ok: true, format: 'csv', text, encoding };
}
