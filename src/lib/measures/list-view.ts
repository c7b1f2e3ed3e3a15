/**
 * The rows of /mesures/: one per Ségur measure, the digital axis and each Ma santé 2022
 * chantier, already worded in French (the page ships these rows, never the model).
 */
import type { DataModel } from '../data/model';
import { formatDate, formatNumber, formatWithUnit } from '../domain/format';
import { measurePath } from '../domain/measure-refs';
import { formatObservation } from '../explorer/display';
import { citeView, dateView, type CiteView, type DateView } from './cite';
import { followUpRows, referenceDate, summariseMeasure, type MilestoneState } from './follow-up';
import { progressWords, type Assessment, type PaceStatus, type ShareRange } from './progress';

export interface MilestoneBrief {
	id: string;
	label: string;
	date: DateView;
	/** As the document writes it. */
	dateText?: string;
}

export interface MeasureRow {
	id: string;
	kind: 'mesure' | 'axe' | 'chantier';
	number?: number;
	title: string;
	label: string;
	/** Pillar id, `numerique` or `ms2022`. */
	group: string;
	path: string;
	key?: {
		indicator: string;
		label: string;
		value: string;
		date: string;
		cite: CiteView;
	};
	progress?: {
		kind: Assessment['kind'];
		words: string;
		/** For the bar: the share reached (capped at 100 when drawn). */
		share?: ShareRange;
		target?: string;
	};
	pace: { status: PaceStatus; words: string };
	offTarget: boolean;
	overdue: MilestoneBrief[];
	next?: MilestoneBrief;
	territorial: { id: string; label: string }[];
	milestones: { realise: number; prevu: number };
}

export interface FollowUpGroup {
	id: string;
	title: string;
	label: string;
}

export interface FollowUpList {
	rows: MeasureRow[];
	groups: FollowUpGroup[];
	/** ISO day the deadlines are read at, and its words. */
	reference: string;
	referenceText: string;
}

function brief(s: MilestoneState): MilestoneBrief {
	const m = s.milestone;
	return { id: m.id, label: m.label, date: dateView(m.date), dateText: m.dateText };
}

function targetWords(a: Assessment): string | undefined {
	const t = a.target;
	if (!t) return undefined;
	const unit = a.indicator.unit;
	const value = t.valueMax ? `${formatNumber(t.value)} à ${formatWithUnit(t.valueMax, unit)}` : formatWithUnit(t.value, unit);
	return `${value}${t.date ? ` (${formatDate(t.date)})` : ''}`;
}

export function followUpList(model: DataModel): FollowUpList {
	const measures = model.measures ?? [];
	const rows: MeasureRow[] = [];
	for (const m of followUpRows(model)) {
		const s = summariseMeasure(model, m.id);
		if (!s) continue;
		const a = s.key?.assessment;
		rows.push({
			id: m.id,
			kind: m.kind as MeasureRow['kind'],
			number: m.number,
			title: m.title,
			label: m.label,
			group: m.kind === 'mesure' ? (m.parent ?? '') : m.kind === 'axe' ? m.id : 'ms2022',
			path: measurePath(m.id),
			key: s.key && {
				indicator: s.key.indicator.id,
				label: s.key.indicator.shortLabel,
				value: formatObservation(s.key.indicator, s.key.observation),
				date: formatDate(s.key.observation.period),
				cite: citeView(model, s.key.observation)
			},
			progress: a && { kind: a.kind, words: progressWords(a), share: a.kind === 'stated' ? a.stated?.share : a.share, target: targetWords(a) },
			pace: s.offTarget
				? { status: 'en_retard', words: (s.assessments.find((x) => x.pace.status === 'en_retard') ?? a)?.pace.words ?? '' }
				: { status: a?.pace.status ?? 'non_evaluable', words: a?.pace.words ?? 'Rythme non évalué : aucun objectif chiffré comparable.' },
			offTarget: s.offTarget,
			overdue: s.overdue.map(brief),
			next: s.next && brief(s.next),
			territorial: s.territorial.map((i) => ({ id: i.id, label: i.shortLabel })),
			milestones: s.milestoneCount
		});
	}
	const groups: FollowUpGroup[] = [
		...measures.filter((m) => m.kind === 'pilier' || m.kind === 'axe').map((m) => ({ id: m.id, title: m.title, label: m.label })),
		...measures.filter((m) => m.id === 'ms2022').map((m) => ({ id: m.id, title: 'Les 10 chantiers de Ma santé 2022', label: m.label }))
	];
	const reference = referenceDate(model);
	return { rows, groups, reference, referenceText: reference ? formatDate(reference) : '' };
}
