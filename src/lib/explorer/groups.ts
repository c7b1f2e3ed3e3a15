/**
 * The series of comparable indicators an indicator belongs to (data/groupes.csv), as the
 * small multiples of a group draw it at a level: its members that have figures there, in
 * the file's order. The others are named, never drawn as empty maps.
 */
import type { IndicatorGroup } from '../data/model';
import type { ModelIndex } from '../data/model-index';
import type { MapLevel } from '../domain/types';

export interface GroupAtLevel {
	group: IndicatorGroup;
	/** Members with figures at the level, in the group's order. */
	mapped: string[];
	/** Members without any figure at the level. */
	unmapped: string[];
}

export function groupAtLevel(index: ModelIndex, indicator: string, level: MapLevel): GroupAtLevel | undefined {
	const group = index.groupOf(indicator);
	if (!group) return undefined;
	const has = (id: string) => index.mappedLevels(id).includes(level);
	return { group, mapped: group.indicators.filter(has), unmapped: group.indicators.filter((id) => !has(id)) };
}
