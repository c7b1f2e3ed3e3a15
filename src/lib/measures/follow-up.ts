/**
 * The follow-up of one measure or chantier, as the pages show it: its indicators and the
 * assessment of each against its target, its milestones with their state (achieved, planned,
 * planned with its date passed and no achievement reported in the sources), and the
 * indicators that have territorial figures. Pure: the model in, plain data out.
 */
import type { DataModel, Indicator, Measure, Milestone } from '../data/model';
import { indexModel } from '../data/model-index';
import { measureIds } from '../domain/measure-refs';
import { comparePartialDates, intervalOf } from '../domain/partial-date';
import { assessIndicator, latestNational, type Assessment } from './progress';

export interface MilestoneState {
	milestone: Milestone;
	/** Achievements (ids) that fulfil this planned milestone. */
	fulfilledBy: string[];
	/** Planned, not fulfilled. */
	pending: boolean;
	/** Pending and its date ended before the reference date. */
	overdue: boolean;
}

/**
 * The date the follow-up is read at: the publication date of the latest document the
 * milestones cite (14 December 2021). A deadline is « passed » when its last day is before
 * it; « nothing reported since » means nothing in the documents up to that date.
 */
export function referenceDate(model: DataModel): string {
	const index = indexModel(model);
	const cited = new Set((model.milestones ?? []).map((m) => m.source));
	let latest = '';
	for (const id of cited) {
		const published = index.source(id)?.published;
		if (published && (!latest || comparePartialDates(published, latest) > 0)) latest = published;
	}
	return latest;
}

const states = new WeakMap<DataModel, Map<string, MilestoneState>>();

/** The state of every milestone (computed once per model). */
export function milestoneStates(model: DataModel): Map<string, MilestoneState> {
	let map = states.get(model);
	if (map) return map;
	const ref = referenceDate(model);
	const refDay = ref ? (intervalOf(ref)?.start ?? Infinity) : Infinity;
	const fulfilled = new Map<string, string[]>();
	for (const m of model.milestones ?? []) for (const id of m.fulfils) fulfilled.set(id, [...(fulfilled.get(id) ?? []), m.id]);
	map = new Map();
	for (const m of model.milestones ?? []) {
		const by = fulfilled.get(m.id) ?? [];
		const pending = m.status === 'prevu' && by.length === 0;
		const end = intervalOf(m.date)?.end ?? Infinity;
		map.set(m.id, { milestone: m, fulfilledBy: by, pending, overdue: pending && end < refDay });
	}
	states.set(model, map);
	return map;
}

/** The measure and every row below it (a chantier's projects). */
export function subtree(model: DataModel, id: string): Measure[] {
	const all = model.measures ?? [];
	const out = all.filter((m) => m.id === id);
	for (let i = 0; i < out.length; i++) for (const m of all) if (m.parent === out[i]?.id) out.push(m);
	return out;
}

/** Milestones of a measure (with its projects), in date order. */
export function measureMilestones(model: DataModel, id: string): Milestone[] {
	const ids = new Set(subtree(model, id).map((m) => m.id));
	return (model.milestones ?? []).filter((m) => ids.has(m.measure)).sort((a, b) => comparePartialDates(a.date, b.date) || a.id.localeCompare(b.id));
}

/** Indicators that name this measure, in catalogue order. */
export function measureIndicators(model: DataModel, id: string): Indicator[] {
	return model.indicators.filter((i) => measureIds(i.measure).includes(id));
}

export interface MeasureSummary {
	measure: Measure;
	indicators: Indicator[];
	/** One per indicator with a target and a national figure. */
	assessments: Assessment[];
	/** The figure that stands for the measure in a list: the first assessed, else the first national figure. */
	key?: { indicator: Indicator; assessment?: Assessment; observation: NonNullable<ReturnType<typeof latestNational>> };
	offTarget: boolean;
	overdue: MilestoneState[];
	/** The earliest pending milestone whose date has not passed. */
	next?: MilestoneState;
	/** Indicators with région or département figures (on the map). */
	territorial: Indicator[];
	milestoneCount: { realise: number; prevu: number };
}

export function summariseMeasure(model: DataModel, id: string): MeasureSummary | undefined {
	const measure = (model.measures ?? []).find((m) => m.id === id);
	if (!measure) return undefined;
	const index = indexModel(model);
	const indicators = measureIndicators(model, id);
	const assessments = indicators.map((i) => assessIndicator(model, i.id)).filter((a): a is Assessment => !!a);
	const preferred = assessments.find((a) => a.kind !== 'none') ?? assessments[0];
	let key: MeasureSummary['key'];
	if (preferred) key = { indicator: preferred.indicator, assessment: preferred, observation: preferred.observation };
	else
		for (const indicator of indicators) {
			const observation = latestNational(model, indicator.id);
			if (observation) {
				key = { indicator, observation };
				break;
			}
		}
	const all = milestoneStates(model);
	const own = measureMilestones(model, id).map((m) => all.get(m.id) as MilestoneState);
	const pending = own.filter((s) => s.pending);
	return {
		measure,
		indicators,
		assessments,
		key,
		offTarget: assessments.some((a) => a.pace.status === 'en_retard'),
		overdue: pending.filter((s) => s.overdue),
		next: pending.find((s) => !s.overdue),
		territorial: indicators.filter((i) => index.mappedLevels(i.id).length > 0),
		milestoneCount: {
			realise: own.filter((s) => s.milestone.status === 'realise').length,
			prevu: own.filter((s) => s.milestone.status === 'prevu').length
		}
	};
}

/** The rows of the follow-up: the Ségur's measures and digital axis (pillar order), then the chantiers. */
export function followUpRows(model: DataModel): Measure[] {
	const all = model.measures ?? [];
	const byParent = (p: string) => all.filter((m) => m.parent === p);
	const pillars = byParent('segur').filter((m) => m.kind === 'pilier');
	const axes = byParent('segur').filter((m) => m.kind === 'axe');
	return [...pillars.flatMap((p) => byParent(p.id).filter((m) => m.kind === 'mesure')), ...axes, ...byParent('ms2022').filter((m) => m.kind === 'chantier')];
}
