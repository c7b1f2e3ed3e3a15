/**
 * Layout of a milestone timeline (pure): lanes of marks on a time axis, marks packed in rows
 * so that none overlaps, marks outside the shown years in a gutter on either side so that
 * every milestone keeps its mark. A precise date (a day or a month) is a dot; an imprecise
 * one (a quarter, a season, a year, a span) a bar as long as the time it may stand for.
 */
import type { DataModel, Measure } from '../data/model';
import { formatDateSpan } from '../domain/format';
import { dateInterval, parsePartialDate } from '../domain/partial-date';
import { citeView } from './cite';
import { milestoneStates } from './follow-up';

export interface TimelineMark {
	id: string;
	lane: string;
	/** Days since 1970-01-01; `start` is -Infinity for « au plus tard ». */
	start: number;
	end: number;
	status: 'realise' | 'prevu';
	overdue: boolean;
	label: string;
	/** « 2e semestre 2021 », « au plus tard le 20 juillet 2021 ». */
	when: string;
	dateText?: string;
	measure: string;
	measureLabel: string;
	source: string;
}

export interface Lane {
	id: string;
	label: string;
}

export interface Domain {
	start: number;
	end: number;
}

export interface LayoutOptions {
	width: number;
	labelWidth: number;
	gutter: number;
	rowHeight: number;
	lanePadding: number;
	/** Narrowest mark, px. */
	minWidth: number;
	top: number;
	/** Height of one bar in a stack of bars with the same span. */
	stackHeight: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = { width: 1200, labelWidth: 210, gutter: 56, rowHeight: 11, lanePadding: 6, minWidth: 7, top: 28, stackHeight: 4 };

export interface PlacedMark extends TimelineMark {
	x: number;
	width: number;
	row: number;
	/** A dot (precise date) rather than a bar. */
	point: boolean;
	gutter?: 'before' | 'after';
	/** In a stack: y of the bar inside the lane's rows (px from the first row). */
	stackY?: number;
}

export interface PlacedLane extends Lane {
	y: number;
	height: number;
	marks: PlacedMark[];
	/** Stacks of same-span bars: where to write their count. */
	stacks: { x: number; y: number; count: number }[];
}

export interface TimelineLayout {
	lanes: PlacedLane[];
	height: number;
	/** Year boundaries inside the domain. */
	ticks: { x: number; label: string; year: number }[];
	/** x of the axis' ends (the gutters lie outside). */
	x0: number;
	x1: number;
	hidden: { before: number; after: number };
}

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;

/** The days of the years `from` to `to` (inclusive). */
export function yearsDomain(from: number, to: number): Domain {
	return { start: day(from, 1, 1), end: day(to, 12, 31) };
}

export function yearOf(dayNumber: number): number {
	return new Date(dayNumber * 86_400_000).getUTCFullYear();
}

export function layoutTimeline(lanes: readonly Lane[], marks: readonly TimelineMark[], domain: Domain, o: LayoutOptions = DEFAULT_LAYOUT): TimelineLayout {
	const x0 = o.labelWidth + o.gutter;
	const x1 = o.width - o.gutter;
	const scale = (d: number) => x0 + ((d - domain.start) / (domain.end + 1 - domain.start)) * (x1 - x0);
	let y = o.top;
	const hidden = { before: 0, after: 0 };
	const placedLanes: PlacedLane[] = [];
	for (const lane of lanes) {
		const own = marks.filter((m) => m.lane === lane.id);
		const placed: PlacedMark[] = own.map((m) => {
			const start = Number.isFinite(m.start) ? m.start : m.end;
			const point = m.end - start <= 31;
			if (m.end < domain.start || start > domain.end) {
				const before = m.end < domain.start;
				hidden[before ? 'before' : 'after']++;
				const gx = before ? o.labelWidth + 4 : x1 + 4;
				return { ...m, x: gx, width: o.gutter - 8, row: 0, point: false, gutter: before ? 'before' : 'after' };
			}
			const a = scale(Math.max(start, domain.start));
			const b = scale(Math.min(m.end, domain.end) + 1);
			const width = Math.max(o.minWidth, b - a);
			const x = point ? (a + b) / 2 - o.minWidth / 2 : a;
			return { ...m, x, width: point ? o.minWidth : width, row: 0, point };
		});
		// Bars standing for the same span (a calendar whose columns are lost, a year-long
		// frieze) are drawn as a thin stack; the rest is packed left to right in full rows.
		const groups = new Map<string, PlacedMark[]>();
		for (const m of placed)
			if (!m.point && !m.gutter) {
				const k = `${m.x}|${m.width}`;
				groups.set(k, [...(groups.get(k) ?? []), m]);
			}
		const stacked = new Set([...groups.values()].filter((g) => g.length >= 3).flat());
		const ends: number[] = [];
		const gutterRows = { before: 0, after: 0 };
		for (const m of [...placed].sort((p, q) => p.x - q.x || q.width - p.width)) {
			if (stacked.has(m)) continue;
			if (m.gutter) {
				m.row = gutterRows[m.gutter]++;
				continue;
			}
			let row = ends.findIndex((end) => end + 2 <= m.x);
			if (row < 0) row = ends.length;
			ends[row] = m.x + m.width;
			m.row = row;
		}
		const rows = Math.max(1, ends.length, gutterRows.before, gutterRows.after);
		let offset = rows * o.rowHeight;
		const stacks: PlacedLane['stacks'] = [];
		for (const g of groups.values()) {
			if (g.length < 3) continue;
			stacks.push({ x: (g[0] as PlacedMark).x + (g[0] as PlacedMark).width, y: offset, count: g.length });
			g.forEach((m, i) => {
				m.row = rows + i;
				m.stackY = offset + i * o.stackHeight;
			});
			offset += g.length * o.stackHeight + 3;
		}
		const height = offset + 2 * o.lanePadding;
		placedLanes.push({ ...lane, y, height, marks: placed, stacks });
		y += height;
	}
	const ticks: TimelineLayout['ticks'] = [];
	for (let year = yearOf(domain.start); year <= yearOf(domain.end); year++) {
		const d = day(year, 1, 1);
		if (d >= domain.start && d <= domain.end) ticks.push({ x: scale(d), label: String(year), year });
	}
	return { lanes: placedLanes, height: y + 8, ticks, x0, x1, hidden };
}

/** The lane a measure's milestone is drawn in: its pillar, the digital axis, its chantier, or the programme. */
export function laneOf(measures: ReadonlyMap<string, Measure>, id: string): string {
	let m = measures.get(id);
	while (m && m.kind !== 'pilier' && m.kind !== 'axe' && m.kind !== 'chantier' && m.kind !== 'programme') m = m.parent ? measures.get(m.parent) : undefined;
	return m?.id ?? id;
}

/** Every milestone of the model as a mark, in the lane of its pillar or chantier. */
export function programmeMarks(model: DataModel, lane: (measure: string) => string): TimelineMark[] {
	const measures = new Map((model.measures ?? []).map((m) => [m.id, m]));
	const states = milestoneStates(model);
	return (model.milestones ?? []).map((x) => {
		const [a, b] = x.date.split('/');
		const to = parsePartialDate(b ?? a ?? '');
		const from = a && a !== '..' ? parsePartialDate(a) : null;
		const end = to ? dateInterval(to).end : 0;
		const start = x.date.startsWith('../') ? -Infinity : from ? dateInterval(from).start : end;
		const m = measures.get(x.measure);
		return {
			id: x.id,
			lane: lane(x.measure),
			start,
			end,
			status: x.status,
			overdue: states.get(x.id)?.overdue ?? false,
			label: x.label,
			when: formatDateSpan(x.date),
			dateText: x.dateText,
			measure: x.measure,
			measureLabel: m ? (m.kind === 'mesure' ? `Mesure ${m.number} — ${m.label}` : m.label) : x.measure,
			source: citeView(model, x).text
		};
	});
}
