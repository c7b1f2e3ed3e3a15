/**
 * One cell of an imported table read as a figure: a number as French (and other) people
 * write it, a marker of missing data (typed, never 0), or text that is not a figure.
 * Also the dates a table may hold (`2023`, `06/2023`, `30/06/2023`, `juin 2023`).
 */
import type { MissingKind, Qualifier } from '../domain/types';
import { isPartialDate } from '../domain/partial-date';

export type CellValue =
	| { kind: 'number'; value: number; qualifier: Qualifier; percent: boolean }
	| { kind: 'missing'; missing: MissingKind }
	| { kind: 'text' };

/** Markers of missing data, folded (lower case, no spaces or dots), and what they mean. */
const MISSING_MARKERS: ReadonlyMap<string, MissingKind> = new Map([
	['', 'non_renseigne'],
	['s', 'secret'],
	['secret', 'secret'],
	['secretstatistique', 'secret'],
	['nd', 'non_renseigne'],
	['nc', 'non_renseigne'],
	['na', 'non_renseigne'],
	['nr', 'non_renseigne'],
	['ns', 'non_renseigne'],
	['nondisponible', 'non_renseigne'],
	['noncommunique', 'non_renseigne'],
	['nonrenseigne', 'non_renseigne'],
	['inconnu', 'non_renseigne'],
	['-', 'non_renseigne'],
	['--', 'non_renseigne'],
	['—', 'non_renseigne'],
	['–', 'non_renseigne'],
	['?', 'non_renseigne'],
	['so', 'sans_objet'],
	['sansobjet', 'sans_objet']
]);

/** The missing kind a cell marks (`s` → secret, `n.d.` → non renseigné, empty → non renseigné), or null. */
export function missingMarker(raw: string): MissingKind | null {
	const t = raw.trim();
	if (/^\d/.test(t)) return null; // fast path: figures start with a digit
	if (/^[.…]+$/.test(t)) return 'non_renseigne'; // `..`, `...`, `…`
	const folded = (/^[\x20-\x7e]*$/.test(t) ? t : t.normalize('NFD'))
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[\s.\/]/g, '');
	return MISSING_MARKERS.get(folded) ?? null;
}

const QUALIFIER_PREFIXES: readonly [RegExp, Qualifier][] = [
	[/^(?:<=|≤|au plus)\s*/i, 'at_most'],
	[/^(?:>=|≥|au moins)\s*/i, 'at_least'],
	[/^(?:<|moins de)\s*/i, 'less_than'],
	[/^(?:>|plus de)\s*/i, 'more_than'],
	[/^(?:~|≈|environ|env\.?|près de)\s*/i, 'about']
];

/** Spaces that people (and French number formatting) put between thousands. */
const GROUP_SPACES = /[\s\u00a0\u202f\u2009']/g;

/**
 * A number as written in a French (or other) table: `1 234,5`, `1234.5`, `1 234` with normal,
 * non-breaking or narrow non-breaking spaces, `12 %`, `12,5 €`, `−3`, `1.234.567` (thousands),
 * `1.234,5`, `1,234.5`; with `environ`, `<`, `>`… as a qualifier. Null when it is not one.
 */
export function parseNumber(raw: string): { value: number; qualifier: Qualifier; percent: boolean } | null {
	let t = raw.trim();
	let qualifier: Qualifier = 'exact';
	for (const [re, q] of QUALIFIER_PREFIXES)
		if (re.test(t)) {
			t = t.replace(re, '');
			qualifier = q;
			break;
		}
	let percent = false;
	const unit = /\s*(%|€|k€|m€|md€|eur|euros?)$/i.exec(t);
	if (unit) {
		percent = unit[1] === '%';
		t = t.slice(0, unit.index);
	}
	t = t.replace(/^[−–]/, '-').replace(/^\+/, '');
	const negative = t.startsWith('-');
	if (negative) t = t.slice(1);
	t = t.replace(GROUP_SPACES, '');
	let normalised: string | null = null;
	if (/^\d+$/.test(t)) normalised = t;
	else if (/^\d+,\d+$/.test(t)) normalised = t.replace(',', '.'); // 1234,5 (French)
	else if (/^\d+\.\d+$/.test(t)) normalised = /^\d{1,3}(\.\d{3}){2,}$/.test(t) ? t.replace(/\./g, '') : t; // 1234.5
	else if (/^\d{1,3}(\.\d{3})+$/.test(t)) normalised = t.replace(/\./g, ''); // 1.234.567
	else if (/^\d{1,3}(\.\d{3})+,\d+$/.test(t)) normalised = t.replace(/\./g, '').replace(',', '.'); // 1.234,5
	else if (/^\d{1,3}(,\d{3})+\.\d+$/.test(t)) normalised = t.replace(/,/g, ''); // 1,234.5
	else if (/^\d*[.,]\d+$/.test(t)) normalised = `0${t.replace(',', '.')}`; // ,5
	else if (/^\d+(\.\d+)?e[+-]?\d+$/i.test(t)) normalised = t; // 1.5E+06 (spreadsheet export)
	if (normalised === null) return null;
	const value = Number(normalised) * (negative ? -1 : 1);
	if (!Number.isFinite(value)) return null;
	return { value: value === 0 ? 0 : value, qualifier, percent };
}

/** A cell as a figure: number, typed missing data, or other text. */
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/;

export function readCell(raw: string): CellValue {
	// Fast path for the common case (a plain number): tables of 60 000 rows read quickly.
	if (PLAIN_NUMBER.test(raw) && !/^\d{1,3}\.\d{3}$/.test(raw) && !/^-?0\d/.test(raw))
		return { kind: 'number', value: Number(raw.replace(',', '.')) || 0, qualifier: 'exact', percent: false };
	const missing = missingMarker(raw);
	if (missing) return { kind: 'missing', missing };
	const n = parseNumber(raw);
	return n ? { kind: 'number', ...n } : { kind: 'text' };
}

const MONTHS: Record<string, number> = {
	janvier: 1, janv: 1, jan: 1, fevrier: 2, fevr: 2, fev: 2, mars: 3, mar: 3, avril: 4, avr: 4, mai: 5, juin: 6, juillet: 7, juil: 7,
	aout: 8, septembre: 9, sept: 9, sep: 9, octobre: 10, oct: 10, novembre: 11, nov: 11, decembre: 12, dec: 12
};

const pad = (n: number) => String(n).padStart(2, '0');
const checked = (d: string) => (isPartialDate(d) ? d : null);

/** Serial day number of a spreadsheet date (1900 system) → `YYYY-MM-DD`. */
export function serialToDate(serial: number): string | null {
	if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
	const ms = Math.round((Math.floor(serial) - 25569) * 86400000);
	const d = new Date(ms);
	return checked(`${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`);
}

/**
 * A date as tables write it, as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: `2023`, `2023-06`,
 * `2023-06-30`, `30/06/2023`, `06/2023`, `juin 2023`, `31 décembre 2023`. Null otherwise.
 */
export function parseDate(raw: string): string | null {
	if (/^\d{4}$/.test(raw)) return Number(raw) >= 1900 && Number(raw) <= 2100 ? raw : null;
	const t = raw.trim().toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/^(au|le|en|fin|annee)\s+/, '');
	let m: RegExpExecArray | null;
	if ((m = /^(\d{4})$/.exec(t))) return Number(m[1]) >= 1900 && Number(m[1]) <= 2100 ? m[1]! : null;
	if ((m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[t ][\d:.]+z?)?$/.exec(t))) return checked(`${m[1]}-${pad(+m[2]!)}${m[3] ? `-${pad(+m[3])}` : ''}`);
	if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t))) return checked(`${m[3]}-${pad(+m[2]!)}-${pad(+m[1]!)}`);
	if ((m = /^(\d{1,2})[/.-](\d{4})$/.exec(t))) return checked(`${m[2]}-${pad(+m[1]!)}`);
	if ((m = /^(?:(\d{1,2})(?:er)?\s+)?([a-z]+)\.?\s+(\d{4})$/.exec(t))) {
		const month = MONTHS[m[2]!];
		if (!month) return null;
		return checked(`${m[3]}-${pad(month)}${m[1] ? `-${pad(+m[1])}` : ''}`);
	}
	return null;
}

/** The first date found inside a longer text (a title « CPTS au 31/12/2023 », a file name « cpts_2024.csv »). */
export function findDate(text: string): string | null {
	const candidates = text.match(/\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{4}-\d{2}(?:-\d{2})?|(?:\d{1,2}(?:er)?\s+)?[A-Za-zéûÉ]+\.?\s+\d{4}|\d{1,2}\/\d{4}/g) ?? [];
	for (const c of candidates) {
		const d = parseDate(c);
		if (d) return d;
	}
	// A year alone (« cpts 2024 ») when nothing more precise is written.
	for (const y of text.match(/(?<!\d)(?:19|20)\d{2}(?!\d)/g) ?? []) if (parseDate(y)) return y;
	return null;
}
