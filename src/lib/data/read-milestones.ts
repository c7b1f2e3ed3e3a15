/**
 * Reader of data/jalons.csv: every dated event of the documents, achieved or planned, each
 * with its measure, its date as written (checked at the cited lines unless the date is
 * read from the layout, then `inferred=date`), and the partial date or span it stands for.
 */
import { parseDateSpan } from '../domain/partial-date';
import { duplicateId } from './read-catalogue';
import { readTable, type DataFile } from './read-table';
import { COLUMNS, MilestoneSchema } from './schemas';
import type { Measure, Milestone } from './model';
import type { Step } from './step';
import { clean } from './values';

export function readMilestones(file: DataFile, { reporter, citations }: Step, measures: readonly Measure[]): Milestone[] {
	const { report } = reporter;
	const { rows } = readTable(file, COLUMNS.jalons, MilestoneSchema, reporter);
	const measureIds = new Set(measures.map((m) => m.id));
	const milestones: Milestone[] = [];
	const byId = new Map<string, Milestone>();
	for (const { ref, row } of rows) {
		citations.check(ref, row);
		if (!measureIds.has(row.measure)) report(ref, 'measure', `« ${row.measure} » inconnue — un id de data/mesures.csv`);
		const span = parseDateSpan(row.date);
		if (row.dateText) {
			if (!row.inferred.includes('date')) citations.appears(ref, row, 'date_text', row.dateText);
		} else if (span?.from !== null) {
			report(ref, 'date_text', 'vide — la date telle que le document l’écrit (vide seulement pour une réalisation non datée, date ../AAAA-MM-JJ)');
		}
		if (span && !span.from && row.status !== 'realise')
			report(ref, 'date', `« ${row.date} » (au plus tard) — réservé aux réalisations non datées (status=realise)`);
		if (byId.has(row.id)) {
			report(ref, 'id', duplicateId(row.id));
			continue;
		}
		const milestone = clean({ ...row, ref });
		byId.set(row.id, milestone);
		milestones.push(milestone);
	}
	for (const m of milestones)
		for (const id of m.fulfils) {
			const planned = byId.get(id);
			if (m.status !== 'realise') report(m.ref, 'fulfils', `« ${id} » — seule une réalisation (status=realise) accomplit un jalon prévu`);
			else if (!planned) report(m.ref, 'fulfils', `« ${id} » inconnu — l’id d’un jalon prévu de data/jalons.csv`);
			else if (planned.status !== 'prevu') report(m.ref, 'fulfils', `« ${id} » est une réalisation — l’id d’un jalon prévu (status=prevu)`);
		}
	return milestones;
}

/** « data/jalons.csv : 412 jalons — ms2022-2019-09 : 180, segur-2020-09 : 60… » for `npm run data:check`. */
export function milestoneCountNote(path: string, milestones: readonly Milestone[]): string {
	const bySource = new Map<string, number>();
	for (const m of milestones) bySource.set(m.source, (bySource.get(m.source) ?? 0) + 1);
	const parts = [...bySource].map(([source, n]) => `${source} : ${n}`);
	return `${path} : ${milestones.length} jalons par document — ${parts.join(', ')}`;
}
