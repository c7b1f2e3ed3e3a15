/**
 * The progress and pace rule, as tables: first the cases the headline strip used to get
 * wrong, read from the shipped data; then each clause of the rule on small hand-made models.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkDataDir } from '../../../src/lib/data/check-data-dir';
import type { Observation, Target } from '../../../src/lib/data/model';
import { normaliseSpaces } from '../../../src/lib/domain/format';
import { headlines } from '../../../src/lib/measures/headlines';
import {
	CLEARLY_BELOW_POINTS,
	assessIndicator,
	assessObservation,
	chooseTarget,
	elapsedShare,
	formatShare,
	latestNational,
	progressWords
} from '../../../src/lib/measures/progress';
import { makeIndicator, makeModel, observationMaker } from '../helpers/model';

const { model } = checkDataDir(join(import.meta.dirname, '../../../data'));
const words = (id: string) => {
	const a = assessIndicator(model, id);
	if (!a) throw new Error(`no assessment for ${id}`);
	return { a, progress: normaliseSpaces(progressWords(a)), pace: normaliseSpaces(a.pace.words) };
};

describe('the known wrong cases, on the shipped data', () => {
	it.each([
		{
			case: 'LHSS: 290 places « = objectif dépassé de 45 % », not 58 % of the 500 of the calendar',
			id: 'lhss_places_creees',
			value: 290,
			kind: 'stated',
			progress: 'objectif dépassé de 45 % (selon la source)',
			pace: 'Rythme non évalué : l’objectif n’a pas d’échéance.'
		},
		{
			case: 'IFSI: the 2021 places are set against the rentrée 2021 target, not the rentrée 2020 one',
			id: 'ifsi_places_supplementaires',
			value: 2300,
			kind: 'computed',
			progress: '58 % de l’objectif',
			pace: 'En retard : 58 % de l’objectif pour 100 % du temps écoulé.'
		},
		{
			case: 'inequalities: the December 2021 « 2021 » total is later than the 20 July 2021 figure',
			id: 'inegalites_credits_delegues',
			value: 100,
			kind: 'computed',
			progress: '95 % de l’objectif',
			pace: 'Pas en retard : 95 % de l’objectif pour 95 % du temps écoulé.'
		},
		{
			case: 'disability: likewise, 10,7 M€ in 2021, not the 9,7 M€ of July',
			id: 'handicap_credits_delegues',
			value: 10.7,
			kind: 'computed',
			progress: '100 % de l’objectif',
			pace: 'Pas en retard : 100 % de l’objectif pour 95 % du temps écoulé.'
		},
		{
			case: 'hôpitaux de proximité: 243 labelled in the metropole only, against a national 500–600',
			id: 'hp_labellises',
			value: 243,
			kind: 'none',
			progress: 'Pas de part de l’objectif : le décompte ne couvre que la métropole, l’objectif porte sur toute la France.',
			pace: 'Rythme non évalué : pas de part de l’objectif atteinte.'
		},
		{
			case: 'CPTS: the deck’s own 17 %, and behind the pace of 1 000 by 2022 from October 2018',
			id: 'cpts_en_fonctionnement',
			value: 172,
			kind: 'stated',
			progress: '17 % de l’objectif (selon la source)',
			pace: 'En retard : 17 % de l’objectif pour 62 à 84 % du temps écoulé.'
		},
		{
			case: 'lits à la demande: 3 400 of the 4 000, a target without deadline',
			id: 'lits_a_la_demande_ouverts',
			value: 3400,
			kind: 'computed',
			progress: '85 % de l’objectif',
			pace: 'Rythme non évalué : l’objectif n’a pas d’échéance.'
		}
	])('$case', ({ id, value, kind, progress, pace }) => {
		const w = words(id);
		expect(w.a.observation.value).toBe(value);
		expect(w.a.kind).toBe(kind);
		expect(w.progress).toBe(progress);
		expect(w.pace).toBe(pace);
	});

	it('IFSI: the 2020 places are compared with the 2020 target only', () => {
		const obs = model.observations.find((o) => o.indicator === 'ifsi_places_supplementaires' && o.period === '2020');
		if (!obs) throw new Error('no 2020 IFSI figure');
		const a = assessObservation(model, obs);
		expect(a?.target?.date).toBe('2020-09');
		expect(normaliseSpaces(progressWords(a!))).toBe('65 % de l’objectif');
	});

	it('the headline strip says the same words as the module', () => {
		const strip = headlines(model);
		const lhss = strip.find((h) => h.indicator.id === 'lhss_places_creees');
		expect(normaliseSpaces(lhss?.progressText ?? '')).toContain('objectif dépassé de 45 %');
		expect(strip.find((h) => h.indicator.id === 'hp_labellises')?.progress).toBeNull();
		expect(strip.find((h) => h.indicator.id === 'inegalites_credits_delegues')?.latest.value).toBe(100);
		expect(strip.find((h) => h.indicator.id === 'handicap_credits_delegues')?.latest.value).toBe(10.7);
		expect(strip.find((h) => h.indicator.id === 'ifsi_places_supplementaires')?.target.date).toBe('2021-09');
	});

	it('the latest figure is chosen by date, never by text', () => {
		expect(latestNational(model, 'inegalites_credits_delegues')?.period).toBe('2021');
		expect(latestNational(model, 'inegalites_dispositifs_renforces')?.value).toBe(405);
	});
});

// ---------------------------------------------------------------- hand-made models
const X = makeIndicator({ id: 'x', unit: 'lits' });
const target = (over: Partial<Target>): Target => ({ indicator: 'x', value: 100, source: 's', locator: 'L1', ref: { file: 't', line: 2 }, ...over });
const obs = observationMaker();

function assess(o: Partial<Observation>, targets: Target[], more: Partial<Parameters<typeof makeModel>[2]> = {}) {
	const observation = obs(o);
	const m = makeModel([X], [observation], { targets, ...more });
	const a = assessObservation(m, observation);
	if (!a) throw new Error('no assessment');
	return { kind: a.kind, progress: normaliseSpaces(progressWords(a)), pace: normaliseSpaces(a.pace.words), status: a.pace.status };
}

describe('the rule, clause by clause', () => {
	it.each([
		{ case: 'same thing: a plain share', o: { period: '2021-06', value: 40 }, t: [target({ date: '2022' })], progress: '40 % de l’objectif' },
		{
			case: 'a range target gives a range of shares',
			o: { period: '2021', value: 300 },
			t: [target({ value: 500, valueMax: 600 })],
			progress: '50 à 60 % de l’objectif'
		},
		{ case: '« plus de » gives « plus de »', o: { period: '2021', value: 30, qualifier: 'more_than' as const }, t: [target({})], progress: 'plus de 30 % de l’objectif' },
		{
			case: 'a regional figure is not set against a national target',
			o: { level: 'region' as const, code: '84', period: '2021', value: 30 },
			t: [target({})],
			progress: 'Pas de part de l’objectif : chiffre d’un territoire, l’objectif est national.'
		},
		{
			case: 'a figure from some régions only is not either',
			o: { period: '2021', value: 30, scope: 'partiel' as const },
			t: [target({})],
			progress: 'Pas de part de l’objectif : le chiffre ne couvre qu’une partie des régions ou des ARS, l’objectif porte sur toute la France.'
		},
		{
			case: 'later than the only deadline: « après l’échéance »',
			o: { period: '2023', value: 90 },
			t: [target({ date: '2022' })],
			progress: '90 % de l’objectif, après l’échéance'
		},
		{
			case: 'a period target needs the same period',
			o: { period: '2021', value: 90 },
			t: [target({ date: '2022', kind: 'periode' })],
			progress: 'Pas de part de l’objectif : l’observation (en 2021) et l’objectif (en 2022) ne portent pas sur la même période.'
		},
		{
			case: 'a zero target: no share',
			o: { period: '2021', value: 3 },
			t: [target({ value: 0 })],
			progress: 'Pas de part de l’objectif : objectif de baisse ou de zéro : pas de part de l’objectif calculable.'
		},
		{ case: 'no target at all', o: { period: '2021', value: 3 }, t: [], progress: 'Pas de part de l’objectif : aucun objectif chiffré pour cet indicateur.' }
	])('$case', ({ o, t, progress }) => expect(assess(o, t).progress).toBe(progress));

	it('prefers the nearest deadline the figure does not pass, then undated targets, then a passed one', () => {
		const o = obs({ period: '2021-06' });
		const t2020 = target({ date: '2020', value: 1 });
		const t2022 = target({ date: '2022', value: 2 });
		const t2025 = target({ date: '2025', value: 3 });
		const undated = target({ value: 4 });
		const pick = (ts: Target[]) => {
			const c = chooseTarget(o, ts);
			return 'target' in c ? [c.target.value, c.afterDeadline] : c.reason;
		};
		expect(pick([t2020, t2025, t2022, undated])).toEqual([2, false]);
		expect(pick([t2020, undated])).toEqual([4, false]);
		expect(pick([t2020])).toEqual([1, true]);
	});
});

describe('pace: « en retard » only when both shares are known and the first is clearly below', () => {
	const start = { milestones: [{ id: 'm', measure: 'x', status: 'realise' as const, label: 'début', date: '2020', fulfils: [], inferred: [], source: 's', locator: 'L1', ref: { file: 'j', line: 2 } }] };
	it.each([
		// From 1 January 2020 to 31 December 2023, 1 July 2022 is 62,5 % of the way.
		{ value: 20, status: 'en_retard', pace: 'En retard : 20 % de l’objectif pour 62 % du temps écoulé.' },
		{ value: 55, status: 'pas_en_retard', pace: 'Pas en retard : 55 % de l’objectif pour 62 % du temps écoulé.' },
		{ value: 80, status: 'pas_en_retard', pace: 'Pas en retard : 80 % de l’objectif pour 62 % du temps écoulé.' }
	])('$value % reached on 1 July 2022 of a 2020–2023 target → $status', ({ value, status, pace }) => {
		const t = target({ date: '2023-12-31', startDate: '2020-01-01', start: 'm' });
		const r = assess({ period: '2022-07-01', value }, [t], start);
		expect(r.status).toBe(status);
		expect(r.pace).toBe(pace);
	});

	it(`the margin is ${CLEARLY_BELOW_POINTS} points below the time elapsed`, () => {
		const t = target({ date: '2023-12-31', startDate: '2020-01-01' });
		const e = elapsedShare(obs({ period: '2022-07-01' }), t);
		expect(e?.low).toBeCloseTo(62.49, 1);
		expect(assess({ period: '2022-07-01', value: 53 }, [t]).status).toBe('pas_en_retard');
		expect(assess({ period: '2022-07-01', value: 52 }, [t]).status).toBe('en_retard');
	});

	it('imprecise dates are read in the way most favourable to the measure', () => {
		// Start « 2020 » may be 31 December 2020, deadline « 2023 » 31 December 2023, the figure
		// of « July 2022 » may be of 1 July: at least 50 % of the time elapsed, at most 86 %.
		const t = target({ date: '2023', startDate: '2020' });
		expect(assess({ period: '2022-07', value: 39 }, [t]).pace).toBe('En retard : 39 % de l’objectif pour 50 à 86 % du temps écoulé.');
		expect(assess({ period: '2022-07', value: 41 }, [t]).status).toBe('pas_en_retard');
	});

	it.each([
		{ t: target({}), pace: 'Rythme non évalué : l’objectif n’a pas d’échéance.' },
		{ t: target({ date: '2023' }), pace: 'Rythme non évalué : l’objectif n’a pas de date de départ dans les sources.' }
	])('not evaluated: $pace', ({ t, pace }) => expect(assess({ period: '2022-07', value: 10 }, [t]).pace).toBe(pace));

	it('a period target runs over its own period', () => {
		const t = target({ date: '2021', kind: 'periode' });
		const e = elapsedShare(obs({ period: '2021-07-20', reported: '2021-07-20' }), t);
		expect(e && Math.round(e.low)).toBe(55);
	});
});

describe('formatShare', () => {
	it.each([
		[{ low: 17.2, high: 17.2 }, '17 %'],
		[{ low: 40.5, high: 48.6 }, '41 à 49 %'],
		[{ low: 30, high: Infinity }, 'plus de 30 %']
	])('%j → %s', (r, text) => expect(normaliseSpaces(formatShare(r))).toBe(text));
});
