/**
 * Reader of observations/*.csv: each value checked against its indicator (kind, levels,
 * categories), its territory code and its citation; one row per indicator, territory,
 * period and source across all files.
 */
import { readTable, type DataFile } from './read-table';
import { COLUMNS, OPTIONAL_COLUMNS, ObservationSchema, type ObservationRow } from './schemas';
import type { Indicator, Observation, RowRef } from './model';
import type { Step } from './step';
import { checkIndicatorValue, clean, levelExpected, levelName, readNumber } from './values';

export interface ReadObservations {
	observations: Observation[];
	/** False when some observation could not be read: cross-file checks would only echo it. */
	complete: boolean;
}

export function readObservations(files: readonly DataFile[], step: Step): ReadObservations {
	const { reporter, citations, indicators, ctx } = step;
	const { report } = reporter;
	const observations: Observation[] = [];
	const seen = new Map<string, RowRef>();
	let complete = true;
	for (const file of files) {
		const { table, rows } = readTable(file, COLUMNS.observations, ObservationSchema, reporter, OPTIONAL_COLUMNS.observations);
		if (rows.length < table.records.length || table.problems.length) complete = false;
		for (const { ref, row } of rows) {
			citations.check(ref, row);
			const indicator = indicators.known(ref, row.indicator);
			if (!indicator) continue;
			if (!indicator.levels.includes(row.level))
				report(ref, 'level', `« ${row.level} » non prévu pour ${indicator.id} — l’un de ${indicator.levels.join(', ')} (colonne levels de data/indicators.csv)`);
			if (!ctx.isTerritory(row.level, row.code))
				report(ref, 'code', `« ${row.code} » n’est pas un code de ${levelName(row.level)} — ${levelExpected(row.level)}`);
			const key = [row.indicator, row.level, row.code, row.period, row.source].join('|');
			const first = seen.get(key);
			if (first) report(ref, 'code', `observation en double (déjà ligne ${first.line} de ${first.file}) — une seule ligne par indicateur, territoire, période et source`);
			else seen.set(key, ref);
			const value = observedValue(step, ref, indicator, row, table.decimalComma);
			if (value === undefined) {
				// An empty value is reported but does not hide the cross-file checks.
				if (row.value) complete = false;
				continue;
			}
			const valueMax = upperBound(step, ref, row, value, table.decimalComma);
			observations.push(clean({ ...row, value, valueMax, ref }));
		}
	}
	return { observations, complete };
}

/** The value, null when the row says it is missing, undefined (reported) when unusable. */
function observedValue({ reporter }: Step, ref: RowRef, indicator: Indicator, row: ObservationRow, decimalComma: boolean): Observation['value'] | undefined {
	if (row.missing) {
		if (row.value) reporter.report(ref, 'value', `« ${row.value} » avec missing=${row.missing} — value vide quand la donnée manque`);
		return null;
	}
	if (!row.value) {
		reporter.report(ref, 'value', 'vide — une valeur, ou missing = non_renseigne, secret, sans_objet ou pas_encore');
		return undefined;
	}
	return checkIndicatorValue(reporter.report, ref, indicator, row.value, decimalComma);
}

function upperBound({ reporter }: Step, ref: RowRef, row: ObservationRow, value: Observation['value'], decimalComma: boolean): number | undefined {
	if (row.qualifier !== 'range') {
		if (row.valueMax) reporter.report(ref, 'value_max', `« ${row.valueMax} » — vide sauf quand qualifier=range`);
		return undefined;
	}
	const max = row.valueMax ? readNumber(row.valueMax, decimalComma) : null;
	if (max === null) reporter.report(ref, 'value_max', `« ${row.valueMax ?? ''} » — la borne haute (un nombre) quand qualifier=range`);
	else if (typeof value === 'number' && max <= value) reporter.report(ref, 'value_max', `${max} ≤ ${value} — une borne haute supérieure à value`);
	else return max;
	return undefined;
}
