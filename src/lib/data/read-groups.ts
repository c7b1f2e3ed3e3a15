/**
 * Reader of data/groupes.csv: which indicators form a comparable series, so that the small
 * multiples may draw them side by side with one set of classes. A series is honest only if
 * its maps can share classes: figures (not categories), the same kind and unit, and a level
 * in common. An indicator belongs to one group at most (the explorer finds the group by it).
 */
import { duplicateId } from './read-catalogue';
import { readTable, type DataFile } from './read-table';
import { COLUMNS, GroupSchema } from './schemas';
import type { Indicator, IndicatorGroup } from './model';
import type { Step } from './step';
import { isNumericKind } from '../domain/types';

export function readGroups(file: DataFile, { reporter, indicators }: Step): IndicatorGroup[] {
	const { report } = reporter;
	const { rows } = readTable(file, COLUMNS.groupes, GroupSchema, reporter);
	const groups: IndicatorGroup[] = [];
	const ids = new Set<string>();
	/** Indicator → the group (and its line) that holds it. */
	const member = new Map<string, { group: string; line: number }>();
	for (const { ref, row } of rows) {
		if (ids.has(row.id)) {
			report(ref, 'id', duplicateId(row.id));
			continue;
		}
		ids.add(row.id);
		const problems = reporter.problems().length;
		const repeated = row.indicators.filter((id, i) => row.indicators.indexOf(id) !== i);
		if (repeated.length) report(ref, 'indicators', `« ${repeated[0]} » cité deux fois — chaque indicateur une fois`);
		const list = [...new Set(row.indicators)];
		if (list.length < 2) report(ref, 'indicators', `${list.length} indicateur — au moins deux indicateurs, séparés par « ; »`);
		const known: Indicator[] = [];
		for (const id of list) {
			const indicator = indicators.byId.get(id);
			if (!indicator) {
				report(ref, 'indicators', `« ${id} » inconnu — un id de data/indicators.csv`);
				continue;
			}
			const other = member.get(id);
			if (other) report(ref, 'indicators', `« ${id} » est déjà dans le groupe « ${other.group} » (ligne ${other.line}) — un indicateur appartient à un seul groupe`);
			else member.set(id, { group: row.id, line: ref.line });
			if (!isNumericKind(indicator.kind)) report(ref, 'indicators', `« ${id} » est de type ${indicator.kind} — des indicateurs chiffrés (count, share ou amount), dont les cartes partagent des classes`);
			else known.push(indicator);
		}
		const first = known[0];
		for (const indicator of known.slice(1)) {
			if (!first) break;
			if (indicator.kind !== first.kind)
				report(ref, 'indicators', `« ${indicator.id} » est de type ${indicator.kind}, « ${first.id} » de type ${first.kind} — le même type pour tout le groupe`);
			else if (indicator.unit !== first.unit)
				report(ref, 'indicators', `« ${indicator.id} » en « ${indicator.unit} », « ${first.id} » en « ${first.unit} » — la même unité pour tout le groupe`);
		}
		const common = known.length ? known.slice(1).reduce((levels, i) => levels.filter((l) => i.levels.includes(l)), [...(first?.levels ?? [])]) : [];
		if (known.length === list.length && known.length >= 2 && common.length === 0)
			report(ref, 'indicators', `aucun niveau commun aux indicateurs (colonne levels de data/indicators.csv) — un niveau au moins partagé par tout le groupe`);
		if (reporter.problems().length === problems) groups.push({ id: row.id, label: row.label, indicators: list, ...(row.note && { note: row.note }), ref });
	}
	return groups;
}
