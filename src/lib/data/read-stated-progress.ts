/**
 * Reader of data/progres_declares.csv: which indicators hold a document's own statement of
 * progress (« cible 2022 atteinte à 17 % », « objectif dépassé de 45 % ») and of what.
 */
import { readTable, type DataFile } from './read-table';
import { COLUMNS, StatedProgressSchema } from './schemas';
import type { StatedProgressLink } from './model';
import type { Step } from './step';
import { clean } from './values';

export function readStatedProgress(file: DataFile, { reporter, indicators }: Step): StatedProgressLink[] {
	const { report } = reporter;
	const { rows } = readTable(file, COLUMNS.progres_declares, StatedProgressSchema, reporter);
	const links: StatedProgressLink[] = [];
	const seen = new Set<string>();
	for (const { ref, row } of rows) {
		const stated = indicators.known(ref, row.indicator);
		const of = indicators.known(ref, row.of);
		if (seen.has(row.indicator)) report(ref, 'indicator', `« ${row.indicator} » en double — une ligne par indicateur`);
		seen.add(row.indicator);
		if (!stated || !of) continue;
		if (stated.kind !== 'share') report(ref, 'indicator', `« ${stated.id} » est de type ${stated.kind} — une part en % (kind=share)`);
		else if (of.kind === 'category' || of.kind === 'boolean') report(ref, 'of', `« ${of.id} » est de type ${of.kind} — un indicateur chiffré`);
		else links.push(clean({ ...row, ref }));
	}
	return links;
}
