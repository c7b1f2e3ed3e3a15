/** The indicator catalogue as users browse it: grouped by pillar and measure, searchable. */
import type { Indicator } from '../data/model';

export interface MeasureGroup {
	measure: string;
	indicators: Indicator[];
}
export interface PillarGroup {
	pillar: string;
	measures: MeasureGroup[];
}

/** Groups in file order (the catalogue's own order), pillar then measure. */
export function groupIndicators(indicators: readonly Indicator[]): PillarGroup[] {
	const pillars = new Map<string, Map<string, Indicator[]>>();
	for (const ind of indicators) {
		const measures = pillars.get(ind.pillar) ?? new Map<string, Indicator[]>();
		pillars.set(ind.pillar, measures);
		const key = ind.measure ?? '';
		measures.set(key, [...(measures.get(key) ?? []), ind]);
	}
	return [...pillars].map(([pillar, measures]) => ({
		pillar,
		measures: [...measures].map(([measure, list]) => ({ measure, indicators: list }))
	}));
}

/** Lower case, accents removed: « Pilotes SAS » matches « pilote », « réunion » matches « reunion ». */
export function foldText(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase();
}

/** Indicators whose label, short label, description, measure or id contain every word. */
export function searchIndicators(indicators: readonly Indicator[], query: string): Indicator[] {
	const words = foldText(query).split(/\s+/).filter(Boolean);
	if (!words.length) return [...indicators];
	return indicators.filter((ind) => {
		const hay = foldText([ind.label, ind.shortLabel, ind.description, ind.measure ?? '', ind.pillar, ind.id].join(' '));
		return words.every((w) => hay.includes(w));
	});
}
