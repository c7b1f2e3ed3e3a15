/** Reader of targets.csv: numeric targets of a known indicator, each citing its source. */
import { readTable, type DataFile } from './read-table';
import { COLUMNS, OPTIONAL_COLUMNS, TargetSchema } from './schemas';
import type { Target } from './model';
import type { Step } from './step';
import { clean, numberExpected, readNumber } from './values';

export function readTargets(file: DataFile, { reporter, citations, indicators }: Step): Target[] {
	const { table, rows } = readTable(file, COLUMNS.targets, TargetSchema, reporter, OPTIONAL_COLUMNS.targets);
	const expected = numberExpected(table.decimalComma);
	const targets: Target[] = [];
	for (const { ref, row } of rows) {
		citations.check(ref, row);
		if (!indicators.known(ref, row.indicator)) continue;
		const value = readNumber(row.value, table.decimalComma);
		const valueMax = row.valueMax === undefined ? undefined : readNumber(row.valueMax, table.decimalComma);
		if (value === null) reporter.report(ref, 'value', `« ${row.value} » n’est pas un nombre — ${expected}`);
		if (valueMax === null) reporter.report(ref, 'value_max', `« ${row.valueMax} » n’est pas un nombre — ${expected}, ou vide`);
		if (value === null || valueMax === null) continue;
		targets.push(clean({ ...row, value, valueMax, ref }));
	}
	return targets;
}
