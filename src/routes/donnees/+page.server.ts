import { getModel } from '$lib/server/model';
import { FILES, LICENCE, SOURCES_RULE, indicatorCsvPath } from '$lib/publish/downloads';

// Only what the page lists travels with it (not the whole model).
export const load = () => {
	const model = getModel();
	const counts = new Map<string, number>();
	for (const o of model.observations) counts.set(o.indicator, (counts.get(o.indicator) ?? 0) + 1);
	const pillars: { pillar: string; indicators: { id: string; label: string; unit: string | null; observations: number; csv: string; xlsx: string; ods: string }[] }[] = [];
	for (const ind of model.indicators) {
		let group = pillars.find((p) => p.pillar === ind.pillar);
		if (!group) pillars.push((group = { pillar: ind.pillar, indicators: [] }));
		group.indicators.push({
			id: ind.id,
			label: ind.label,
			unit: ind.unit ?? null,
			observations: counts.get(ind.id) ?? 0,
			csv: indicatorCsvPath(ind.id),
			xlsx: indicatorCsvPath(ind.id, 'xlsx'),
			ods: indicatorCsvPath(ind.id, 'ods')
		});
	}
	return {
		files: FILES,
		licence: LICENCE,
		sourcesRule: SOURCES_RULE,
		counts: {
			observations: model.observations.length,
			indicators: model.indicators.length,
			sources: model.sources.length,
			targets: model.targets.length
		},
		pillars
	};
};
