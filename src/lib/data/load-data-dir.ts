/**
 * Node side: reads `data/` from disk and validates it. Used by the build (vite plugin
 * and prerender load), by `npm run data:check` and by the tests.
 *
 * What only the files on disk can show is checked here: a file that is not UTF-8 (French
 * Excel still writes Windows-1252, whose accents would ship as « � »), and a data file
 * that would be silently skipped because of its name (`.CSV` in upper case, or anything
 * but a `.csv` among the observations).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Problem } from './model';
import { sortProblems } from './report';
import { validateData, type DataFile, type DataInput, type ValidationContext, type ValidationResult } from './validate';

/** Extensions the loader reads, in lower case: any other spelling is a file it would skip. */
const READ_EXTENSIONS = ['.csv', '.txt'];

/**
 * Byte offset of the first byte that is not valid UTF-8, or -1. (TextDecoder's `fatal`
 * mode says that a file is invalid, not where.)
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i] as number;
		const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
		if (n < 0) return i;
		for (let k = 1; k <= n; k++) {
			const c = bytes[i + k];
			if (c === undefined || c < 0x80 || c > 0xbf) return i;
		}
		// Overlong three/four-byte forms, surrogates and code points past U+10FFFF.
		const c1 = bytes[i + 1] as number;
		if ((b === 0xe0 && c1 < 0xa0) || (b === 0xed && c1 > 0x9f) || (b === 0xf0 && c1 < 0x90) || (b === 0xf4 && c1 > 0x8f)) return i;
		i += n + 1;
	}
	return -1;
}

/** Windows-1252's characters for 0x80–0x9F (the rest is Latin-1); the five undefined bytes stay as they are. */
const CP1252_HIGH = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/** Bytes read as Windows-1252 (Node 20's TextDecoder reads that label as Latin-1). */
export function decodeWindows1252(bytes: Uint8Array): string {
	let out = '';
	for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
	return out;
}

/** The text of a file, and a problem when it is not UTF-8 (the text is then read as Windows-1252, so that the other checks still make sense). */
export function decodeDataFile(bytes: Uint8Array, path: string): { text: string; problem?: Problem } {
	const bad = firstInvalidUtf8(bytes);
	if (bad < 0) return { text: new TextDecoder('utf-8').decode(bytes) };
	const text = decodeWindows1252(bytes);
	const before = bytes.subarray(0, bad);
	const line = before.filter((b) => b === 0x0a).length + 1;
	const lineStart = before.lastIndexOf(0x0a) + 1;
	const lineEnd = bytes.indexOf(0x0a, bad);
	// The word around the byte as Windows-1252 reads it (one byte, one character): what the
	// user will recognise in the file.
	const lineText = decodeWindows1252(bytes.subarray(lineStart, lineEnd < 0 ? bytes.length : lineEnd));
	const separator = /[\s,;"]/;
	let from = bad - lineStart;
	let to = from;
	while (from > 0 && !separator.test(lineText[from - 1] as string)) from--;
	while (to < lineText.length && !separator.test(lineText[to] as string)) to++;
	const word = Array.from(lineText.slice(from, to)).slice(0, 40).join('');
	const hex = `0x${(bytes[bad] as number).toString(16).toUpperCase().padStart(2, '0')}`;
	return {
		text,
		problem: {
			file: path,
			line,
			field: '(encodage)',
			message: `pas en UTF-8 : octet ${hex} illisible (« ${word} » en Windows-1252) — enregistrez en UTF-8 (Excel : « CSV UTF-8 »)`
		}
	};
}

/** Files under `dir` that the loader would skip because of their name. */
function skippedFiles(dir: string, label: string): Problem[] {
	const problems: Problem[] = [];
	const walk = (rel: string) => {
		for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
			if (entry.name.startsWith('.')) continue;
			const path = rel ? `${rel}/${entry.name}` : entry.name;
			if (entry.isDirectory()) {
				walk(path);
				continue;
			}
			const ext = extname(entry.name);
			const lower = ext.toLowerCase();
			const at = { file: `${label}/${path}`, line: 1, field: '(fichier)' };
			if (READ_EXTENSIONS.includes(lower) && ext !== lower)
				problems.push({ ...at, message: `extension « ${ext} » en majuscules : fichier ignoré — renommez-le « ${entry.name.slice(0, -ext.length)}${lower} »` });
			else if (rel === 'observations' && lower !== '.csv')
				problems.push({ ...at, message: `pas un fichier CSV : fichier ignoré — seuls les fichiers .csv sont lus dans ${label}/observations/` });
		}
	};
	if (existsSync(dir)) walk('');
	return problems;
}

/** `label` prefixes the paths shown in messages (`data/observations/sas.csv`). */
export function readDataDir(dir: string, label = 'data', problems: Problem[] = []): DataInput {
	const read = (rel: string): string => {
		const path = join(dir, rel);
		if (!existsSync(path)) return '';
		const { text, problem } = decodeDataFile(readFileSync(path), `${label}/${rel.split('\\').join('/')}`);
		if (problem) problems.push(problem);
		return text;
	};
	const file = (name: string): DataFile => ({ path: `${label}/${name}`, text: read(name) });
	const obsDir = join(dir, 'observations');
	const docDir = join(dir, 'documents');
	const csvIn = (d: string) => (existsSync(d) ? readdirSync(d).filter((f) => f.endsWith('.csv')).sort() : []);
	const documents: Record<string, string> = {};
	if (existsSync(docDir)) for (const f of readdirSync(docDir).filter((f) => f.endsWith('.txt'))) documents[f] = read(join('documents', f));
	problems.push(...skippedFiles(dir, label));
	return {
		sources: file('sources.csv'),
		indicators: file('indicators.csv'),
		targets: file('targets.csv'),
		sasPilots: file('sas_pilotes.csv'),
		sites: file('sites.csv'),
		observations: csvIn(obsDir).map((f) => file(join('observations', f))),
		// The follow-up files are optional: a directory without them has no measures page.
		...(existsSync(join(dir, 'mesures.csv')) && { measures: file('mesures.csv') }),
		...(existsSync(join(dir, 'jalons.csv')) && { milestones: file('jalons.csv') }),
		...(existsSync(join(dir, 'progres_declares.csv')) && { statedProgress: file('progres_declares.csv') }),
		...(existsSync(join(dir, 'groupes.csv')) && { groups: file('groupes.csv') }),
		documents
	};
}

export function loadDataDir(dir: string, ctx: ValidationContext, label = 'data'): ValidationResult {
	const fileProblems: Problem[] = [];
	const result = validateData(readDataDir(dir, label, fileProblems), ctx);
	return { ...result, problems: sortProblems([...fileProblems, ...result.problems]) };
}
