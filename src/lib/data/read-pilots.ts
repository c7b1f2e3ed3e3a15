/** Reader of sas_pilotes.csv: each département in one pilot at most. */
import { readTable, type DataFile } from './read-table';
import { COLUMNS, SasPilotSchema } from './schemas';
import type { RowRef, SasPilot } from './model';
import type { Step } from './step';
import { clean, levelExpected } from './values';

export interface ReadPilots {
	pilots: SasPilot[];
	/** Each covered département, with the row of its (first) pilot. */
	departements: Map<string, RowRef>;
}

export function readPilots(file: DataFile, { reporter, citations, ctx }: Step): ReadPilots {
	const { report } = reporter;
	const { rows } = readTable(file, COLUMNS.sas_pilotes, SasPilotSchema, reporter);
	const pilots: SasPilot[] = [];
	const departements = new Map<string, RowRef>();
	for (const { ref, row } of rows) {
		citations.check(ref, row);
		for (const code of row.departements) {
			if (!ctx.isTerritory('departement', code)) report(ref, 'departements', `« ${code} » n’est pas un code de département — ${levelExpected('departement')}`);
			const other = departements.get(code);
			if (other) report(ref, 'departements', `« ${code} » déjà couvert par un autre pilote (ligne ${other.line}) — un département dans un seul pilote`);
			departements.set(code, ref);
		}
		pilots.push(clean({ ...row, ref }));
	}
	return { pilots, departements };
}
