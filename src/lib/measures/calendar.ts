/**
 * The programme calendar: every milestone on one timeline, one lane per pillar, the digital
 * axis, the Ségur's own follow-up, and each chantier of Ma santé 2022. The URL chooses the
 * years shown (`periode=2019-2022` by default, one year, or `tout`); a bad value falls back
 * to the default with a French warning.
 */
import type { DataModel } from '../data/model';
import { invalidParamWarning, repeatedParamWarning } from '../url/view-params';
import { laneOf, programmeMarks, yearsDomain, yearOf, type Domain, type Lane, type TimelineMark } from './timeline';

export interface CalendarData {
	lanes: Lane[];
	marks: TimelineMark[];
	/** First and last years with a milestone. */
	span: [number, number];
}

export function calendarData(model: DataModel): CalendarData {
	const measures = new Map((model.measures ?? []).map((m) => [m.id, m]));
	const laneIds = [
		'segur',
		...(model.measures ?? []).filter((m) => (m.kind === 'pilier' || m.kind === 'axe') && m.parent === 'segur').map((m) => m.id),
		...(model.measures ?? []).filter((m) => m.kind === 'chantier').map((m) => m.id)
	];
	const lanes = laneIds.map((id) => ({ id, label: id === 'segur' ? 'Ségur — Suivi du programme' : (measures.get(id)?.label ?? id) }));
	const marks = programmeMarks(model, (id) => laneOf(measures, id));
	const ends = marks.map((m) => m.end);
	const starts = marks.map((m) => (Number.isFinite(m.start) ? m.start : m.end));
	return { lanes, marks, span: [yearOf(Math.min(...starts)), yearOf(Math.max(...ends))] };
}

export const DEFAULT_PERIOD = '2019-2022';

export function periodChoices(span: [number, number]): { value: string; label: string }[] {
	return [
		{ value: '2019-2022', label: '2019 – 2022' },
		...[2019, 2020, 2021, 2022].map((y) => ({ value: String(y), label: String(y) })),
		{ value: 'tout', label: `Tout (${span[0]} – ${span[1]})` }
	];
}

export function readPeriod(params: URLSearchParams, span: [number, number]): { value: string; domain: Domain; warnings: string[] } {
	const warnings: string[] = [];
	const all = params.getAll('periode');
	if (all.length > 1) warnings.push(repeatedParamWarning('periode'));
	const raw = all[0];
	const valid = periodChoices(span).map((c) => c.value);
	const value = raw === undefined ? DEFAULT_PERIOD : valid.includes(raw) ? raw : DEFAULT_PERIOD;
	if (raw !== undefined && !valid.includes(raw)) warnings.push(invalidParamWarning('periode', raw, `attendu ${valid.join(', ')} ; années 2019 à 2022.`));
	const domain = value === 'tout' ? yearsDomain(span[0], span[1]) : value.includes('-') ? yearsDomain(2019, 2022) : yearsDomain(Number(value), Number(value));
	return { value, domain, warnings };
}
