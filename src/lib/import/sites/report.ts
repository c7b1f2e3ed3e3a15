/**
 * The words of a site import's report: each problem as « fichier:ligne : champ — quoi », the
 * coordinate systems recognised, and how many of the rows read were placed. Pure (the import
 * page and the unit tests share it).
 */
import type { Problem } from '../../data/model';
import { formatNumber } from '../../domain/format';
import { PROJECTED, type Crs } from './coordinates';

/** Long reports show this many problems, then how many more there are. */
export const PROBLEMS_SHOWN = 50;

export const CRS_LABELS: Record<Crs, string> = {
	'EPSG:4326': 'longitude/latitude WGS84',
	...(Object.fromEntries(Object.entries(PROJECTED).map(([code, d]) => [code, d.label])) as Record<Exclude<Crs, 'EPSG:4326'>, string>)
};

/** A problem as the user reads it, French typography (a space before the colon). */
export function problemText(p: Problem): string {
	return `${p.file}:${p.line} : ${p.field} — ${p.message}`;
}

/** The first `max` problems, and how many are left out. */
export function cappedProblems(problems: readonly Problem[], max = PROBLEMS_SHOWN): { shown: Problem[]; more: number } {
	return { shown: problems.slice(0, max), more: Math.max(0, problems.length - max) };
}

const plural = (n: number, one: string, many: string) => `${formatNumber(n)} ${n > 1 ? many : one}`;

/** « Lambert-93 (RGF93) (EPSG:2154) : 3 lieux ; longitude/latitude WGS84 : 2 lieux », most used first. */
export function systemsText(systems: Partial<Record<Crs, number>>): string {
	const used = (Object.entries(systems) as [Crs, number][]).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
	if (used.length === 0) return 'aucun (aucune ligne lue n’a de position utilisable)';
	return used.map(([crs, n]) => `${CRS_LABELS[crs]}${crs === 'EPSG:4326' ? '' : ` (${crs})`} : ${plural(n, 'lieu', 'lieux')}`).join(' ; ');
}

/** The report's first sentence: rows read, sites placed, problems. */
export function summaryText(r: { read: number; placed: number; problems: number }): string {
	const problems = r.problems === 0 ? 'aucun problème' : plural(r.problems, 'problème signalé', 'problèmes signalés');
	return `${plural(r.read, 'lieu lu', 'lieux lus')}, ${plural(r.placed, 'placé sur la carte', 'placés sur la carte')} ; ${problems}.`;
}
