/**
 * Everything known for one territory: each indicator's figure at a date, its series,
 * the national figure and the territory's rank beside it. Feeds the panel, the
 * comparison and the printable profiles.
 */
import type { DataModel, Indicator, Observation } from '../data/model';
import type { MapLevel } from '../domain/types';
import { joinIndicator, numericValues, type Cell, type Joined } from './join';
import { ranks } from './rank';

export interface TerritoryFigure {
	indicator: Indicator;
	cell: Cell;
	/** Every observation for this territory, oldest first (the trend). */
	series: Observation[];
	national?: Observation;
	rank?: { rank: number; of: number };
}

interface Ranked {
	joined: Joined;
	ranks: Map<string, number>;
	of: number;
}
const rankedCache = new WeakMap<DataModel, Map<string, Ranked>>();

/**
 * An indicator joined at a level and date, with its ranks: the same for every territory,
 * so computed once per model (the 119 prerendered portraits, the panel, the comparison).
 */
function rankedJoin(model: DataModel, indicator: Indicator, level: MapLevel, date: string | null): Ranked {
	let byKey = rankedCache.get(model);
	if (!byKey) rankedCache.set(model, (byKey = new Map()));
	const key = `${indicator.id}|${level}|${date ?? ''}`;
	let hit = byKey.get(key);
	if (!hit) {
		const joined = joinIndicator(model, indicator, level, { date });
		const values = numericValues(joined);
		hit = { joined, ranks: ranks(values, indicator.polarity), of: values.size };
		byKey.set(key, hit);
	}
	return hit;
}

export function territoryFigures(model: DataModel, level: MapLevel, code: string, date: string | null = null): TerritoryFigure[] {
	const out: TerritoryFigure[] = [];
	for (const indicator of model.indicators) {
		if (!indicator.levels.includes(level)) continue;
		const series = model.observations
			.filter((o) => o.indicator === indicator.id && o.level === level && o.code === code && (date === null || o.period <= date))
			.sort((a, b) => a.period.localeCompare(b.period) || (a.reported ?? '').localeCompare(b.reported ?? ''));
		const byList = indicator.absentMeans === 'non';
		if (!series.length && !byList) continue;
		const { joined, ranks: ranked, of } = rankedJoin(model, indicator, level, date);
		const cell = joined.cells.get(code);
		if (!cell || (byList && !series.length && !joined.listBasis.length)) continue;
		const r = ranked.get(code);
		const period = cell.kind === 'value' ? cell.obs?.period : undefined;
		const national = model.observations
			.filter((o) => o.indicator === indicator.id && o.level === 'france' && (period === undefined || o.period <= period) && (date === null || o.period <= date))
			.sort((a, b) => b.period.localeCompare(a.period) || (b.reported ?? '').localeCompare(a.reported ?? ''))[0];
		out.push({ indicator, cell, series, national, rank: r === undefined ? undefined : { rank: r, of } });
	}
	return out;
}
