/**
 * The territory cell of an imported row: an INSEE code as people write it (`1`, `01`, `2a`,
 * ` 971 `, `01 - Ain`, `Ain (01)`), a name, a commune code, or a total row (`France`,
 * `Total`…). Codes are read by `src/lib/territories` (one code table); the level of a whole
 * column (région or département codes overlap: `84` is both) is decided from all its values.
 */
import { parseCodeAt, parseDepartementCode, parseRegionCode, type TerritoryLevel } from '../territories';
import { foldName, isKnownName, matchName, type Candidate } from './names';

export type TerritoryMode = 'code' | 'name' | 'commune';

export type ResolvedTerritory =
	| { kind: 'territory'; code: string }
	| { kind: 'total'; label: string; national: boolean }
	| { kind: 'commune'; commune: string }
	| { kind: 'unmatched'; reason: string; suggestions: Candidate[]; ambiguous: boolean }
	| { kind: 'empty' };

/** Rows that hold a total, kept as a reference (national when they cover all of France). */
const TOTALS: ReadonlyMap<string, boolean> = new Map([
	['france', true],
	['france entiere', true],
	['total', true],
	['total general', true],
	['total france', true],
	['ensemble', true],
	['fr', true],
	['france metropolitaine et drom', true],
	['france metropolitaine et outre mer', true],
	['france metropolitaine', false],
	['metropole', false],
	['france hors mayotte', false],
	['drom', false],
	['outre mer', false],
	['total metropole', false],
	['total drom', false]
]);

export function totalRow(raw: string): { label: string; national: boolean } | null {
	if (!/[a-z]{2}/i.test(raw)) return null; // fast path: codes and numbers are never totals
	const national = TOTALS.get(foldName(raw));
	return national === undefined ? null : { label: raw.trim(), national };
}

/** `01 - Ain`, `01 Ain`, `Ain (01)` → code and name; null for a plain value. */
export function splitCodeAndName(raw: string): { code: string; name: string } | null {
	const t = raw.trim();
	const lead = /^(\d{1,3}|2\s?[abAB])\s*(?:[-–—:|]\s*|\s+)(\p{L}.*)$/u.exec(t);
	if (lead) return { code: lead[1]!, name: lead[2]! };
	const trail = /^(\p{L}.*?)\s*[([]\s*(\d{1,3}|2[abAB])\s*[)\]]$/u.exec(t);
	if (trail) return { code: trail[2]!, name: trail[1]! };
	return null;
}

/** A commune code (`01001`, `2A004`, `97101`; `1001` as Excel writes `01001`), or null. */
export function communeCode(raw: string): string | null {
	const t = raw.trim().toUpperCase();
	if (/^\d{4}$/.test(t)) return `0${t}`;
	if (/^\d{5}$/.test(t) || /^2[AB]\d{3}$/.test(t)) return t;
	return null;
}

const unmatched = (reason: string, suggestions: Candidate[] = [], ambiguous = false): ResolvedTerritory => ({ kind: 'unmatched', reason, suggestions, ambiguous });

function byName(level: TerritoryLevel, raw: string): ResolvedTerritory {
	const m = matchName(level, raw);
	if (m.kind === 'match') return { kind: 'territory', code: m.code };
	if (m.kind === 'ambiguous') return unmatched(`nom ambigu : ${m.why}`, m.candidates, true);
	return unmatched(m.why ?? 'nom non reconnu', m.suggestions);
}

function byCode(level: TerritoryLevel, raw: string): ResolvedTerritory {
	const r = parseCodeAt(level, raw.replace(/\.0+$/, ''));
	if (r.ok) return { kind: 'territory', code: r.code };
	const both = splitCodeAndName(raw);
	if (both) {
		const c = parseCodeAt(level, both.code);
		const n = matchName(level, both.name);
		if (c.ok && (n.kind !== 'match' || n.code === c.code)) return { kind: 'territory', code: c.code };
		if (c.ok && n.kind === 'match') return unmatched(`le code ${c.code} et le nom « ${both.name} » désignent deux territoires différents`);
	}
	if (/\p{L}{3,}/u.test(raw)) return byName(level, raw);
	return unmatched(r.error.replace(/^Code de (département|région)/, (_, w) => `code de ${w}`));
}

/** The territory of one cell, in the mode and at the level chosen for its column. */
export function resolveTerritory(raw: string, mode: TerritoryMode, level: TerritoryLevel): ResolvedTerritory {
	const t = raw.trim();
	if (!t) return { kind: 'empty' };
	if (mode === 'commune' && /^\d{4,5}$|^2[AB]\d{3}$/i.test(t)) return { kind: 'commune', commune: communeCode(t)! };
	const total = /^\d+$/.test(t) ? null : totalRow(t);
	if (total) return { kind: 'total', ...total };
	if (mode === 'commune') {
		const c = communeCode(t);
		return c ? { kind: 'commune', commune: c } : unmatched('pas un code commune INSEE (5 caractères, p. ex. 01001 ou 2A004)');
	}
	return mode === 'code' ? byCode(level, t) : byName(level, t);
}

export interface TerritoryGuess {
	mode: TerritoryMode;
	level: TerritoryLevel;
	/** Share of the column's non-empty, non-total cells read as territories in that mode. */
	score: number;
}

const REGION_HINT = /r[ée]g(ion)?\b|^reg|\bars\b/i;
const DEPARTEMENT_HINT = /d[ée]p(artement)?\b|^dep|^dpt/i;
const TERRITORY_HINT = /code|insee|territoire|libell|nom|r[ée]gion|d[ée]partement|^reg|^dep|commune|zone|ars/i;
const VALUE_HINT = /nombre|^nb|total|valeur|effectif|taux|part|montant|%|€|population|somme/i;

/** The header's hint about the level, if it gives one. */
export function levelHint(header: string): TerritoryLevel | null {
	if (DEPARTEMENT_HINT.test(header)) return 'departement';
	if (REGION_HINT.test(header)) return 'region';
	return null;
}

/**
 * How a column designates territories, or null when it does not. The level comes from the
 * whole column: région codes are also département codes (`84` Vaucluse), so a column of
 * codes is read as régions only when every code is a région code (and the header does not
 * say « département »); names pick the level where more of them are known.
 */
export function guessTerritoryColumn(values: readonly string[], header: string): (TerritoryGuess & { weight: number }) | null {
	let n = 0;
	const count = { dep: 0, reg: 0, depName: 0, regName: 0, commune: 0 };
	const distinct = new Set<string>();
	const seen = new Map<string, (keyof typeof count)[]>();
	for (const raw of values) {
		const v = raw.trim();
		if (!v) continue;
		const known = seen.get(v);
		if (known) {
			n++;
			for (const k of known) count[k]++;
			continue;
		}
		if (totalRow(v)) continue;
		n++;
		distinct.add(v);
		const code = splitCodeAndName(v)?.code ?? v.replace(/\.0+$/, '');
		const hits: (keyof typeof count)[] = [];
		if (parseDepartementCode(code).ok) hits.push('dep');
		if (parseRegionCode(code).ok) hits.push('reg');
		if (/\p{L}/u.test(v) && isKnownName('departement', v)) hits.push('depName');
		if (/\p{L}/u.test(v) && isKnownName('region', v)) hits.push('regName');
		if (communeCode(v) && !/^\d{1,3}$/.test(v)) hits.push('commune');
		for (const k of hits) count[k]++;
		seen.set(v, hits);
	}
	if (n === 0) return null;
	const hint = levelHint(header);
	const codes = Math.max(count.dep, count.reg) / n;
	const names = Math.max(count.depName, count.regName) / n;
	const communes = count.commune / n;
	const bonus = TERRITORY_HINT.test(header) ? 0.3 : VALUE_HINT.test(header) ? -0.3 : 0;
	let guess: TerritoryGuess;
	if (communes >= 0.5 && communes >= codes && !/postal|^cp\b/i.test(header)) guess = { mode: 'commune', level: 'departement', score: communes };
	else if (codes >= names && codes > 0) {
		const allRegion = count.reg === n;
		const level: TerritoryLevel = allRegion && hint !== 'departement' && (hint === 'region' || distinct.size <= 18) ? 'region' : 'departement';
		guess = { mode: 'code', level, score: (level === 'region' ? count.reg : count.dep) / n };
	} else if (names > 0) {
		const level: TerritoryLevel =
			count.regName > count.depName ? 'region' : count.depName > count.regName ? 'departement' : (hint ?? 'departement');
		guess = { mode: 'name', level, score: (level === 'region' ? count.regName : count.depName) / n };
	} else return null;
	return { ...guess, weight: guess.score + bonus };
}
