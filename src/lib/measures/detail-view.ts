/**
 * Everything the page of one measure or chantier shows, as plain JSON: its figures over
 * time (national points with their provenance), targets, assessments, milestones with
 * their state, the map links of its territorial indicators and the territories they cover.
 */
import type { DataModel, Indicator, Measure } from '../data/model';
import { indexModel } from '../data/model-index';
import { formatDate, formatDateSpan, formatNumber, formatWithUnit } from '../domain/format';
import { LEVEL_WORDS, SCOPE_LABELS } from '../domain/labels';
import { measurePath } from '../domain/measure-refs';
import type { MapLevel } from '../domain/types';
import { formatObservation } from '../explorer/display';
import { profileSlug } from '../publish/portrait';
import { getDepartement, getRegion } from '../territories';
import { DEFAULT_VIEW, viewHref } from '../url/view-state';
import { citeView, dateView, type CiteView, type DateView } from './cite';
import { measureMilestones, milestoneStates, referenceDate, subtree, summariseMeasure } from './follow-up';
import { asOf, compareObservationDates, progressWords, type PaceStatus } from './progress';

export interface PointView {
	date: DateView;
	/** The days the figure speaks for (for drawing): a dot in the middle, a bar across when long. */
	day: number;
	from: number;
	to: number;
	value: number;
	valueMax?: number;
	formatted: string;
	scope?: string;
	cite: CiteView;
	note?: string;
}

export interface TargetView {
	value: number;
	valueMax?: number;
	formatted: string;
	date?: DateView;
	kind: 'echeance' | 'periode';
	start?: DateView;
	cite: CiteView;
	note?: string;
}

export interface IndicatorView {
	id: string;
	label: string;
	unit?: string;
	description: string;
	points: PointView[];
	targets: TargetView[];
	assessment?: { words: string; pace: string; status: PaceStatus; reason?: string; stated?: CiteView; target?: string };
	/** Explorer links, one per mapped level. */
	maps: { level: MapLevel; label: string; href: string }[];
	territories: { code: string; name: string; level: MapLevel; profile: string }[];
}

export interface MilestoneView {
	id: string;
	label: string;
	status: 'realise' | 'prevu';
	pending: boolean;
	overdue: boolean;
	date: DateView;
	dateText?: string;
	/** Project of a chantier, when the milestone belongs to one. */
	project?: string;
	fulfilledBy: { id: string; label: string; date: string }[];
	fulfils: { id: string; label: string; date: string }[];
	inferred: string[];
	note?: string;
	cite: CiteView;
}

export interface MeasureDetail {
	id: string;
	kind: Measure['kind'];
	number?: number;
	title: string;
	label: string;
	lead?: string;
	cite: CiteView;
	parent?: { id: string; title: string; label: string };
	projects: { id: string; number?: number; title: string; label: string; lead?: string }[];
	indicators: IndicatorView[];
	milestones: MilestoneView[];
	offTarget: boolean;
	overdueCount: number;
	reference: string;
	/** Previous and next measure pages. */
	siblings: { previous?: { path: string; label: string }; next?: { path: string; label: string } };
}

function pointOf(model: DataModel, indicator: Indicator, o: Parameters<typeof formatObservation>[1]): PointView {
	const at = asOf(o);
	return {
		date: dateView(o.period),
		day: (at.start + at.end) / 2,
		from: at.start,
		to: at.end,
		value: o.value as number,
		valueMax: o.valueMax,
		formatted: formatObservation(indicator, o),
		scope: o.scope ? SCOPE_LABELS[o.scope] : undefined,
		cite: citeView(model, o),
		note: o.note
	};
}

function territoriesOf(model: DataModel, indicator: Indicator): IndicatorView['territories'] {
	const index = indexModel(model);
	const out: IndicatorView['territories'] = [];
	for (const level of ['region', 'departement'] as const)
		for (const code of new Set(index.observations(indicator.id, level).map((o) => o.code))) {
			const name = level === 'region' ? getRegion(code)?.nom : getDepartement(code)?.nom;
			if (name) out.push({ code, name, level, profile: `territoire/${profileSlug(level, code)}/` });
		}
	return out.sort((a, b) => a.level.localeCompare(b.level) || a.name.localeCompare(b.name, 'fr'));
}

function indicatorView(model: DataModel, indicator: Indicator): IndicatorView {
	const index = indexModel(model);
	const national = index
		.observations(indicator.id, 'france')
		.filter((o) => o.code === 'FR' && typeof o.value === 'number')
		.slice()
		.sort(compareObservationDates);
	const targets = model.targets
		.filter((t) => t.indicator === indicator.id)
		.map((t) => ({
			value: t.value,
			valueMax: t.valueMax,
			formatted: t.valueMax ? `${formatNumber(t.value)} à ${formatWithUnit(t.valueMax, indicator.unit)}` : formatWithUnit(t.value, indicator.unit),
			date: t.date ? dateView(t.date) : undefined,
			kind: t.kind ?? 'echeance',
			start: t.startDate ? dateView(t.startDate) : undefined,
			cite: citeView(model, t),
			note: t.note
		}));
	return {
		id: indicator.id,
		label: indicator.label,
		unit: indicator.unit,
		description: indicator.description,
		points: national.map((o) => pointOf(model, indicator, o)),
		targets,
		maps: index.mappedLevels(indicator.id).map((level) => ({
			level,
			label: `${indicator.shortLabel} — carte ${LEVEL_WORDS[level].by.toLowerCase()}`,
			href: viewHref({ ...DEFAULT_VIEW, indicator: indicator.id, level })
		})),
		territories: territoriesOf(model, indicator)
	};
}

export function measureDetail(model: DataModel, id: string, order: readonly string[]): MeasureDetail | undefined {
	const summary = summariseMeasure(model, id);
	if (!summary) return undefined;
	const m = summary.measure;
	const measures = model.measures ?? [];
	const parent = measures.find((p) => p.id === m.parent);
	const projects = subtree(model, id).filter((p) => p.kind === 'projet');
	const projectOf = new Map(projects.map((p) => [p.id, p]));
	const states = milestoneStates(model);
	const all = new Map((model.milestones ?? []).map((x) => [x.id, x]));
	const ref = (mid: string) => {
		const x = all.get(mid);
		return { id: mid, label: x?.label ?? mid, date: x ? formatDateSpan(x.date) : '' };
	};
	const indicators = summary.indicators.map((i) => {
		const view = indicatorView(model, i);
		const a = summary.assessments.find((x) => x.indicator.id === i.id);
		if (a)
			view.assessment = {
				words: progressWords(a),
				pace: a.pace.words,
				status: a.pace.status,
				reason: a.reason,
				stated: a.stated ? citeView(model, a.stated.observation) : undefined,
				target: a.target ? `${formatWithUnit(a.target.value, i.unit)}${a.target.date ? ` (${formatDate(a.target.date)})` : ''}` : undefined
			};
		return view;
	});
	const position = order.indexOf(id);
	const sibling = (k: number) => {
		const sid = order[k];
		const s = sid ? measures.find((x) => x.id === sid) : undefined;
		return s ? { path: measurePath(s.id), label: s.kind === 'mesure' ? `Mesure ${s.number} — ${s.label}` : s.label } : undefined;
	};
	return {
		id: m.id,
		kind: m.kind,
		number: m.number,
		title: m.title,
		label: m.label,
		lead: m.lead,
		cite: citeView(model, m),
		parent: parent && { id: parent.id, title: parent.title, label: parent.label },
		projects: projects.map((p) => ({ id: p.id, number: p.number, title: p.title, label: p.label, lead: p.lead })),
		indicators,
		milestones: measureMilestones(model, id).map((x) => {
			const st = states.get(x.id);
			return {
				id: x.id,
				label: x.label,
				status: x.status,
				pending: st?.pending ?? false,
				overdue: st?.overdue ?? false,
				date: dateView(x.date),
				dateText: x.dateText,
				project: projectOf.get(x.measure)?.label,
				fulfilledBy: (st?.fulfilledBy ?? []).map(ref),
				fulfils: x.fulfils.map(ref),
				inferred: x.inferred,
				note: x.note,
				cite: citeView(model, x)
			};
		}),
		offTarget: summary.offTarget,
		overdueCount: summary.overdue.length,
		reference: formatDate(referenceDate(model)),
		siblings: { previous: position > 0 ? sibling(position - 1) : undefined, next: position >= 0 ? sibling(position + 1) : undefined }
	};
}
