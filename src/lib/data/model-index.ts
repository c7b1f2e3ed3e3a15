/**
 * The lookups every page needs, built once per model (the bundled one, or a model imported
 * at run time) and cached on it: indicator by id, the levels it is mapped at, its periods and
 * observations per level, sources by id, territories per level. Modules ask here instead of
 * scanning the arrays.
 */
import type { MapLevel } from '../domain/types';
import { MAP_LEVELS } from '../domain/types';
import type { DataModel, Indicator, IndicatorGroup, Level, Observation, Source } from './model';
import { namesOf, territoriesOf, territoryOf, type Territory } from '../territories';

export interface ModelIndex {
	readonly model: DataModel;
	indicator(id: string): Indicator | undefined;
	/** Map levels (département first) where the indicator has at least one observation. */
	mappedLevels(id: string): MapLevel[];
	/** Indicators with some région or département figure, in catalogue order. */
	readonly mappable: readonly Indicator[];
	/** Distinct periods of the indicator's observations at a level, sorted (partial dates sort as text). */
	periods(id: string, level: MapLevel): string[];
	/** The indicator's observations at a level (file order), optionally of one period. */
	observations(id: string, level: Level, period?: string): readonly Observation[];
	source(id: string): Source | undefined;
	/** The series of comparable indicators (data/groupes.csv) the indicator belongs to, if any. */
	groupOf(id: string): IndicatorGroup | undefined;
	readonly sourcesById: ReadonlyMap<string, Source>;
	/** The territories of a level (INSEE order): the map's reference, whatever the model's origin. */
	territoriesOf(level: MapLevel): readonly Territory[];
	territoryOf(level: MapLevel, code: string): Territory | undefined;
	/** Code → name of the territories of a level. */
	names(level: MapLevel): ReadonlyMap<string, string>;
}

const cache = new WeakMap<DataModel, ModelIndex>();

/** The index of a model, built on first use and kept as long as the model lives. */
export function indexModel(model: DataModel): ModelIndex {
	let index = cache.get(model);
	if (!index) {
		index = buildIndex(model);
		cache.set(model, index);
	}
	return index;
}

const LEVEL_ORDER: readonly MapLevel[] = ['departement', 'region'];
const EMPTY: readonly Observation[] = Object.freeze([]);

function buildIndex(model: DataModel): ModelIndex {
	const indicators = new Map(model.indicators.map((i) => [i.id, i]));
	const sources = new Map(model.sources.map((s) => [s.id, s]));
	// indicator → level → observations (file order)
	const obs = new Map<string, Map<string, Observation[]>>();
	for (const o of model.observations) {
		const byLevel = obs.get(o.indicator) ?? new Map<string, Observation[]>();
		obs.set(o.indicator, byLevel);
		const list = byLevel.get(o.level) ?? [];
		byLevel.set(o.level, list);
		list.push(o);
	}
	const at = (id: string, level: Level) => obs.get(id)?.get(level) ?? EMPTY;
	const levels = new Map<string, MapLevel[]>();
	for (const ind of model.indicators)
		levels.set(
			ind.id,
			LEVEL_ORDER.filter((l) => MAP_LEVELS.includes(l) && ind.levels.includes(l) && at(ind.id, l).length > 0)
		);
	const periods = new Map<string, string[]>();
	const groups = new Map((model.groups ?? []).flatMap((g) => g.indicators.map((id) => [id, g] as const)));
	return {
		model,
		indicator: (id) => indicators.get(id),
		mappedLevels: (id) => [...(levels.get(id) ?? [])],
		mappable: model.indicators.filter((i) => (levels.get(i.id) ?? []).length > 0),
		periods(id, level) {
			const key = `${id}\u0000${level}`;
			let list = periods.get(key);
			if (!list) {
				list = [...new Set(at(id, level).map((o) => o.period))].sort();
				periods.set(key, list);
			}
			return [...list];
		},
		observations: (id, level, period) => (period === undefined ? at(id, level) : at(id, level).filter((o) => o.period === period)),
		source: (id) => sources.get(id),
		groupOf: (id) => groups.get(id),
		sourcesById: sources,
		territoriesOf,
		territoryOf,
		names: namesOf
	};
}
