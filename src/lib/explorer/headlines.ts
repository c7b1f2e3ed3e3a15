/** The national headline strip: each target the reports set, with the latest national figure. */
import type { DataModel, Indicator, Observation, Target } from '../data/model';
import { indexModel } from '../data/model-index';

export interface Headline {
	indicator: Indicator;
	target: Target;
	latest: Observation;
	/** latest / target in %, when both are numbers (a range target uses its lower bound). */
	progress: number | null;
	/** Whether the indicator also has région or département figures to map. */
	mappable: boolean;
}

export function headlines(model: DataModel): Headline[] {
	const out: Headline[] = [];
	const seen = new Set<string>();
	const index = indexModel(model);
	for (const target of model.targets) {
		if (seen.has(target.indicator)) continue;
		const indicator = index.indicator(target.indicator);
		const national = index.observations(target.indicator, 'france').filter((o) => typeof o.value === 'number');
		if (!indicator || !national.length) continue;
		const latest = national.reduce((a, b) => (b.period > a.period || (b.period === a.period && (b.reported ?? '') > (a.reported ?? '')) ? b : a));
		seen.add(target.indicator);
		const progress = typeof latest.value === 'number' && target.value > 0 ? (100 * latest.value) / target.value : null;
		const mappable = index.mappedLevels(indicator.id).length > 0; // as the indicator list says
		out.push({ indicator, target, latest, progress, mappable });
	}
	return out;
}
