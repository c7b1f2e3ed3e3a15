/** Builders for small hand-made data models (not a test file). */
import type { DataModel, Indicator, Observation, Source } from '../../../src/lib/data/model';

/** A national count indicator `x`; override what the test is about. */
export function makeIndicator(over: Partial<Indicator> = {}): Indicator {
	return {
		id: 'x',
		label: 'Indicateur X',
		shortLabel: 'X',
		description: 'Décrit X.',
		unit: 'lits',
		kind: 'count',
		pillar: 'Pilier 1',
		measure: undefined,
		levels: ['france'],
		polarity: 'higher_better',
		categories: [],
		absentMeans: undefined,
		...over
	};
}

/**
 * Observations of `x` with these defaults (national, 2021, value 1), each on the next line
 * of `data/observations/t.csv`, starting at line 2.
 */
export function observationMaker(defaults: Partial<Observation> = {}): (over?: Partial<Observation>) => Observation {
	let line = 1;
	return (over = {}) => ({
		indicator: 'x',
		level: 'france',
		code: 'FR',
		period: '2021',
		value: 1,
		qualifier: 'exact',
		source: 's1',
		locator: 'L1',
		inferred: [],
		ref: { file: 'data/observations/t.csv', line: ++line },
		...defaults,
		...over
	});
}

export function makeModel(indicators: Indicator[], observations: Observation[], extra: Partial<DataModel> = {}): DataModel {
	return { sources: [], indicators, targets: [], observations, sites: [], pilots: [], ...extra };
}

/** A source `id` published by `publisher` on `published`; override what the test is about. */
export function makeSource(id: string, publisher: string, published?: string, over: Partial<Source> = {}): Source {
	return { id, title: `Document ${id}`, publisher, published, kind: 'rapport_officiel', url: undefined, document: undefined, note: undefined, ...over };
}
