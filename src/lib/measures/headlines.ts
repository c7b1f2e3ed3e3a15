/**
 * The national headline strip: each indicator the reports set a target for, its latest
 * national figure, and the progress towards the target as the follow-up's one rule words
 * it (measures/progress.ts): a document's own statement when there is one, a share only
 * when the figure and the target measure the same thing, otherwise the reason.
 */
import type { DataModel, Indicator, Observation, Target } from '../data/model';
import { indexModel } from '../data/model-index';
import { assessIndicator, progressWords, type Assessment } from './progress';

export interface Headline {
	indicator: Indicator;
	/** The target the figure is set against (or, without a comparison, the first one). */
	target: Target;
	latest: Observation;
	/** Share of the target to draw, in % (a range draws its lower bound); null without one. */
	progress: number | null;
	/** « 17 % de l’objectif (selon la source) », « Pas de part de l’objectif : … ». */
	progressText: string;
	assessment: Assessment;
	/** Whether the indicator also has région or département figures to map. */
	mappable: boolean;
}

export function headlines(model: DataModel): Headline[] {
	const out: Headline[] = [];
	const index = indexModel(model);
	for (const id of new Set(model.targets.map((t) => t.indicator))) {
		const assessment = assessIndicator(model, id);
		const first = model.targets.find((t) => t.indicator === id);
		if (!assessment || !first) continue;
		const range = assessment.kind === 'stated' ? assessment.stated?.share : assessment.kind === 'computed' ? assessment.share : undefined;
		out.push({
			indicator: assessment.indicator,
			target: assessment.target ?? first,
			latest: assessment.observation,
			progress: range ? range.low : null,
			progressText: progressWords(assessment),
			assessment,
			mappable: index.mappedLevels(id).length > 0 // as the indicator list says
		});
	}
	return out;
}
