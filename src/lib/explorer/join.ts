/**
 * Joins an indicator's observations to every territory of a level, at a date. The
 * result says, for each territory, the figure shown and where it comes from — or which
 * kind of missing data it is. Nothing is filled in: a territory without a row is
 * "non renseigné", unless the indicator's source is an exhaustive list (absent = non).
 */
import type { DataModel, Indicator, Observation } from '../data/model';
import type { MapLevel, MissingKind } from '../domain/types';
import { indexModel } from '../data/model-index';
import { territoriesOf, territoryOf } from '../territories';

export type Cell =
	| {
			kind: 'value';
			/** Number (per capita when asked), category id, or boolean. */
			value: number | string | boolean;
			/** The raw figure before a per-capita division. */
			raw: number | string | boolean;
			/** The observation shown; undefined only for "absent from an exhaustive list". */
			obs?: Observation;
			/** Other sources for the same territory and period, when they say something else. */
			conflicts: Observation[];
			/** True when the value comes from absence in an exhaustive list. */
			fromList?: boolean;
	  }
	| { kind: 'missing'; missing: MissingKind; obs?: Observation };

export interface JoinOptions {
	/** Show the state at this date (latest figure whose period is ≤ date); null = latest. */
	date: string | null;
	/** Divide counts and amounts by population × 100 000. */
	perCapita?: boolean;
}

export interface Joined {
	indicator: Indicator;
	level: MapLevel;
	cells: Map<string, Cell>;
	/** Observations the exhaustive list rests on (for `absentMeans: non`). */
	listBasis: Observation[];
}

export function territoryCodes(level: MapLevel): string[] {
	return territoriesOf(level).map((t) => t.code);
}

export function populationOf(level: MapLevel, code: string): number | undefined {
	return territoryOf(level, code)?.population;
}

export function canPerCapita(ind: Indicator): boolean {
	return ind.kind === 'count' || ind.kind === 'amount';
}

export function joinIndicator(model: DataModel, indicator: Indicator, level: MapLevel, options: JoinOptions): Joined {
	const { date, perCapita = false } = options;
	const rows = indexModel(model)
		.observations(indicator.id, level)
		.filter((o) => date === null || o.period <= date);
	const byCode = new Map<string, Observation[]>();
	for (const o of rows) byCode.set(o.code, [...(byCode.get(o.code) ?? []), o]);
	const listBasis = indicator.absentMeans === 'non' ? rows.filter((o) => o.value === true) : [];
	const cells = new Map<string, Cell>();
	for (const code of territoryCodes(level)) {
		const list = byCode.get(code);
		if (!list?.length) {
			cells.set(
				code,
				indicator.absentMeans === 'non' && listBasis.length
					? { kind: 'value', value: false, raw: false, conflicts: [], fromList: true }
					: { kind: 'missing', missing: 'non_renseigne' }
			);
			continue;
		}
		const latest = list.reduce((a, b) => (b.period > a.period ? b : a)).period;
		// Several sources for the same period: show the most recently reported, keep the others.
		const same = list
			.filter((o) => o.period === latest)
			.sort((a, b) => (b.reported ?? '').localeCompare(a.reported ?? '') || a.source.localeCompare(b.source));
		const shown = same[0] as Observation;
		if (shown.value === null) {
			cells.set(code, { kind: 'missing', missing: shown.missing ?? 'non_renseigne', obs: shown });
			continue;
		}
		const conflicts = same.slice(1).filter((o) => o.value !== shown.value || o.qualifier !== shown.qualifier);
		let value: number | string | boolean = shown.value;
		if (perCapita && canPerCapita(indicator) && typeof value === 'number') {
			const pop = populationOf(level, code);
			if (!pop) {
				cells.set(code, { kind: 'missing', missing: 'non_renseigne', obs: shown });
				continue;
			}
			value = (value / pop) * 100_000;
		}
		cells.set(code, { kind: 'value', value, raw: shown.value, obs: shown, conflicts });
	}
	return { indicator, level, cells, listBasis };
}

/** Numeric values of a join (for classification and ranking). */
export function numericValues(joined: Joined): Map<string, number> {
	const out = new Map<string, number>();
	for (const [code, cell] of joined.cells) if (cell.kind === 'value' && typeof cell.value === 'number') out.set(code, cell.value);
	return out;
}

/**
 * Change between two joins of the same indicator (later − earlier), only where both dates
 * have a number; elsewhere the later cell's missing kind, or non renseigné.
 */
export function changeBetween(earlier: Joined, later: Joined): Joined {
	const cells = new Map<string, Cell>();
	for (const [code, b] of later.cells) {
		const a = earlier.cells.get(code);
		if (b.kind === 'value' && a?.kind === 'value' && typeof a.value === 'number' && typeof b.value === 'number' && a.obs?.period !== b.obs?.period)
			cells.set(code, { kind: 'value', value: b.value - a.value, raw: b.raw, obs: b.obs, conflicts: b.conflicts });
		else cells.set(code, b.kind === 'missing' ? b : { kind: 'missing', missing: 'non_renseigne', obs: b.obs });
	}
	return { ...later, cells };
}
