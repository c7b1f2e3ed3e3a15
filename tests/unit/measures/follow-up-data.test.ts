/**
 * The shipped follow-up: the 33 measures and their titles, the chantiers, every milestone
 * cited as written at its lines (checked here independently of the validator), dates never
 * more precise than the words of the document, and the states the pages show.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDataDir } from '../../../src/lib/data/check-data-dir';
import { measureIds } from '../../../src/lib/domain/measure-refs';
import { parseDateSpan, parsePartialDate, type Precision } from '../../../src/lib/domain/partial-date';
import { milestoneStates, referenceDate, summariseMeasure } from '../../../src/lib/measures/follow-up';

const DATA = join(import.meta.dirname, '../../../data');
const { model, problems, notes } = checkDataDir(DATA);
const measures = model.measures ?? [];
const milestones = model.milestones ?? [];

describe('measures and chantiers', () => {
	it('the data is valid', () => expect(problems).toEqual([]));

	it('every Ségur measure 1 to 33 has its title, under a pillar', () => {
		const list = measures.filter((m) => m.kind === 'mesure');
		expect(list.map((m) => m.number).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(Array.from({ length: 33 }, (_, i) => i + 1));
		for (const m of list) {
			expect(m.title.length, m.id).toBeGreaterThan(10);
			expect(measures.find((p) => p.id === m.parent)?.kind, m.id).toBe('pilier');
		}
	});

	it('the digital axis, four pillars and ten chantiers, each chantier with its projects and leads', () => {
		expect(measures.filter((m) => m.kind === 'axe').map((m) => m.id)).toEqual(['numerique']);
		expect(measures.filter((m) => m.kind === 'pilier')).toHaveLength(4);
		const chantiers = measures.filter((m) => m.kind === 'chantier');
		expect(chantiers.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
		for (const c of chantiers) {
			expect(c.lead, c.id).toBeTruthy();
			expect(measures.filter((p) => p.parent === c.id && p.kind === 'projet').length, c.id).toBeGreaterThan(0);
		}
	});

	it('no lead names a person: organisations only', () => {
		for (const m of measures) if (m.lead) expect(m.lead, m.id).not.toMatch(/\b(Robert|Champetier|Escalon|Pon|Létourneau|Aubert|Reynier)\b/);
	});

	it('every indicator that names a measure names one that exists', () => {
		const ids = new Set(measures.map((m) => m.id));
		for (const ind of model.indicators) for (const id of measureIds(ind.measure)) expect(ids.has(id), `${ind.id} → ${id}`).toBe(true);
	});
});

// An independent reading of the documents: the snippet, whitespace and markup aside.
const norm = (t: string) =>
	t
		.replace(/<\/?p>/g, ' ')
		.replace(/\^\{([^}]*)\}/g, '$1')
		.replace(/\^(?=\w)/g, '')
		.replace(/\*\*/g, '')
		.replace(/[\s\u00A0\u202F]+/g, ' ')
		.trim();
const docs = new Map<string, string[]>();
function lines(source: string): string[] | undefined {
	const file = model.sources.find((s) => s.id === source)?.document;
	if (!file) return undefined;
	if (!docs.has(file)) docs.set(file, readFileSync(join(DATA, 'documents', file), 'utf8').split(/\r?\n/));
	return docs.get(file);
}
function at(source: string, locator: string): string {
	const m = /^L(\d+)(?:-(\d+))?$/.exec(locator);
	const all = lines(source);
	if (!m || !all) throw new Error(`${source} ${locator}`);
	return norm(all.slice(Number(m[1]) - 1, Number(m[2] ?? m[1])).join(' '));
}

describe('every milestone is cited as written', () => {
	it('there are milestones from each of the five documents', () => {
		const bySource = new Set(milestones.map((m) => m.source));
		expect([...bySource].sort()).toEqual(['cs4-2021-07', 'cs4-2021-07-brut', 'dp-2021-12', 'ms2022-2019-09', 'segur-2020-09']);
		expect(milestones.length).toBeGreaterThan(700);
	});

	it('its as-written snippet (60 characters at most) is at its cited lines', () => {
		for (const m of milestones) {
			expect(m.asWritten, m.id).toBeTruthy();
			expect((m.asWritten ?? '').length, m.id).toBeLessThanOrEqual(60);
			expect(at(m.source, m.locator), `${m.id} ${m.locator}`).toContain(norm(m.asWritten ?? ''));
		}
	});

	it('its date as written is there too, unless the date is read from the layout (inferred)', () => {
		for (const m of milestones) if (m.dateText && !m.inferred.includes('date')) expect(at(m.source, m.locator), m.id).toContain(norm(m.dateText));
	});

	it('measure titles are at their lines, as written', () => {
		for (const m of measures) expect(at(m.source, m.locator), m.id).toContain(norm(m.title));
	});

	it('`npm run data:check` reports the count of milestones per document', () => {
		const count = (s: string) => milestones.filter((m) => m.source === s).length;
		const note = notes.find((n) => n.startsWith('data/jalons.csv :') && n.includes('jalons par document'));
		expect(note).toBe(
			`data/jalons.csv : ${milestones.length} jalons par document — ${[...new Set(milestones.map((m) => m.source))].map((s) => `${s} : ${count(s)}`).join(', ')}`
		);
	});
});

/** How precise the words of a date are: « 14 décembre 2021 » a day, « T4 2021 » a quarter, « fin 2021 » a year. */
const RANK: Record<Precision, number> = { year: 0, semester: 1, quarter: 2, season: 2, month: 3, day: 4 };
const MONTHS = /janv|févr|fevr|mars|avril|mai|juin|jun|juil|août|aout|sept|oct|nov|déc|dec|rentrée|mois/i;
function wordsPrecision(text: string): Precision {
	if (/\b\d{1,2}(er)?\s+(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)|\d{1,2}\/\d{1,2}/i.test(text)) return 'day';
	if (MONTHS.test(text)) return 'month';
	if (/(^|[\s'’])[éÉeE]t[éeÉE](\s|$)|automne|printemps|hiver/i.test(text)) return 'season';
	if (/\bT[1-4]\b|trimestre/i.test(text)) return 'quarter';
	if (/\bS[12]\b|semestre/i.test(text)) return 'semester';
	return 'year';
}

describe('a date is never more precise than the document', () => {
	it('each single date is at most as precise as its words', () => {
		for (const m of milestones) {
			const span = parseDateSpan(m.date);
			if (!span?.single || !m.dateText) continue;
			const d = parsePartialDate(m.date);
			expect(RANK[d?.precision ?? 'year'], `${m.id}: ${m.date} for « ${m.dateText} »`).toBeLessThanOrEqual(RANK[wordsPrecision(m.dateText)]);
		}
	});
	it('target deadlines likewise', () => {
		for (const t of model.targets) {
			if (!t.date || !t.asWritten) continue;
			const d = parsePartialDate(t.date);
			expect(d, t.date).not.toBeNull();
		}
		const mmg = model.targets.find((t) => t.indicator === 'mmg_supplementaires');
		expect(mmg?.date).toBe('2019'); // « Fin 2019 »
	});
});

describe('states of the milestones', () => {
	const states = milestoneStates(model);
	const find = (source: string, label: RegExp) => {
		const m = milestones.find((x) => x.source === source && label.test(x.label));
		if (!m) throw new Error(String(label));
		return states.get(m.id);
	};
	it('are read at the date of the last follow-up document', () => expect(referenceDate(model)).toBe('2021-12-14'));
	it.each([
		{ source: 'cs4-2021-07', label: /intérim médical : entrée en vigueur/, pending: true, overdue: true },
		{ source: 'cs4-2021-07', label: /VigilanS/, pending: false, overdue: false },
		{ source: 'segur-2020-09', label: /numéro national de prévention du suicide/, pending: false, overdue: false },
		{ source: 'cs4-2021-07', label: /^Décret sur le référent handicap$/, pending: true, overdue: false },
		{ source: 'cs4-2021-07', label: /^Cadre des astreintes/, pending: true, overdue: false },
		{ source: 'ms2022-2019-09', label: /^Labellisation des premiers hôpitaux de proximité$/, pending: true, overdue: true }
	])('$label', ({ source, label, pending, overdue }) => {
		const s = find(source, label);
		expect(s?.pending).toBe(pending);
		expect(s?.overdue).toBe(overdue);
	});
	it('a measure is off target when one of its figures is behind the pace', () => {
		expect(summariseMeasure(model, '25')?.offTarget).toBe(true); // CPTS
		expect(summariseMeasure(model, '4')?.offTarget).toBe(true); // IFSI 2021
		expect(summariseMeasure(model, '27')?.offTarget).toBe(false);
	});
});
