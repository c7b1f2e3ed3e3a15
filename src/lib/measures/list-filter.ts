/** Filtering, sorting and exporting the rows of /mesures/, as the URL state says. */
import { toFrenchCsv } from '../domain/csv-export';
import type { ListState } from './list-params';
import type { MeasureRow } from './list-view';

const reached = (r: MeasureRow) => (r.progress?.share ? Math.min(r.progress.share.low, 1000) : -1);
const firstOverdue = (r: MeasureRow) => r.overdue[0]?.date.end ?? Infinity;
const order = (r: MeasureRow) => (r.kind === 'chantier' ? 1000 : r.kind === 'axe' ? 100 : 0) + (r.number ?? 0);

export function filterRows(rows: readonly MeasureRow[], s: ListState): MeasureRow[] {
	const out = rows.filter(
		(r) =>
			(!s.offTarget || r.offTarget) &&
			(!s.overdue || r.overdue.length > 0) &&
			(!s.territorial || r.territorial.length > 0) &&
			(!s.group || r.group === s.group)
	);
	const by: Record<ListState['sort'], (a: MeasureRow, b: MeasureRow) => number> = {
		numero: (a, b) => order(a) - order(b),
		// Least advanced first; measures without a share last.
		avancement: (a, b) => (reached(a) < 0 ? 1 : 0) - (reached(b) < 0 ? 1 : 0) || reached(a) - reached(b) || order(a) - order(b),
		// Oldest passed deadline first.
		echeance: (a, b) => firstOverdue(a) - firstOverdue(b) || b.overdue.length - a.overdue.length || order(a) - order(b),
		// Off target first, then by number of passed deadlines.
		retard: (a, b) => Number(b.offTarget) - Number(a.offTarget) || b.overdue.length - a.overdue.length || order(a) - order(b)
	};
	return out.sort(by[s.sort]);
}

/** The rows as an Excel-ready French CSV (domain/csv-export.ts). */
export function rowsCsv(rows: readonly MeasureRow[], siteRoot: string): string {
	const headers = [
		'mesure',
		'titre',
		'indicateur clé',
		'valeur',
		'date',
		'avancement',
		'objectif',
		'rythme',
		'hors trajectoire',
		'échéances dépassées sans réalisation rapportée',
		'première échéance dépassée',
		'prochaine étape',
		'date de la prochaine étape',
		'indicateurs territoriaux',
		'source du chiffre clé',
		'page'
	];
	return toFrenchCsv(
		headers,
		rows.map((r) => [
			r.kind === 'mesure' ? `Mesure ${r.number}` : r.label,
			r.title,
			r.key?.label ?? null,
			r.key?.value ?? null,
			r.key?.date ?? null,
			r.progress?.words ?? null,
			r.progress?.target ?? null,
			r.pace.words,
			r.offTarget ? 'oui' : 'non',
			r.overdue.length,
			r.overdue[0] ? `${r.overdue[0].date.text} — ${r.overdue[0].label}` : null,
			r.next?.label ?? null,
			r.next?.date.text ?? null,
			r.territorial.length,
			r.key?.cite.text ?? null,
			`${siteRoot}${r.path}`
		])
	);
}
