import { getModel } from '$lib/server/model';
import { indexModel } from '$lib/data/model-index';

// Only what the templates need travels with the page: bundled indicators and their levels.
export const load = () => {
	const index = indexModel(getModel());
	return {
		indicators: getModel()
			.indicators.filter((i) => i.kind !== 'category' && i.levels.some((l) => l === 'region' || l === 'departement'))
			.map((i) => ({
				id: i.id,
				label: i.shortLabel,
				unit: i.unit ?? '',
				group: i.pillar,
				levels: i.levels.filter((l): l is 'region' | 'departement' => l === 'region' || l === 'departement'),
				mapped: index.mappedLevels(i.id).length > 0
			}))
	};
};
