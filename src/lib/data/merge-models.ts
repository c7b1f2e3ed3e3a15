/** One model from several: the bundled data and the datasets a user imported. */
import type { DataModel, Indicator } from './model';

/**
 * The bundled model with imported ones added: imported indicators first in the catalogue
 * (their own group), an id already present kept once.
 */
export function mergeModels(base: DataModel, imported: readonly DataModel[]): DataModel {
	if (!imported.length) return base;
	const ids = new Set(base.indicators.map((i) => i.id));
	const sourceIds = new Set(base.sources.map((s) => s.id));
	const indicators: Indicator[] = [];
	const out: DataModel = { ...base, sources: [...base.sources], observations: [...base.observations] };
	for (const m of imported) {
		const fresh = m.indicators.filter((i) => !ids.has(i.id));
		if (!fresh.length) continue;
		const keep = new Set(fresh.map((i) => i.id));
		for (const i of fresh) ids.add(i.id);
		indicators.push(...fresh);
		for (const s of m.sources) if (!sourceIds.has(s.id)) (sourceIds.add(s.id), out.sources.push(s));
		out.observations.push(...m.observations.filter((o) => keep.has(o.indicator)));
	}
	out.indicators = [...indicators, ...base.indicators];
	return out;
}
