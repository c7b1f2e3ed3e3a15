/** The national headline strip: each target the reports set, with the latest national figure. */
import type { DataModel, Indicator, Observation, Target } from '../data/model';
import { mappedLevels } from './catalogue';

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
	for (const target of model.targets) {
		if (seen.has(target.indicator)) continue;
		const indicator = model.indicators.find((i) => i.id === target.indicator);
		const national = model.observations.filter((o) => o.indicator === target.indicator && o.level === 'france' && typeof o.value === 'number');
		if (!indicator || !national.length) continue;
		const latest = national.reduce((a, b) => (b.period > a.period || (b.period === a.period && (b.reported ?? '') > (a.reported ?? '')) ? b : a));
		seen.add(target.indicator);
		const progress = typeof latest.value === 'number' && target.value > 0 ? (100 * latest.value) / target.value : null;
		const mappable = mappedLevels(indicator, model.observations).length > 0; // as the indicator list says
		out.push({ indicator, target, latest, progress, mappable });
	}
	return out;
}
