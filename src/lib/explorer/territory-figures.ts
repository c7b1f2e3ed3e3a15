/**
 * Everything known for one territory: each indicator's figure at a date, its series,
 * the national figure and the territory's rank beside it. Feeds the panel, the
 * comparison and the printable profiles.
 */
import type { DataModel, Indicator, Observation } from '../data/model';
import type { MapLevel } from '../domain/types';
import { joinIndicator, numericValues, type Cell } from './join';
import { ranks } from './rank';

export interface TerritoryFigure {
	indicator: Indicator;
	cell: Cell;
	/** Every observation for this territory, oldest first (the trend). */
	series: Observation[];
	national?: Observation;
	rank?: { rank: number; of: number };
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
		const joined = joinIndicator(model, indicator, level, { date });
		const cell = joined.cells.get(code);
		if (!cell || (byList && !series.length && !joined.listBasis.length)) continue;
		const values = numericValues(joined);
		const r = ranks(values, indicator.polarity).get(code);
		const period = cell.kind === 'value' ? cell.obs?.period : undefined;
		const national = model.observations
			.filter((o) => o.indicator === indicator.id && o.level === 'france' && (period === undefined || o.period <= period) && (date === null || o.period <= date))
			.sort((a, b) => b.period.localeCompare(a.period) || (b.reported ?? '').localeCompare(a.reported ?? ''))[0];
		out.push({ indicator, cell, series, national, rank: r === undefined ? undefined : { rank: r, of: values.size } });
	}
	return out;
}
