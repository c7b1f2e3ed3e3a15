/**
 * A date to come in the address (`d`, `d0`) is not read « as of »: the map would present
 * figures of 2021 as the state in 2099. The latest figures (or no comparison), with a French
 * warning; today and the past are read as before.
 */
import { describe, expect, it } from 'vitest';
import { normaliseSpaces } from '../../../src/lib/domain/format';
import { DEFAULT_VIEW, readViewState } from '../../../src/lib/url/view-state';
import { makeIndicator, makeModel, observationMaker } from '../helpers/model';

const IND = makeIndicator({ id: 'ind', shortLabel: 'Indicateur', levels: ['region'] });
const obs = observationMaker({ indicator: 'ind', level: 'region', code: '84' });
const model = makeModel([IND], [obs({ period: '2021-07' }), obs({ period: '2021-12', value: 3 })]);
const defaults = { ...DEFAULT_VIEW, indicator: 'ind', level: 'region' as const };
const TODAY = '2026-12-07';
const read = (query: string) => {
	const r = readViewState(new URLSearchParams(query), model, defaults, TODAY);
	return { date: r.state.date, compareFrom: r.state.compareFrom, warnings: r.warnings.map(normaliseSpaces) };
};

describe('d and d0 after today', () => {
	const cases: { query: string; date: string | null; compareFrom: string | null; warnings: string[] }[] = [
		{ query: 'd=2099', date: null, compareFrom: null, warnings: ['Paramètre « d » ignoré : date à venir (« 2099 ») ; dernière donnée connue affichée.'] },
		{ query: 'd=2027-01', date: null, compareFrom: null, warnings: ['Paramètre « d » ignoré : date à venir (« janvier 2027 ») ; dernière donnée connue affichée.'] },
		{ query: 'd=2026-12-08', date: null, compareFrom: null, warnings: ['Paramètre « d » ignoré : date à venir (« 8 décembre 2026 ») ; dernière donnée connue affichée.'] },
		{ query: 'd=2026-12-07', date: '2026-12-07', compareFrom: null, warnings: [] },
		{ query: 'd=2026-12', date: '2026-12', compareFrom: null, warnings: [] },
		{ query: 'd=2026', date: '2026', compareFrom: null, warnings: [] },
		{ query: 'd=2021-12', date: '2021-12', compareFrom: null, warnings: [] },
		// Semesters and quarters begun by today are not « to come » (they sort after digits as text).
		{ query: 'd=2026-S1', date: '2026-S1', compareFrom: null, warnings: [] },
		{ query: 'd=2026-S2', date: '2026-S2', compareFrom: null, warnings: [] },
		{ query: 'd=2026-T4', date: '2026-T4', compareFrom: null, warnings: [] },
		{ query: 'd=2027-T1', date: null, compareFrom: null, warnings: ['Paramètre « d » ignoré : date à venir (« 1er trimestre 2027 ») ; dernière donnée connue affichée.'] },
		{ query: 'd0=2030', date: null, compareFrom: null, warnings: ['Paramètre « d0 » ignoré : date à venir (« 2030 ») ; pas de comparaison.'] },
		{ query: 'd=2099&d0=2030', date: null, compareFrom: null, warnings: ['Paramètre « d » ignoré : date à venir (« 2099 ») ; dernière donnée connue affichée.', 'Paramètre « d0 » ignoré : date à venir (« 2030 ») ; pas de comparaison.'] }
	];
	for (const c of cases)
		it(c.query, () => {
			expect(read(c.query)).toEqual({ date: c.date, compareFrom: c.compareFrom, warnings: c.warnings });
		});
});
