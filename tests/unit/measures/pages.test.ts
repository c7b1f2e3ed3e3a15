/** The page helpers: URL state of /mesures/, filtering and CSV, the timeline's layout. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkDataDir } from '../../../src/lib/data/check-data-dir';
import { normaliseSpaces } from '../../../src/lib/domain/format';
import { parseFrenchCsv } from '../../../src/lib/domain/csv-export';
import { calendarData, readPeriod } from '../../../src/lib/measures/calendar';
import { DEFAULT_LIST, listQuery, readListState } from '../../../src/lib/measures/list-params';
import { filterRows, rowsCsv } from '../../../src/lib/measures/list-filter';
import { followUpList } from '../../../src/lib/measures/list-view';
import { measureDetail } from '../../../src/lib/measures/detail-view';
import { followUpRows, summariseMeasure } from '../../../src/lib/measures/follow-up';
import { layoutTimeline, yearsDomain, type TimelineMark } from '../../../src/lib/measures/timeline';

const { model } = checkDataDir(join(import.meta.dirname, '../../../data'));
const list = followUpList(model);
const groups = list.groups.map((g) => g.id);

describe('/mesures/: the rows', () => {
	it('33 measures, the digital axis, then 10 chantiers, in that order', () => {
		expect(list.rows.filter((r) => r.kind === 'mesure').map((r) => r.number)).toEqual(Array.from({ length: 33 }, (_, i) => i + 1));
		expect(list.rows.filter((r) => r.kind === 'axe')).toHaveLength(1);
		expect(list.rows.filter((r) => r.kind === 'chantier')).toHaveLength(10);
		expect(groups).toEqual(['pilier-1', 'pilier-2', 'pilier-3', 'pilier-4', 'numerique', 'ms2022']);
	});
	it('the LHSS row says the objective was exceeded', () => {
		const row27 = summariseMeasure(model, '27');
		expect(row27?.assessments.some((a) => a.stated?.text.includes('objectif dépassé de 45'))).toBe(true);
	});
	it('« en retard » rows are exactly those whose summary says so', () => {
		const off = filterRows(list.rows, { ...DEFAULT_LIST, offTarget: true }).map((r) => r.id);
		expect(off).toEqual(followUpRows(model).filter((m) => summariseMeasure(model, m.id)?.offTarget).map((m) => m.id));
		expect(off).toEqual(['4', '25', 'ms2022-c1']);
	});
});

describe('/mesures/: the URL', () => {
	const read = (q: string) => readListState(new URLSearchParams(q), groups);
	it.each([
		['', DEFAULT_LIST, 0],
		['ecart=1&echeance=1&territorial=1&groupe=pilier-4&tri=retard&vue=tableau', { offTarget: true, overdue: true, territorial: true, group: 'pilier-4', sort: 'retard', layout: 'tableau' }, 0],
		['ecart=oui', DEFAULT_LIST, 1],
		['groupe=pilier-9', DEFAULT_LIST, 1],
		['tri=hasard&vue=carte', DEFAULT_LIST, 2],
		['ecart=1&ecart=0', { ...DEFAULT_LIST, offTarget: true }, 1],
		['inconnu=1', DEFAULT_LIST, 1]
	])('%s', (q, state, warnings) => {
		const r = read(q);
		expect(r.state).toEqual(state);
		expect(r.warnings).toHaveLength(warnings);
	});
	it('warnings are French and quote the bad value safely', () => {
		const [w] = read('tri=%3Cb%3Ex%3C%2Fb%3E').warnings;
		expect(normaliseSpaces(w ?? '')).toMatch(/^Paramètre « tri » invalide \(« <b>x<\/b> »\) : attendu numero, avancement, echeance, retard ; tri par numéro\.$/);
	});
	it('round-trips', () => {
		const s = { offTarget: true, overdue: false, territorial: true, group: 'ms2022', sort: 'echeance' as const, layout: 'tableau' as const };
		expect(read(listQuery(s).slice(1)).state).toEqual(s);
		expect(listQuery(DEFAULT_LIST)).toBe('?');
	});
});

describe('/mesures/: sorting and export', () => {
	it('the least advanced first, then those without a share', () => {
		const sorted = filterRows(list.rows, { ...DEFAULT_LIST, sort: 'avancement' });
		const shares = sorted.map((r) => (r.progress?.share ? r.progress.share.low : null));
		const firstNull = shares.indexOf(null);
		const withShare = shares.slice(0, firstNull < 0 ? undefined : firstNull) as number[];
		expect(withShare).toEqual([...withShare].sort((a, b) => a - b));
		if (firstNull >= 0) expect(shares.slice(firstNull).every((s) => s === null)).toBe(true);
	});
	it('the CSV has one line per row shown, in French Excel form', () => {
		const rows = filterRows(list.rows, { ...DEFAULT_LIST, overdue: true });
		const csv = parseFrenchCsv(rowsCsv(rows, 'https://exemple.fr/'));
		expect(csv.rows).toHaveLength(rows.length);
		expect(csv.headers[0]).toBe('mesure');
		expect(csv.rows[0]?.at(-1)).toMatch(/^https:\/\/exemple\.fr\/mesures\//);
	});
});

describe('a measure page', () => {
	it('charts the national figures of its indicators, with their sources', () => {
		const order = followUpRows(model).map((m) => m.id);
		const d = measureDetail(model, '25', order);
		const cpts = d?.indicators.find((i) => i.id === 'cpts_en_fonctionnement');
		expect(cpts?.points.map((p) => p.value)).toEqual([73, 172, 172]);
		expect(cpts?.targets.map((t) => t.value)).toEqual([1000, 1000]);
		expect(cpts?.maps.length).toBeGreaterThan(0);
		expect(d?.siblings.previous?.path).toBe('mesures/24/');
	});
});

describe('the programme timeline', () => {
	const cal = calendarData(model);
	it('one mark per milestone, each in a lane', () => {
		expect(cal.marks).toHaveLength((model.milestones ?? []).length);
		const lanes = new Set(cal.lanes.map((l) => l.id));
		for (const m of cal.marks) expect(lanes.has(m.lane), `${m.id} → ${m.lane}`).toBe(true);
	});
	it('lays every mark out once; marks outside the years shown go to the gutters', () => {
		const domain = yearsDomain(2019, 2022);
		const layout = layoutTimeline(cal.lanes, cal.marks, domain);
		const placed = layout.lanes.flatMap((l) => l.marks);
		expect(placed).toHaveLength(cal.marks.length);
		const out = cal.marks.filter((m) => m.end < domain.start || (Number.isFinite(m.start) ? m.start : m.end) > domain.end).length;
		expect(layout.hidden.before + layout.hidden.after).toBe(out);
	});
	it('no two marks of a row overlap', () => {
		const layout = layoutTimeline(cal.lanes, cal.marks, yearsDomain(2019, 2022));
		for (const lane of layout.lanes) {
			const rows = new Map<number, { x: number; w: number }[]>();
			for (const m of lane.marks) if (!m.gutter && m.stackY === undefined) rows.set(m.row, [...(rows.get(m.row) ?? []), { x: m.x, w: m.width }]);
			for (const list of rows.values()) {
				list.sort((a, b) => a.x - b.x);
				for (let i = 1; i < list.length; i++) expect((list[i]?.x ?? 0) >= (list[i - 1]?.x ?? 0) + (list[i - 1]?.w ?? 0)).toBe(true);
			}
		}
	});
	it('a precise date is a dot, an imprecise one a bar', () => {
		const mk = (id: string, start: number, end: number): TimelineMark => ({ id, lane: 'l', start, end, status: 'prevu', overdue: false, label: id, when: '', measure: 'x', measureLabel: 'x', source: '' });
		const d = yearsDomain(2021, 2021);
		const t = layoutTimeline([{ id: 'l', label: 'L' }], [mk('day', d.start + 10, d.start + 10), mk('quarter', d.start, d.start + 89)], d);
		const [day, quarter] = t.lanes[0]?.marks ?? [];
		expect(day?.point).toBe(true);
		expect(quarter?.point).toBe(false);
		expect(quarter?.width ?? 0).toBeGreaterThan(200);
	});
	it.each([
		['', '2019-2022', 0],
		['periode=2021', '2021', 0],
		['periode=tout', 'tout', 0],
		['periode=1999', '2019-2022', 1]
	])('period %s', (q, value, warnings) => {
		const r = readPeriod(new URLSearchParams(q), cal.span);
		expect(r.value).toBe(value);
		expect(r.warnings).toHaveLength(warnings);
	});
});
