import { describe, expect, it } from 'vitest';
import { featureStateDiff, NOTHING_PAINTED, territoryStates, type FeatureState, type PaintedStates, type TerritoryFill } from '../../../src/lib/map/feature-state';

const DEP = ['departements', 'paris'] as const;
const REG = ['regions'] as const;
const painted = (sources: readonly string[], states: Record<string, FeatureState>): PaintedStates => ({ sources, states: new Map(Object.entries(states)) });

type Look = { fills: [string, TerritoryFill][]; marked: string[]; selected: string | null };

describe('territoryStates: what the view asks of each territory', () => {
	it.each<[string, Look, Record<string, FeatureState>]>([
		['no fill, no flag: nothing', { fills: [], marked: [], selected: null }, {}],
		['a colour', { fills: [['73', { color: '#abc', pattern: 'none' }]], marked: [], selected: null }, { '73': { fill: '#abc' } }],
		['a colour and its pattern', { fills: [['2A', { color: '#eee', pattern: 'hatch' }]], marked: [], selected: null }, { '2A': { fill: '#eee', hatch: true } }],
		['dots', { fills: [['971', { color: '#eee', pattern: 'dots' }]], marked: [], selected: null }, { '971': { fill: '#eee', dots: true } }],
		[
			'outlined and selected, with or without a colour',
			{ fills: [['73', { color: '#abc', pattern: 'none' }]], marked: ['73', '38'], selected: '38' },
			{ '73': { fill: '#abc', marked: true }, '38': { marked: true, selected: true } }
		]
	])('%s', (_, look, expected) => {
		const states = territoryStates({ fills: new Map(look.fills), marked: new Set(look.marked), selected: look.selected });
		expect(Object.fromEntries(states)).toEqual(expected);
	});
});

describe('featureStateDiff: only what changed is written', () => {
	it.each([
		['first paint: every state on every source of the level', NOTHING_PAINTED, painted(DEP, { '73': { fill: '#abc' } }), { remove: [], set: [
			{ source: 'departements', id: '73', state: { fill: '#abc' } },
			{ source: 'paris', id: '73', state: { fill: '#abc' } }
		] }],
		['nothing changed: nothing written', painted(REG, { '84': { fill: '#abc', selected: true } }), painted(REG, { '84': { fill: '#abc', selected: true } }), { remove: [], set: [] }],
		[
			'new colours: only the territories whose colour changes',
			painted(REG, { '84': { fill: '#111' }, '93': { fill: '#222' } }),
			painted(REG, { '84': { fill: '#111' }, '93': { fill: '#333' } }),
			{ remove: [], set: [{ source: 'regions', id: '93', state: { fill: '#333' } }] }
		],
		[
			'a removed key: removed alone, the rest untouched',
			painted(REG, { '84': { fill: '#111', hatch: true, selected: true } }),
			painted(REG, { '84': { fill: '#111' } }),
			{ remove: [{ source: 'regions', id: '84', key: 'hatch' }, { source: 'regions', id: '84', key: 'selected' }], set: [] }
		],
		[
			'a key changing value is written, not removed',
			painted(REG, { '84': { fill: '#111' } }),
			painted(REG, { '84': { fill: '#111', selected: true } }),
			{ remove: [], set: [{ source: 'regions', id: '84', state: { selected: true } }] }
		],
		[
			'a removed territory: each of its keys removed',
			painted(REG, { '84': { fill: '#111', marked: true }, '93': { fill: '#222' } }),
			painted(REG, { '93': { fill: '#222' } }),
			{ remove: [{ source: 'regions', id: '84', key: 'fill' }, { source: 'regions', id: '84', key: 'marked' }], set: [] }
		],
		[
			'a selection that moves',
			painted(DEP, { '73': { selected: true } }),
			painted(DEP, { '38': { selected: true } }),
			{
				remove: [{ source: 'departements', id: '73', key: 'selected' }, { source: 'paris', id: '73', key: 'selected' }],
				set: [{ source: 'departements', id: '38', state: { selected: true } }, { source: 'paris', id: '38', state: { selected: true } }]
			}
		],
		[
			'a change of level clears the old sources whole and paints the new ones from nothing',
			painted(DEP, { '73': { fill: '#111' }, '75': { fill: '#222' } }),
			painted(REG, { '84': { fill: '#111' } }),
			{ remove: [{ source: 'departements' }, { source: 'paris' }], set: [{ source: 'regions', id: '84', state: { fill: '#111' } }] }
		],
		[
			'the same code at another level is painted again (région 01 is not département 01)',
			painted(DEP, { '01': { fill: '#111' } }),
			painted(REG, { '01': { fill: '#111' } }),
			{ remove: [{ source: 'departements' }, { source: 'paris' }], set: [{ source: 'regions', id: '01', state: { fill: '#111' } }] }
		]
	])('%s', (_, previous, next, expected) => {
		expect(featureStateDiff(previous, next)).toEqual(expected);
	});

	it('a source that holds some territories only (the Paris copies) gets nothing for the others', () => {
		const holds = new Map([['paris', new Set(['75', '92'])]]);
		const previous: PaintedStates = { ...painted(DEP, { '75': { fill: '#111' }, '73': { fill: '#111', marked: true } }), holds };
		const next: PaintedStates = { ...painted(DEP, { '75': { fill: '#222' }, '73': { fill: '#222' }, '92': { fill: '#333' } }), holds };
		expect(featureStateDiff(NOTHING_PAINTED, previous).set).toEqual([
			{ source: 'departements', id: '73', state: { fill: '#111', marked: true } },
			{ source: 'departements', id: '75', state: { fill: '#111' } },
			{ source: 'paris', id: '75', state: { fill: '#111' } }
		]);
		expect(featureStateDiff(previous, next)).toEqual({
			remove: [{ source: 'departements', id: '73', key: 'marked' }],
			set: [
				{ source: 'departements', id: '73', state: { fill: '#222' } },
				{ source: 'departements', id: '75', state: { fill: '#222' } },
				{ source: 'departements', id: '92', state: { fill: '#333' } },
				{ source: 'paris', id: '75', state: { fill: '#222' } },
				{ source: 'paris', id: '92', state: { fill: '#333' } }
			]
		});
	});

	it('replaying a diff on a copy of the previous states gives the next states', () => {
		const previous = painted(REG, { '84': { fill: '#111', hatch: true }, '93': { fill: '#222', marked: true }, '11': { selected: true } });
		const next = painted(REG, { '84': { fill: '#333' }, '93': { fill: '#222', marked: true }, '53': { fill: '#444', dots: true } });
		const live = new Map([...previous.states].map(([k, v]) => [k, { ...v }]));
		const diff = featureStateDiff(previous, next);
		for (const r of diff.remove) delete live.get(r.id!)![r.key!];
		for (const w of diff.set) live.set(w.id, { ...live.get(w.id), ...w.state });
		const nonEmpty = [...live].filter(([, st]) => Object.keys(st).length);
		expect(Object.fromEntries(nonEmpty)).toEqual(Object.fromEntries(next.states));
	});
});
