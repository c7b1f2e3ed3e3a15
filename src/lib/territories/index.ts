// Régions et départements (France métropolitaine + 5 DROM), d'après territoires.json,
// généré par geo/build.mjs depuis @etalab/decoupage-administratif. Pur, sans DOM.

import data from './territoires.json' with { type: 'json' };

export interface Region {
	/** Code INSEE de la région : `11`…`94`, `01`…`06` (DROM). */
	code: string;
	nom: string;
	population: number;
	/** Millésime de la population (le plus ancien de ses départements : 2017 pour Mayotte). */
	populationYear: number;
}

export interface Departement {
	/** Code INSEE du département : `01`…`19`, `2A`, `2B`, `21`…`95`, `971`…`974`, `976`. */
	code: string;
	nom: string;
	/** Code INSEE de sa région. */
	region: string;
	population: number;
	populationYear: number;
}

export interface TerritoiresData {
	source: string;
	cog: number;
	populationConcept: string;
	populationYear: number;
	populationYearStatus: string;
	notes: string[];
	regions: Region[];
	departements: Departement[];
}

const territoires: TerritoiresData = data;

/** Source, millésime du COG et des populations (voir aussi static/geo/manifest.json). */
export const millesime = {
	source: territoires.source,
	cog: territoires.cog,
	populationConcept: territoires.populationConcept,
	populationYear: territoires.populationYear,
	populationYearStatus: territoires.populationYearStatus,
	notes: territoires.notes
} as const;

/** Les 18 régions, dans l'ordre des codes INSEE (`01`…`06`, `11`…`94`). */
export const regions: readonly Region[] = Object.freeze(territoires.regions.map((r) => Object.freeze({ ...r })));
/** Les 101 départements, dans l'ordre INSEE (`01`…`19`, `2A`, `2B`, `21`…`95`, `971`…`976`). */
export const departements: readonly Departement[] = Object.freeze(
	territoires.departements.map((d) => Object.freeze({ ...d }))
);

const regionByCode = new Map(regions.map((r) => [r.code, r]));
const departementByCode = new Map(departements.map((d) => [d.code, d]));

export const DROM_CODES: readonly string[] = Object.freeze(['971', '972', '973', '974', '976']);

export function isRegionCode(code: string): boolean {
	return regionByCode.has(code);
}

export function isDepartementCode(code: string): boolean {
	return departementByCode.has(code);
}

/** Région par code INSEE exact (`84`, `01`), ou `undefined`. */
export function getRegion(code: string): Region | undefined {
	return regionByCode.get(code);
}

/** Département par code INSEE exact (`01`, `2A`, `971`), ou `undefined`. */
export function getDepartement(code: string): Departement | undefined {
	return departementByCode.get(code);
}

/** Comme getRegion, mais normalise le code d'abord et lève une Error en français s'il est inconnu. */
export function requireRegion(input: string): Region {
	const r = regionByCode.get(normaliseRegionCode(input));
	if (!r) throw new Error(`Code de région inconnu : « ${input} »`);
	return r;
}

/** Comme getDepartement, mais normalise le code d'abord et lève une Error en français s'il est inconnu. */
export function requireDepartement(input: string): Departement {
	const d = departementByCode.get(normaliseDepartementCode(input));
	if (!d) throw new Error(`Code de département inconnu : « ${input} »`);
	return d;
}

/** Départements d'une région (code exact), dans l'ordre INSEE. */
export function departementsOfRegion(regionCode: string): Departement[] {
	return departements.filter((d) => d.region === regionCode);
}

/** Région d'un département (code exact), ou `undefined`. */
export function regionOfDepartement(departementCode: string): Region | undefined {
	const d = departementByCode.get(departementCode);
	return d ? regionByCode.get(d.region) : undefined;
}

export function isDrom(departementCode: string): boolean {
	return DROM_CODES.includes(departementCode);
}

// ---------------------------------------------------------------------------------------------
// Normalisation des codes saisis
// ---------------------------------------------------------------------------------------------

export type CodeResult = { ok: true; code: string } | { ok: false; error: string };

/**
 * Lit un code de département écrit à la main, sans lever d'erreur.
 *
 * Règles : espaces de début et de fin ignorés ; casse ignorée (`2a` → `2A`) ; un chiffre seul
 * est complété (`1` → `01`) ; pour la Corse, `2 A` et `2-A` sont acceptés (→ `2A`) ; tout autre
 * espace intérieur est refusé. `20` est refusé : la Corse est divisée en 2A et 2B depuis 1976.
 * Les collectivités d'outre-mer (975, 977, 978, 98x) sont hors du champ (101 départements).
 */
export function parseDepartementCode(input: string): CodeResult {
	if (typeof input !== 'string') return { ok: false, error: `Code de département inconnu : « ${String(input)} »` };
	let s = input.trim().toUpperCase();
	if (s === '') return { ok: false, error: 'Code de département vide' };
	const corse = /^2[\s-]*([AB])$/.exec(s);
	if (corse) s = `2${corse[1]}`;
	if (/^\d$/.test(s)) s = `0${s}`;
	if (s === '20') {
		return {
			ok: false,
			error: `Code de département ambigu : « ${input} » — la Corse est divisée en 2A (Corse-du-Sud) et 2B (Haute-Corse)`
		};
	}
	if (departementByCode.has(s)) return { ok: true, code: s };
	if (/^(975|977|978|98\d)$/.test(s)) {
		return {
			ok: false,
			error: `Code de département inconnu : « ${input} » (collectivité d'outre-mer, hors des 101 départements)`
		};
	}
	return { ok: false, error: `Code de département inconnu : « ${input} »` };
}

/** Normalise un code de département (`"2a"` → `2A`, `"1"` → `01`, `" 971 "` → `971`) ou lève une Error. */
export function normaliseDepartementCode(input: string): string {
	const r = parseDepartementCode(input);
	if (!r.ok) throw new Error(r.error);
	return r.code;
}

/**
 * Lit un code de région écrit à la main, sans lever d'erreur : espaces de début et de fin
 * ignorés, un chiffre seul complété (`4` → `04`). Les codes des anciennes régions (avant 2016,
 * p. ex. `82` Rhône-Alpes) sont refusés.
 */
export function parseRegionCode(input: string): CodeResult {
	if (typeof input !== 'string') return { ok: false, error: `Code de région inconnu : « ${String(input)} »` };
	let s = input.trim();
	if (s === '') return { ok: false, error: 'Code de région vide' };
	if (/^\d$/.test(s)) s = `0${s}`;
	if (regionByCode.has(s)) return { ok: true, code: s };
	return { ok: false, error: `Code de région inconnu : « ${input} »` };
}

/** Normalise un code de région (`"4"` → `04`, `" 84 "` → `84`) ou lève une Error. */
export function normaliseRegionCode(input: string): string {
	const r = parseRegionCode(input);
	if (!r.ok) throw new Error(r.error);
	return r.code;
}

// ── Par niveau de carte : une seule table de correspondance niveau → territoires ──────────

/** Niveau d'une carte : région ou département. */
export type TerritoryLevel = 'region' | 'departement';
export type Territory = Region | Departement;

const byLevel = {
	region: { list: regions as readonly Territory[], byCode: regionByCode as ReadonlyMap<string, Territory>, parse: parseRegionCode },
	departement: { list: departements as readonly Territory[], byCode: departementByCode as ReadonlyMap<string, Territory>, parse: parseDepartementCode }
} as const;
const namesByLevel = {
	region: new Map(regions.map((r) => [r.code, r.nom])),
	departement: new Map(departements.map((d) => [d.code, d.nom]))
};
const codesByLevel = { region: new Set(regions.map((r) => r.code)), departement: new Set(departements.map((d) => d.code)) };

/** Les territoires d'un niveau, dans l'ordre INSEE. */
export function territoriesOf(level: TerritoryLevel): readonly Territory[] {
	return byLevel[level].list;
}

export function territoryOf(level: TerritoryLevel, code: string): Territory | undefined {
	return byLevel[level].byCode.get(code);
}

/** Code → nom des territoires d'un niveau. */
export function namesOf(level: TerritoryLevel): ReadonlyMap<string, string> {
	return namesByLevel[level];
}

/** Les codes d'un niveau. */
export function codesOf(level: TerritoryLevel): ReadonlySet<string> {
	return codesByLevel[level];
}

/** Lit un code écrit à la main au niveau donné (voir {@link parseRegionCode}, {@link parseDepartementCode}). */
export function parseCodeAt(level: TerritoryLevel, input: string): CodeResult {
	return byLevel[level].parse(input);
}
