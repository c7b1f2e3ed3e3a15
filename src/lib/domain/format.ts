/**
 * French display formatting.
 *
 * Space characters (decided once, used everywhere):
 * - digit groups: U+202F NARROW NO-BREAK SPACE, exactly what `Intl.NumberFormat('fr-FR')`
 *   emits (`1 234 567,8`). We keep it in the UI rather than rewriting Intl output.
 * - between a number and its unit or `%`: U+00A0 NO-BREAK SPACE (what Intl emits before `%`
 *   in fr-FR), so `24 %` or `12 M€` never wraps.
 * - words of a qualifier (`plus de`, `au moins`, `à`): ordinary spaces.
 * Tests and text searches can use {@link normaliseSpaces} to compare with plain spaces.
 */
import { parseDateSpan, parsePartialDate, type Season } from './partial-date';
import type { MissingKind, Qualifier } from './types';

export const NARROW_NBSP = '\u202F';
export const NBSP = '\u00A0';
/** Shown for a non-finite number (a programming slip, not a "missing" data kind). */
export const NOT_A_NUMBER = '—';

/** Replace U+00A0 and U+202F by ordinary spaces (for tests, search, plain-text export). */
export function normaliseSpaces(text: string): string {
	return text.replace(/[\u00A0\u202F]/g, ' ');
}

export interface NumberFormatOptions {
	/** Default 2. */
	maxFractionDigits?: number;
	/** Default 0. */
	minFractionDigits?: number;
}

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormatter(min: number, max: number): Intl.NumberFormat {
	const key = `${min}:${max}`;
	let f = formatters.get(key);
	if (!f) {
		f = new Intl.NumberFormat('fr-FR', {
			minimumFractionDigits: min,
			maximumFractionDigits: max
		});
		formatters.set(key, f);
	}
	return f;
}

/** `1234567.8` → `1 234 567,8` (U+202F groups, decimal comma). */
export function formatNumber(value: number, options: NumberFormatOptions = {}): string {
	if (!Number.isFinite(value)) return NOT_A_NUMBER;
	const max = Math.min(20, Math.max(0, Math.trunc(options.maxFractionDigits ?? 2)));
	const min = Math.min(max, Math.max(0, Math.trunc(options.minFractionDigits ?? 0)));
	const text = numberFormatter(min, max).format(value);
	// Intl writes "-0" for -0 and for small negatives rounded to zero; a sign on zero misleads.
	return /^[-\u2212][0,]*$/.test(text) ? text.slice(1) : text;
}

/** `24` → `24 %`. The value is already a percentage (0–100), not a ratio. Default 1 decimal. */
export function formatPercent(value: number, options: NumberFormatOptions = {}): string {
	if (!Number.isFinite(value)) return NOT_A_NUMBER;
	return `${formatNumber(value, { maxFractionDigits: 1, ...options })}${NBSP}%`;
}

export type AmountUnit = 'M€' | 'Md€';

export interface AmountFormatOptions extends NumberFormatOptions {
	/**
	 * Rewrite ≥ 1 000 M€ as Md€ (`2500, 'M€'` → `2,5 Md€`). Off by default: a legend or
	 * a table column must keep one unit for all its values.
	 */
	autoScale?: boolean;
}

/** `12.5, 'M€'` → `12,5 M€`; `19, 'Md€'` → `19 Md€`. */
export function formatAmount(
	value: number,
	unit: AmountUnit,
	options: AmountFormatOptions = {}
): string {
	if (!Number.isFinite(value)) return NOT_A_NUMBER;
	let v = value;
	let u: AmountUnit = unit;
	if (options.autoScale && u === 'M€' && Math.abs(v) >= 1000) {
		v = v / 1000;
		u = 'Md€';
	}
	return `${formatNumber(v, options)}${NBSP}${u}`;
}

/**
 * A number followed by its display unit from indicators.csv: `%` and `M€`/`Md€` get their
 * dedicated formatting, any other unit (`lits`, `CPTS`) is appended after a no-break space,
 * an empty unit gives the bare number. Units are not pluralised: data units are plural words.
 */
export function formatWithUnit(
	value: number,
	unit?: string | null,
	options: NumberFormatOptions = {}
): string {
	if (!Number.isFinite(value)) return NOT_A_NUMBER;
	const u = unit?.trim() ?? '';
	if (u === '%') return formatPercent(value, options);
	if (u === 'M€' || u === 'Md€') return formatAmount(value, u, options);
	const n = formatNumber(value, options);
	return u === '' ? n : `${n}${NBSP}${u}`;
}

/** The words of an approximate figure, before the number: « environ », « plus de »… */
export const QUALIFIER_WORDS: Record<Exclude<Qualifier, 'exact' | 'range'>, string> = {
	about: 'environ',
	at_least: 'au moins',
	more_than: 'plus de',
	at_most: 'au plus',
	less_than: 'moins de'
};

/**
 * A figure with the approximation the source used: `about` → `environ 1 600 lits`,
 * `range` → `500 à 600 hôpitaux` (unit written once, after the upper bound).
 * A `range` without a finite `valueMax` degrades to the bare value rather than inventing one.
 */
export function formatQualified(
	value: number,
	qualifier: Qualifier,
	unit?: string | null,
	valueMax?: number | null,
	options: NumberFormatOptions = {}
): string {
	if (qualifier === 'range') {
		if (valueMax == null || !Number.isFinite(valueMax)) return formatWithUnit(value, unit, options);
		const low = unit?.trim() === '%' ? formatNumber(value, { maxFractionDigits: 1, ...options }) : formatNumber(value, options);
		return `${low} à ${formatWithUnit(valueMax, unit, options)}`;
	}
	const body = formatWithUnit(value, unit, options);
	return qualifier === 'exact' ? body : `${QUALIFIER_WORDS[qualifier]} ${body}`;
}

const MONTHS = [
	'janvier',
	'février',
	'mars',
	'avril',
	'mai',
	'juin',
	'juillet',
	'août',
	'septembre',
	'octobre',
	'novembre',
	'décembre'
] as const;

const ORDINAL = (n: number) => (n === 1 ? '1er' : `${n}e`);
const SEASON_WORDS: Record<Season, string> = { printemps: 'printemps', ete: 'été', automne: 'automne', hiver: 'hiver' };

/**
 * `2021` → `2021`, `2021-12` → `décembre 2021`, `2021-12-14` → `14 décembre 2021`,
 * `2021-12-01` → `1er décembre 2021`, `2021-S2` → `2e semestre 2021`, `2022-T1` →
 * `1er trimestre 2022`, `2021-ete` → `été 2021`, `2020-hiver` → `hiver 2020-2021`. Month
 * names are built in (not Intl) so the output does not depend on the ICU data of the
 * browser. Anything that is not a real partial date is returned unchanged, so a bad value
 * stays visible instead of crashing a page.
 */
export function formatDate(text: string): string {
	const date = parsePartialDate(text);
	if (!date) return text;
	switch (date.precision) {
		case 'year':
			return String(date.year);
		case 'semester':
			return `${ORDINAL(date.semester ?? 1)} semestre ${date.year}`;
		case 'quarter':
			return `${ORDINAL(date.quarter ?? 1)} trimestre ${date.year}`;
		case 'season':
			return date.season === 'hiver' ? `hiver ${date.year}-${date.year + 1}` : `${SEASON_WORDS[date.season ?? 'printemps']} ${date.year}`;
		case 'month':
			return `${MONTHS[(date.month ?? 1) - 1] ?? ''} ${date.year}`;
		case 'day':
			return `${date.day === 1 ? '1er' : String(date.day)} ${MONTHS[(date.month ?? 1) - 1] ?? ''} ${date.year}`;
	}
}

/**
 * A date after « état » or « situation »: « au 14 décembre 2021 », « en septembre 2021 »,
 * « en 2021 », « au 2e semestre 2021 », « à l’été 2021 », « au printemps 2021 ».
 */
export function formatDateAt(text: string): string {
	const date = parsePartialDate(text);
	if (!date) return text;
	const words = formatDate(text);
	if (date.precision === 'day' || date.precision === 'semester' || date.precision === 'quarter') return `au ${words}`;
	if (date.precision === 'season') return date.season === 'printemps' ? `au ${words}` : `à l’${words}`;
	return `en ${words}`;
}

/** A date or a span (data/FORMAT.md): `2021/2022` → « 2021 – 2022 », `../2021-07-20` → « au plus tard le 20 juillet 2021 ». */
export function formatDateSpan(text: string): string {
	const span = parseDateSpan(text);
	if (!span) return text;
	const [a, b] = text.split('/');
	if (span.single) return formatDate(text);
	if (!span.from) return `au plus tard ${span.to.precision === 'day' ? 'le ' : 'en '}${formatDate(b ?? '')}`;
	return `${formatDate(a ?? '')} – ${formatDate(b ?? '')}`;
}
