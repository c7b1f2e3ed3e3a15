/**
 * The shipped data reproduces the documents' own arithmetic. Every number here is read
 * from the data files; the test only states the relation the documents assert.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkDataDir } from '../../../src/lib/data/check-data-dir';
import { departements, getDepartement } from '../../../src/lib/territories';
import type { Observation } from '../../../src/lib/data/model';

const { model, problems } = checkDataDir(join(import.meta.dirname, '../../../data'));

function value(indicator: string, period: string, source: string): number {
	const found = model.observations.filter(
		(o: Observation) => o.indicator === indicator && o.level === 'france' && o.period === period && o.source === source
	);
	expect(found, `${indicator} ${period} ${source}`).toHaveLength(1);
	const v = found[0]?.value;
	if (typeof v !== 'number') throw new Error(`${indicator} is not a number`);
	return v;
}

describe('the shipped data', () => {
	it('is valid (what `npm run data:check` checks)', () => expect(problems).toEqual([]));

	it('CPTS: en fonctionnement + amorçage + en projet = recensées (June 2021)', () => {
		const sum =
			value('cpts_en_fonctionnement', '2021-06', 'cs4-2021-07') +
			value('cpts_amorcage', '2021-06', 'cs4-2021-07') +
			value('cpts_en_projet', '2021-06', 'cs4-2021-07');
		expect(sum).toBe(value('cpts_recensees_tous_stades', '2021-06', 'cs4-2021-07'));
	});

	it('CPTS: en fonctionnement / target = the share the deck reports', () => {
		const target = model.targets.find((t) => t.indicator === 'cpts_en_fonctionnement' && t.date === '2022');
		if (!target) throw new Error('no CPTS target');
		const ratio = (100 * value('cpts_en_fonctionnement', '2021-06', 'cs4-2021-07')) / target.value;
		expect(Math.round(ratio)).toBe(value('cpts_part_cible_2022', '2021-07-20', 'cs4-2021-07'));
	});

	const pilotDeps = model.pilots.flatMap((p) => p.departements);
	it('SAS: the pilots, their départements and régions match the national counts', () => {
		expect(model.pilots).toHaveLength(value('sas_pilotes_nombre', '2021-07-20', 'cs4-2021-07'));
		expect(new Set(pilotDeps).size).toBe(pilotDeps.length);
		expect(pilotDeps).toHaveLength(26);
		const regions = new Set(pilotDeps.map((c) => getDepartement(c)?.region));
		expect(regions.size).toBe(value('sas_pilotes_regions', '2021-07-20', 'cs4-2021-07'));
		// The multi-département pilots of the deck.
		const labels = new Map(model.pilots.map((p) => [p.label, p.departements.join('-')]));
		expect(labels.get('SAS 21-58')).toBe('21-58');
		expect(labels.get('SAS 75-92-93-94')).toBe('75-92-93-94');
	});

	it('SAS: the pilot départements hold about the 40 % of the population the deck says', () => {
		const total = departements.reduce((s, d) => s + d.population, 0);
		const covered = pilotDeps.reduce((s, c) => s + (getDepartement(c)?.population ?? 0), 0);
		// Le Havre's pilot covers a city, not all of Seine-Maritime: count 76 out for a lower bound.
		const lower = covered - (getDepartement('76')?.population ?? 0);
		const stated = value('sas_pilotes_pop_couverte', '2021-07-20', 'cs4-2021-07');
		expect((100 * lower) / total).toBeLessThanOrEqual(stated + 1.5);
		expect((100 * covered) / total).toBeGreaterThanOrEqual(stated - 1.5);
	});

	it('SAS: the July 2021 status counts add up to the 22 pilots', () => {
		const sum =
			value('sas_pilotes_operationnels', '2021-07-20', 'cs4-2021-07-brut') +
			value('sas_pilotes_demarrage_juillet_2021', '2021-07-20', 'cs4-2021-07-brut') +
			value('sas_pilotes_demarrage_septembre_2021', '2021-07-20', 'cs4-2021-07-brut') +
			value('sas_pilotes_demarrage_indetermine', '2021-07-20', 'cs4-2021-07-brut');
		expect(sum).toBe(model.pilots.length);
	});

	it('every observation cites a source that exists, and every source is cited', () => {
		const ids = new Set(model.sources.map((s) => s.id));
		const cited = new Set([...model.observations, ...model.targets, ...model.sites, ...model.pilots].map((x) => x.source));
		expect([...cited].filter((s) => !ids.has(s))).toEqual([]);
		expect([...ids].filter((s) => !cited.has(s))).toEqual([]);
	});

	it('no value stands for "unknown": missing data is typed, never a zero', () => {
		const untyped = model.observations.filter((o) => o.value === null && o.missing === undefined);
		expect(untyped.map((o) => `${o.ref.file}:${o.ref.line}`)).toEqual([]);
	});
});
