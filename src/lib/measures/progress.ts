/**
 * Honest progress towards a target, and pace. One rule, used by the headline strip, the
 * measures pages and the profiles:
 *
 * - A share of a target is computed only when the observation and the target measure the
 *   same thing: same indicator (hence the same unit), the whole territory the target covers
 *   (targets are national: a metropolitan count, or a figure from some régions only, is not
 *   compared), and a date the target speaks of. An observation later than the deadline is
 *   compared only with the words « après l’échéance ». Otherwise: no percentage, a reason.
 * - Dates compare by the interval of days they stand for (partial-date.ts), never as text.
 * - When a document states the progress itself (« cible atteinte à 17 % », « objectif
 *   dépassé de 45 % »), that statement is shown, cited, instead of a recomputed number.
 * - Pace: with a start and a due date, the share of time elapsed at the observation's date
 *   is set beside the share of the target reached. *En retard* only when both are known and
 *   the share reached is at least {@link CLEARLY_BELOW_POINTS} points below the time elapsed,
 *   each imprecise date read in the way most favourable to the measure.
 */
import type { DataModel, Indicator, Observation, StatedProgressLink, Target } from '../data/model';
import { indexModel } from '../data/model-index';
import { formatDateAt, formatNumber } from '../domain/format';
import { intervalOf, isWithin, type DayInterval } from '../domain/partial-date';

/** « Clearly below »: the share reached trails the share of time elapsed by this many points or more. */
export const CLEARLY_BELOW_POINTS = 10;

/** A share in %, as a range when the figures are approximate (`high` may be Infinity: « plus de »). */
export interface ShareRange {
	low: number;
	high: number;
}

export interface StatedProgress {
	/** The document's figure (an observation of the stated indicator). */
	observation: Observation;
	link: StatedProgressLink;
	/** « 17 % de l’objectif », « objectif dépassé de 45 % », « près de 90 % de l’objectif ». */
	text: string;
	/** Share of the target it amounts to (145 for « dépassé de 45 % »). */
	share: ShareRange;
}

export type PaceStatus = 'en_retard' | 'pas_en_retard' | 'non_evaluable';

export interface Pace {
	status: PaceStatus;
	/** % of the time from start to deadline elapsed at the observation's date (clamped to 0–100). */
	elapsed?: ShareRange;
	reached?: ShareRange;
	/** In French: the verdict and its figures, or why there is none. */
	words: string;
}

export interface Assessment {
	indicator: Indicator;
	observation: Observation;
	/** The target the observation is compared with (or, without a comparison, the one it was checked against). */
	target?: Target;
	kind: 'computed' | 'stated' | 'none';
	/** Computed share of the target. */
	share?: ShareRange;
	stated?: StatedProgress;
	/** The observation is, or may be, later than the target's deadline. */
	afterDeadline: boolean;
	/** Why there is no percentage (kind = none), in French. */
	reason?: string;
	pace: Pace;
}

/**
 * The days a figure speaks for: its period, narrowed to its publication date when the source
 * gives a running total before the period ends (« 100 M€ délégués en 2021 », published on
 * 14 December 2021, tells the state of 14 December).
 */
export function asOf(obs: Pick<Observation, 'period' | 'reported'>): DayInterval {
	const p = intervalOf(obs.period) ?? { start: 0, end: 0 };
	const r = obs.reported ? intervalOf(obs.reported) : null;
	if (r && r.end < p.end && r.end >= p.start) return { start: Math.max(p.start, r.start), end: r.end };
	return p;
}

/** Latest first is `> 0`: by the day the figure speaks for, then by publication date. */
export function compareObservationDates(a: Observation, b: Observation): number {
	const ia = asOf(a);
	const ib = asOf(b);
	if (ia.end !== ib.end) return ia.end - ib.end;
	if (ia.start !== ib.start) return ia.start - ib.start;
	const ra = a.reported ? (intervalOf(a.reported)?.end ?? 0) : 0;
	const rb = b.reported ? (intervalOf(b.reported)?.end ?? 0) : 0;
	return ra - rb;
}

/** The latest national figure of an indicator (numbers only), whatever its scope. */
export function latestNational(model: DataModel, indicatorId: string): Observation | undefined {
	const list = indexModel(model).observations(indicatorId, 'france').filter((o) => o.code === 'FR' && typeof o.value === 'number');
	return list.reduce<Observation | undefined>((best, o) => (!best || compareObservationDates(o, best) > 0 ? o : best), undefined);
}

/** [low, high] of a figure with its qualifier (« plus de 250 » is [250, ∞)). */
function valueRange(obs: Observation): ShareRange {
	const v = obs.value as number;
	switch (obs.qualifier) {
		case 'more_than':
		case 'at_least':
			return { low: v, high: Infinity };
		case 'less_than':
		case 'at_most':
			return { low: 0, high: v };
		case 'range':
			return { low: v, high: obs.valueMax ?? v };
		default:
			return { low: v, high: v };
	}
}

function share(obs: Observation, target: Target): ShareRange {
	const v = valueRange(obs);
	const tHigh = target.valueMax ?? target.value;
	return { low: (100 * v.low) / tHigh, high: (100 * v.high) / target.value };
}

const pct = (n: number) => `${formatNumber(n, { maxFractionDigits: 0 })}\u00A0%`;

/** « 17 % », « 41 à 49 % », « plus de 25 % ». */
export function formatShare(r: ShareRange): string {
	if (r.high === Infinity) return `plus de ${pct(r.low)}`;
	const lo = Math.round(r.low);
	const hi = Math.round(r.high);
	return lo === hi ? pct(r.low) : `${formatNumber(lo)} à ${pct(hi)}`;
}

/** The document's own statement of progress for this figure, if any (the same figure re-reported counts). */
export function statedFor(model: DataModel, obs: Observation): StatedProgress | undefined {
	const links = (model.statedProgress ?? []).filter((l) => l.of === obs.indicator);
	if (!links.length) return undefined;
	const index = indexModel(model);
	const sameFigure = index
		.observations(obs.indicator, obs.level)
		.filter((o) => o.code === obs.code && o.period === obs.period && o.value === obs.value);
	const sources = new Set([obs.source, ...sameFigure.map((o) => o.source)]);
	for (const link of links) {
		// A statement of the same source, not older than the figure it qualifies.
		const stated = index
			.observations(link.indicator, obs.level)
			.find((s) => s.code === obs.code && sources.has(s.source) && typeof s.value === 'number' && asOf(s).end >= asOf(obs).start);
		if (!stated) continue;
		const v = stated.value as number;
		const about = stated.qualifier === 'about' ? 'près de ' : '';
		const text = link.wording === 'depasse' ? `objectif dépassé de ${about}${pct(v)}` : `${about}${pct(v)} de l’objectif`;
		const base = link.wording === 'depasse' ? 100 + v : v;
		return { observation: stated, link, text, share: { low: base, high: base } };
	}
	return undefined;
}

/** Why a figure cannot be set against a national target, or undefined when it can. */
export function scopeReason(obs: Observation): string | undefined {
	if (obs.level !== 'france' || obs.code !== 'FR') return 'chiffre d’un territoire, l’objectif est national';
	if (obs.scope === 'metropole') return 'le décompte ne couvre que la métropole, l’objectif porte sur toute la France';
	if (obs.scope === 'partiel') return 'le chiffre ne couvre qu’une partie des régions ou des ARS, l’objectif porte sur toute la France';
	return undefined;
}

interface Candidate {
	target: Target;
	afterDeadline: boolean;
}

/** The target an observation is compared with, by the date rule; or why none fits. */
export function chooseTarget(obs: Observation, targets: readonly Target[]): Candidate | { reason: string } {
	if (!targets.length) return { reason: 'aucun objectif chiffré pour cet indicateur' };
	const period = (t: Target) => t.kind === 'periode' && t.date;
	// A period target speaks of its period: the figure must lie within it, or cover it.
	const samePeriod = targets.filter((t) => period(t) && t.date && (isWithin(obs.period, t.date) || isWithin(t.date, obs.period)));
	if (samePeriod[0]) return { target: samePeriod[0], afterDeadline: false };
	const dated = targets.filter((t) => !period(t) && t.date);
	const ahead = dated
		.filter((t) => asOf(obs).end <= (intervalOf(t.date as string)?.end ?? -Infinity))
		.sort((a, b) => (intervalOf(a.date as string)?.end ?? 0) - (intervalOf(b.date as string)?.end ?? 0));
	if (ahead[0]) return { target: ahead[0], afterDeadline: false };
	const undated = targets.find((t) => !t.date);
	if (undated) return { target: undated, afterDeadline: false };
	const passed = dated.sort((a, b) => (intervalOf(b.date as string)?.end ?? 0) - (intervalOf(a.date as string)?.end ?? 0));
	if (passed[0]) return { target: passed[0], afterDeadline: true };
	const periods = targets.filter((t) => period(t)).map((t) => formatDateAt(t.date as string));
	return { reason: `l’observation (${formatDateAt(obs.period)}) et l’objectif (${periods.join(', ')}) ne portent pas sur la même période` };
}

/** Start and end days of the time the target allows, when known. */
function window(target: Target): { start: DayInterval; due: DayInterval } | undefined {
	if (!target.date) return undefined;
	const due = intervalOf(target.date);
	if (!due) return undefined;
	if (target.kind === 'periode') return { start: { start: due.start, end: due.start }, due: { start: due.end, end: due.end } };
	const start = target.startDate ? intervalOf(target.startDate) : null;
	return start ? { start, due } : undefined;
}

const clamp = (n: number) => Math.min(100, Math.max(0, n));

/** Share of the time elapsed at the observation's date: [most favourable to the measure, least]. */
export function elapsedShare(obs: Observation, target: Target): ShareRange | undefined {
	const w = window(target);
	if (!w) return undefined;
	const at = asOf(obs);
	// The last day counts as elapsed: a figure of 31 December is at the end of the year.
	const low = (at.start + 1 - w.start.end) / (w.due.end + 1 - w.start.end);
	const high = (at.end + 1 - w.start.start) / (w.due.start + 1 - w.start.start);
	return { low: clamp(100 * low), high: clamp(100 * Math.max(low, high)) };
}

function paceOf(reached: ShareRange | undefined, obs: Observation, target: Target | undefined): Pace {
	const unknown = (words: string): Pace => ({ status: 'non_evaluable', words: `Rythme non évalué : ${words}.` });
	if (!reached) return unknown('pas de part de l’objectif atteinte');
	if (!target) return unknown('pas d’objectif comparable');
	if (!target.date) return unknown('l’objectif n’a pas d’échéance');
	const elapsed = elapsedShare(obs, target);
	if (!elapsed) return unknown('l’objectif n’a pas de date de départ dans les sources');
	const late = reached.high < elapsed.low - CLEARLY_BELOW_POINTS;
	const figures = `${formatShare(reached)} de l’objectif pour ${formatShare(elapsed)} du temps écoulé`;
	return late
		? { status: 'en_retard', elapsed, reached, words: `En retard : ${figures}.` }
		: { status: 'pas_en_retard', elapsed, reached, words: `Pas en retard : ${figures}.` };
}

/** The assessment of one figure against the targets of its indicator. */
export function assessObservation(model: DataModel, obs: Observation): Assessment | undefined {
	const index = indexModel(model);
	const indicator = index.indicator(obs.indicator);
	if (!indicator || typeof obs.value !== 'number') return undefined;
	const targets = model.targets.filter((t) => t.indicator === obs.indicator);
	const stated = statedFor(model, obs);
	const none = (reason: string, target?: Target, afterDeadline = false): Assessment => ({
		indicator,
		observation: obs,
		target,
		kind: 'none',
		afterDeadline,
		reason,
		pace: paceOf(undefined, obs, target)
	});
	const chosen = chooseTarget(obs, targets);
	const target = 'target' in chosen ? chosen.target : undefined;
	const afterDeadline = 'target' in chosen && chosen.afterDeadline;
	if (stated) return { indicator, observation: obs, target, kind: 'stated', stated, afterDeadline, pace: paceOf(stated.share, obs, target) };
	const outOfScope = scopeReason(obs);
	if (outOfScope) return none(outOfScope, target);
	if (!target) return none('reason' in chosen ? chosen.reason : 'aucun objectif comparable');
	if (indicator.polarity === 'lower_better' || target.value <= 0)
		return none('objectif de baisse ou de zéro : pas de part de l’objectif calculable', target);
	const s = share(obs, target);
	return { indicator, observation: obs, target, kind: 'computed', share: s, afterDeadline, pace: paceOf(s, obs, target) };
}

/** The assessment of the latest national figure of an indicator that has a target. */
export function assessIndicator(model: DataModel, indicatorId: string): Assessment | undefined {
	if (!model.targets.some((t) => t.indicator === indicatorId)) return undefined;
	const latest = latestNational(model, indicatorId);
	return latest ? assessObservation(model, latest) : undefined;
}

/** « 17 % de l’objectif », « 85 % de l’objectif (après l’échéance) », or the reason in words. */
export function progressWords(a: Assessment): string {
	if (a.kind === 'stated' && a.stated) return `${a.stated.text} (selon la source)`;
	if (a.kind === 'computed' && a.share) return `${formatShare(a.share)} de l’objectif${a.afterDeadline ? ', après l’échéance' : ''}`;
	return `Pas de part de l’objectif : ${a.reason ?? 'aucun objectif comparable'}.`;
}
