/**
 * Commune codes in an imported file: checked against the official list (a slim table built
 * from `@etalab/decoupage-administratif`, fetched only when a file holds commune codes) and
 * added up by département and by région, with the number of communes behind each sum.
 * A commune's département is the start of its code (`01001` → `01`, `97101` → `971`).
 */
import type { MissingKind } from '../domain/types';
import { getDepartement, regionOfDepartement, territoryOf } from '../territories';
import type { ImportRow, Unmatched } from './join';

/** The table as served: per département code, the ends of its commune codes, concatenated. */
export interface CommuneTableFile {
	source: string;
	cog: number;
	/** Communes actuelles: département → code ends (3 characters, 2 for 971…976). */
	communes: Record<string, string>;
	/** Former communes (déléguées, associées): their code still designates a place. */
	former: Record<string, string>;
}

export type CommuneKind = 'commune' | 'arrondissement' | 'ancienne';

export interface CommuneTable {
	cog: number;
	kind(code: string): CommuneKind | undefined;
}

export function departementOfCommune(code: string): string {
	return code.startsWith('97') || code.startsWith('98') ? code.slice(0, 3) : code.slice(0, 2);
}

/** Paris, Lyon and Marseille are split into arrondissements municipaux. */
const CITY_OF_ARRONDISSEMENT: readonly [RegExp, string][] = [
	[/^751(0[1-9]|1\d|20)$/, '75056'],
	[/^132(0[1-9]|1[0-6])$/, '13055'],
	[/^6938[1-9]$/, '69123']
];

export function cityOfArrondissement(code: string): string | null {
	return CITY_OF_ARRONDISSEMENT.find(([re]) => re.test(code))?.[1] ?? null;
}

/**
 * Whether a département's list holds a commune: the build writes each list as sorted,
 * fixed-width code ends (see server/commune-table), so a binary search answers without
 * expanding ≈ 40 000 codes into a set first (the table is ready as soon as it is parsed).
 */
function listed(table: Record<string, string>, code: string): boolean {
	const dep = departementOfCommune(code);
	if (!Object.hasOwn(table, dep)) return false;
	const ends = table[dep]!;
	const w = 5 - dep.length;
	if (code.length !== 5) return false;
	let lo = 0;
	let hi = ends.length / w - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		let cmp = 0;
		for (let k = 0; k < w && cmp === 0; k++) cmp = ends.charCodeAt(mid * w + k) - code.charCodeAt(dep.length + k);
		if (cmp === 0) return true;
		if (cmp < 0) lo = mid + 1;
		else hi = mid - 1;
	}
	return false;
}

export function communeTable(file: CommuneTableFile): CommuneTable {
	return {
		cog: file.cog,
		kind: (code) => (listed(file.communes, code) ? 'commune' : cityOfArrondissement(code) ? 'arrondissement' : listed(file.former, code) ? 'ancienne' : undefined)
	};
}

export interface CommuneSum {
	level: 'departement' | 'region';
	code: string;
	name: string;
	communes: number;
}

export interface CommuneReport {
	/** Commune rows recognised. */
	known: number;
	/** Former communes (merged since) counted in their département. */
	former: number;
	/** Arrondissement rows left out because the whole city is also in the file. */
	skippedArrondissements: number[];
	perTerritory: CommuneSum[];
	cog: number;
}

const KINDS: readonly CommuneKind[] = ['commune', 'arrondissement', 'ancienne'];
const CITIES: ReadonlySet<string> = new Set(CITY_OF_ARRONDISSEMENT.map(([, city]) => city));

/** A département met among the communes, with its région and the slots of their sums (< 1024). */
interface Departed {
	dep: string;
	region: string;
	slots: [number, number];
}

interface Acc {
	row: ImportRow;
	sum: number;
	communes: number;
	withValue: number;
	inexact: number;
	missing: Map<MissingKind, number>;
}

/**
 * Sums of commune rows by département and région. A sum over communes some of which have
 * no exact value (secret, `< 5`, missing) is « au moins » that sum, and says how many;
 * a territory none of whose communes has a value gets the missing kind, not 0.
 */
export function aggregateCommunes(
	rows: readonly ImportRow[],
	table: CommuneTable
): { rows: ImportRow[]; report: CommuneReport; unknown: Unmatched[] } {
	const unknown = new Map<number, Unmatched>();
	// Only the three cities split into arrondissements matter for « is the whole city there too ».
	const cities = new Set<string>();
	for (const r of rows) if (CITIES.has(r.code)) cities.add(r.code);
	const report: CommuneReport = { known: 0, former: 0, skippedArrondissements: [], perTerritory: [], cog: table.cog };
	// 60 000 rows: each commune is looked up once, and the sums are keyed by numbers (territory
	// slot, date, indicator) rather than by strings built for every row.
	const deps: Departed[] = [];
	const depIndex = new Map<string, number>();
	const regionIndex = new Map<string, number>();
	const periods = new Map<string, number>();
	const accs = new Map<number, Acc>();
	// Commune code → its département's entry × 4 + its kind + 1 (0: unknown), negated once counted.
	const places = new Map<string, number>();
	for (const r of rows) {
		if (r.level === 'france') continue;
		let place = places.get(r.code);
		if (place === undefined) {
			const kind = table.kind(r.code);
			const dep = departementOfCommune(r.code);
			const region = kind && getDepartement(dep) ? regionOfDepartement(dep)!.code : undefined;
			place = 0;
			if (kind && region) {
				let d = depIndex.get(dep);
				if (d === undefined) {
					depIndex.set(dep, (d = deps.length));
					let g = regionIndex.get(region);
					if (g === undefined) regionIndex.set(region, (g = regionIndex.size));
					deps.push({ dep, region, slots: [d, 512 + g] });
				}
				place = d * 4 + KINDS.indexOf(kind) + 1;
			}
			places.set(r.code, place);
		}
		if (place === 0) {
			const dep = departementOfCommune(r.code);
			const outside = /^(975|977|978|98\d)$/.test(dep);
			unknown.set(r.line, {
				line: r.line,
				raw: r.code,
				reason: outside ? 'commune d’une collectivité d’outre-mer, hors de la carte' : `code commune inconnu du code officiel géographique ${table.cog} (un code postal ?)`,
				suggestions: [],
				ambiguous: false
			});
			continue;
		}
		const counted = place < 0;
		const packed = Math.abs(place);
		const kind = KINDS[(packed % 4) - 1]!;
		const info = deps[Math.floor(packed / 4)]!;
		if (kind === 'arrondissement' && cities.has(cityOfArrondissement(r.code)!)) {
			if (!report.skippedArrondissements.includes(r.line)) report.skippedArrondissements.push(r.line);
			continue;
		}
		if (!counted) {
			places.set(r.code, -packed);
			report.known++;
			if (kind === 'ancienne') report.former++;
		}
		let period = periods.get(r.period);
		if (period === undefined) periods.set(r.period, (period = periods.size));
		for (let l = 0; l < 2; l++) {
			const key = (period * 4096 + r.indicator) * 1024 + info.slots[l]!;
			let acc = accs.get(key);
			if (!acc) {
				const [level, code] = l === 0 ? (['departement', info.dep] as const) : (['region', info.region] as const);
				accs.set(key, (acc = { row: { indicator: r.indicator, level, code, period: r.period, value: null, qualifier: 'exact', line: r.line }, sum: 0, communes: 0, withValue: 0, inexact: 0, missing: new Map() }));
			}
			acc.communes++;
			if (r.value === null) acc.missing.set(r.missing ?? 'non_renseigne', (acc.missing.get(r.missing ?? 'non_renseigne') ?? 0) + 1);
			else {
				acc.sum += r.value;
				acc.withValue++;
				if (r.qualifier !== 'exact') acc.inexact++;
			}
		}
	}
	const out: ImportRow[] = rows.filter((r) => r.level === 'france');
	const perTerritory = new Map<string, CommuneSum>();
	for (const acc of accs.values()) {
		const { row } = acc;
		const without = acc.communes - acc.withValue + acc.inexact;
		const parts = [`somme de ${acc.communes} commune${acc.communes > 1 ? 's' : ''} du fichier`];
		if (without) parts.push(`dont ${without} sans valeur exacte (${describeMissing(acc)})`);
		const allMissing = acc.withValue === 0;
		const firstMissing = [...acc.missing.keys()].find((k) => k === 'secret') ?? [...acc.missing.keys()][0] ?? 'non_renseigne';
		out.push({
			...row,
			value: allMissing ? null : round(acc.sum),
			missing: allMissing ? firstMissing : undefined,
			qualifier: allMissing || without === 0 ? 'exact' : 'at_least',
			note: parts.join(', ')
		});
		const id = `${row.level}|${row.code}`;
		const sum = perTerritory.get(id);
		if (!sum) perTerritory.set(id, { level: row.level as CommuneSum['level'], code: row.code, name: territoryOf(row.level as CommuneSum['level'], row.code)?.nom ?? row.code, communes: acc.communes });
		else sum.communes = Math.max(sum.communes, acc.communes);
	}
	report.perTerritory = [...perTerritory.values()].sort((a, b) => (a.level === b.level ? a.code.localeCompare(b.code) : a.level === 'departement' ? -1 : 1));
	return { rows: out, report, unknown: [...unknown.values()] };
}

function describeMissing(acc: Acc): string {
	const words: Record<MissingKind, string> = { secret: 'secret', non_renseigne: 'non renseigné', sans_objet: 'sans objet', pas_encore: 'pas encore' };
	const parts = [...acc.missing].map(([k, n]) => `${n} ${words[k]}`);
	if (acc.inexact) parts.push(`${acc.inexact} approchée${acc.inexact > 1 ? 's' : ''}`);
	return parts.join(', ');
}

/** Sums of decimals keep 10 significant digits (0.1 + 0.2 is 0.3, as written). */
function round(x: number): number {
	return Number(x.toPrecision(12));
}
