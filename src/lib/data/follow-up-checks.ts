/** Checks between the follow-up files and the catalogue: they run once every file is read. */
import { measureIds } from '../domain/measure-refs';
import type { Measure, Milestone, Target } from './model';
import type { IndicatorIndex } from './read-catalogue';
import type { Reporter } from './report';

/** Every measure an indicator names exists in data/mesures.csv. */
export function checkIndicatorMeasures({ report }: Reporter, indicators: IndicatorIndex, measures: readonly Measure[]): void {
	const ids = new Set(measures.map((m) => m.id));
	for (const [id, indicator] of indicators.byId) {
		const ref = indicators.refs.get(id);
		if (!ref) continue;
		for (const m of measureIds(indicator.measure))
			if (!ids.has(m)) report(ref, 'measure', `« ${m} » inconnue — un numéro de mesure (1 à 33), « MS2022 chantier N » ou « numerique » (data/mesures.csv)`);
	}
}

/** A target's start names a milestone; the target gets that milestone's date. */
export function resolveTargetStarts({ report }: Reporter, targets: Target[], milestones: readonly Milestone[]): void {
	const byId = new Map(milestones.map((m) => [m.id, m]));
	for (const t of targets) {
		if (t.kind === 'periode' && !t.date) report(t.ref, 'date', 'vide — la période d’un objectif kind=periode');
		if (!t.start) continue;
		const m = byId.get(t.start);
		if (!m) report(t.ref, 'start', `« ${t.start} » inconnu — l’id d’un jalon de data/jalons.csv`);
		else if (t.kind === 'periode') report(t.ref, 'start', 'renseigné — une période a déjà son début (kind=periode)');
		else t.startDate = m.date;
	}
}
