/**
 * Territory names as people type them — any case, with or without accents, hyphens,
 * apostrophes, « Saint »/« St », a leading article or « ARS » — matched to INSEE codes. A name
 * that fits several territories is flagged, never guessed; a near miss (« Cote dOr ») is not
 * matched but suggested. The territory list is `src/lib/territories`; only spellings live here.
 */
import { territoriesOf, type TerritoryLevel } from '../territories';

export interface Candidate {
	code: string;
	name: string;
}

export type NameMatch =
	| { kind: 'match'; code: string }
	| { kind: 'ambiguous'; candidates: Candidate[]; why: string }
	| { kind: 'unknown'; suggestions: Candidate[]; why?: string };

/** Lower case, accents, punctuation and leading articles removed, « st » spelt out. */
export function foldName(raw: string): string {
	return raw
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/œ/g, 'oe')
		.replace(/[’'‘`´]/g, ' ')
		.replace(/[^a-z0-9]+/g, ' ')
		.replace(/\bste\b/g, 'sainte')
		.replace(/\bst\b/g, 'saint')
		.trim()
		.replace(/^(?:ars|agence regionale de sante|dt ars|delegation departementale|region|departement|dep|dept|dpt|collectivite de|collectivite territoriale de)\s+/, '')
		.replace(/^(?:de la|de l|du|des|de)\s+/, '')
		.replace(/^(?:la|le|les|l)\s+/, '')
		.replace(/\s+/g, ' ');
}

/** Other names of a territory, accepted as it: abbreviations and the names people still use. */
const ALIASES: Record<TerritoryLevel, Record<string, string>> = {
	region: {
		idf: '11',
		centre: '24',
		bfc: '27',
		hdf: '32',
		aura: '84',
		paca: '93',
		sud: '93',
		'region sud': '93',
		'provence alpes cote azur': '93',
		'guyane francaise': '03',
		'ile de la reunion': '04'
	},
	departement: {
		'guyane francaise': '973',
		belfort: '90',
		'ile de la reunion': '974',
		'ville de paris': '75'
	}
};

/** Names that cover several territories of the level: listed, the user chooses. */
const AMBIGUOUS: Record<TerritoryLevel, Record<string, { codes: string[]; why: string }>> = {
	region: {},
	departement: {
		corse: { codes: ['2A', '2B'], why: 'la Corse compte deux départements' },
		alsace: { codes: ['67', '68'], why: 'l’Alsace compte deux départements' },
		savoies: { codes: ['73', '74'], why: 'deux départements' },
		seine: { codes: ['75', '76', '77', '92', '93'], why: 'plusieurs départements portent ce nom' }
	}
};

/** Régions before 2016: not matched (the territory changed), the new région suggested. */
const FORMER_REGIONS: Record<string, string> = {
	alsace: '44',
	lorraine: '44',
	'champagne ardenne': '44',
	aquitaine: '75',
	limousin: '75',
	'poitou charentes': '75',
	auvergne: '84',
	'rhone alpes': '84',
	bourgogne: '27',
	'franche comte': '27',
	'basse normandie': '28',
	'haute normandie': '28',
	'languedoc roussillon': '76',
	'midi pyrenees': '76',
	'nord pas de calais': '32',
	picardie: '32',
	'nord pas de calais picardie': '32',
	'alsace champagne ardenne lorraine': '44',
	'aquitaine limousin poitou charentes': '75',
	'languedoc roussillon midi pyrenees': '76'
};

interface LevelIndex {
	byName: Map<string, string>;
	names: Map<string, string>;
	folded: { code: string; folded: string; compact: string }[];
}

const indexes = new Map<TerritoryLevel, LevelIndex>();

function indexOf(level: TerritoryLevel): LevelIndex {
	let idx = indexes.get(level);
	if (idx) return idx;
	const byName = new Map<string, string>();
	const names = new Map<string, string>();
	const folded: LevelIndex['folded'] = [];
	for (const t of territoriesOf(level)) {
		const f = foldName(t.nom);
		byName.set(f, t.code);
		names.set(t.code, t.nom);
		folded.push({ code: t.code, folded: f, compact: f.replace(/ /g, '') });
	}
	for (const [alias, code] of Object.entries(ALIASES[level])) byName.set(alias, code);
	idx = { byName, names, folded };
	indexes.set(level, idx);
	return idx;
}

export function territoryName(level: TerritoryLevel, code: string): string {
	return indexOf(level).names.get(code) ?? code;
}

const candidate = (level: TerritoryLevel, code: string): Candidate => ({ code, name: territoryName(level, code) });

/** Edit distance (insertions, deletions, substitutions, adjacent swaps). */
export function editDistance(a: string, b: string): number {
	const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
	for (let j = 1; j <= b.length; j++) d[0]![j] = j;
	for (let i = 1; i <= a.length; i++)
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
			d[i]![j] = v;
		}
	return d[a.length]![b.length]!;
}

/** Closest names (at most 3), for a name that matched nothing: « Cote dOr » → Côte-d'Or. */
export function suggestNames(level: TerritoryLevel, raw: string): Candidate[] {
	const f = foldName(raw);
	if (f.length < 3) return [];
	const compact = f.replace(/ /g, '');
	const scored = indexOf(level).folded.map((t) => {
		const dist = t.compact === compact ? 0 : Math.min(editDistance(f, t.folded), editDistance(compact, t.compact));
		const contains = t.folded.length >= 4 && (f.split(' ').includes(t.folded) || t.folded.startsWith(`${f} `));
		return { code: t.code, score: contains ? Math.min(dist, 1) : dist };
	});
	const limit = Math.max(1, Math.floor(compact.length / 4));
	const kept = scored.filter((s) => s.score <= limit).sort((a, b) => a.score - b.score);
	const best = kept[0]?.score;
	return kept.filter((s) => s.score <= (best ?? 0) + 1).slice(0, 3).map((s) => candidate(level, s.code));
}

/** The territory a name designates at a level, or why not. */
export function matchName(level: TerritoryLevel, raw: string): NameMatch {
	const f = foldName(raw);
	const idx = indexOf(level);
	const amb = AMBIGUOUS[level][f];
	if (amb) return { kind: 'ambiguous', candidates: amb.codes.map((c) => candidate(level, c)), why: amb.why };
	const code = idx.byName.get(f);
	if (code) return { kind: 'match', code };
	if (level === 'region' && FORMER_REGIONS[f])
		return { kind: 'unknown', suggestions: [candidate(level, FORMER_REGIONS[f]!)], why: 'ancienne région (avant 2016)' };
	return { kind: 'unknown', suggestions: suggestNames(level, raw) };
}

/** True when the name designates a territory of the level (for detection: no suggestion work). */
export function isKnownName(level: TerritoryLevel, raw: string): boolean {
	return indexOf(level).byName.has(foldName(raw));
}
