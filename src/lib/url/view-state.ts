/**
 * The explorer's URL contract: defaults, and reading the URL with user-written territory
 * codes accepted (`sel=2a` means Corse-du-Sud) before the one zod schema checks it.
 */
import type { DataModel } from '../data/model';
import { parseViewState } from './parse';
import { viewStateQuery } from './serialise';
import { q, type MultiplesMode, type ParsedViewState, type ViewState } from './view-params';
import { formatDate, NBSP } from '../domain/format';
import { dayOf, intervalOf, todayIso } from '../domain/partial-date';
import { indexModel, type ModelIndex } from '../data/model-index';
import { LEVEL_WORDS } from '../domain/labels';
import { codesOf, parseCodeAt } from '../territories';
import { circlesRefusal, symbolColorRefusal } from '../explorer/representation';
import { groupAtLevel } from '../explorer/groups';

export const DEFAULT_INDICATOR = 'sas_pilote';

export const DEFAULT_VIEW: ViewState = {
	indicator: DEFAULT_INDICATOR,
	level: 'departement',
	date: null,
	compareFrom: null,
	method: 'quantile',
	classes: 5,
	breaks: null,
	perCapita: false,
	selected: null,
	compare: [],
	view: 'carte',
	gap: null,
	camera: null,
	representation: 'aplats',
	sharedClasses: false,
	symbolColor: null,
	multiples: 'dates'
};

const territoryCodes = { region: codesOf('region'), departement: codesOf('departement') };

/** Same parameters, same order, repeats kept (the parser warns about them), codes normalised. */
function normaliseCodes(params: URLSearchParams): URLSearchParams {
	const level = params.get('niv') === 'region' ? 'region' : 'departement';
	const fix = (raw: string) => {
		const r = parseCodeAt(level, raw);
		return r.ok ? r.code : raw;
	};
	const out = new URLSearchParams();
	for (const [key, value] of params) {
		if (key === 'sel' && value) out.append(key, fix(value));
		else if (key === 'cmp' && value) out.append(key, value.split(',').map(fix).join(','));
		else out.append(key, value);
	}
	return out;
}

/**
 * The one place where the URL's view is decided against a model: the indicator is one the
 * model maps (else the default, or the first mapped one, with a warning from the schema),
 * at a level where it has figures (else its first such level, said when `niv` asked).
 */
export function readViewState(params: URLSearchParams, model: DataModel, defaults: ViewState = DEFAULT_VIEW, today = todayIso()): ParsedViewState {
	const index = indexModel(model);
	const ids = new Set(index.mappable.map((i) => i.id));
	const first = index.mappable[0];
	if (!first) throw new Error('readViewState : aucun indicateur cartographiable dans le modèle');
	const base = ids.has(defaults.indicator) ? defaults : { ...defaults, indicator: first.id };
	const parsed = parseViewState(normaliseCodes(params), { indicatorIds: ids, territoryCodes, defaults: base });
	// A date to come — one that starts after today — has no figure known « as of » it (the
	// map would say « état en 2099 » of figures from 2021). The latest figures, or no
	// comparison, and say so. Compared as intervals of days: « 2026-S1 » is not after
	// « 2026-12-07 », whatever their text says.
	const todayDay = dayOf(today);
	for (const [param, key, instead] of [
		['d', 'date', 'dernière donnée connue affichée'],
		['d0', 'compareFrom', 'pas de comparaison']
	] as const) {
		const date = parsed.state[key];
		if (date === null || (intervalOf(date)?.start ?? -Infinity) <= todayDay) continue;
		parsed.warnings.push(`Paramètre ${q(param)} ignoré${NBSP}: date à venir (${q(formatDate(date))})${NBSP}; ${instead}.`);
		parsed.state = { ...parsed.state, [key]: null };
	}
	// The level must be one where the indicator has figures: switch, and say so.
	const levels = index.mappedLevels(parsed.state.indicator);
	if (!levels.includes(parsed.state.level)) {
		const level = levels[0] as ViewState['level'];
		if (params.has('niv'))
			parsed.warnings.push(
				`Niveau « ${LEVEL_WORDS[parsed.state.level].singular} » sans donnée pour cet indicateur : affichage par ${LEVEL_WORDS[level].singular}.`
			);
		parsed.state = { ...parsed.state, level, selected: null, compare: [] };
	}
	// Circles only where they are honest (counts and amounts, as such): else colours, said.
	const indicator = index.indicator(parsed.state.indicator);
	const refusal = parsed.state.representation === 'cercles' && indicator ? circlesRefusal(indicator, parsed.state) : null;
	if (refusal) {
		parsed.warnings.push(`Paramètre ${q('rep=cercles')} ignoré${NBSP}: ${refusal}${NBSP}; carte en aplats de couleur.`);
		parsed.state = { ...parsed.state, representation: 'aplats' };
	}
	// The circles' colour: a second indicator's classes, with circles at a level it maps.
	const colorRefusal = symbolColorRefusal(index, parsed.state);
	if (colorRefusal) {
		parsed.warnings.push(`Paramètre ${q('couleur')} ignoré${NBSP}: ${colorRefusal}${NBSP}; cercles d’une seule couleur.`);
		parsed.state = { ...parsed.state, symbolColor: null };
	}
	// Small multiples need two dates (or two indicators of its group) at least: else the
	// other kind of multiples, or the single map, and say why.
	if (parsed.state.view === 'multiples') {
		const offer = multiplesOffer(index, parsed.state);
		const wanted = parsed.state.multiples;
		const why = offer[wanted];
		const other = wanted === 'groupe' ? 'dates' : 'groupe';
		const param = wanted === 'groupe' ? 'multiples' : 'vue';
		if (why && offer[other] === null) {
			parsed.warnings.push(`Paramètre « ${param} » : ${why} ; petits multiples ${other === 'groupe' ? 'des indicateurs du groupe' : 'par date'} affichés.`);
			parsed.state = { ...parsed.state, multiples: other };
		} else if (why) {
			parsed.warnings.push(`Paramètre « ${param} » : ${why} ; carte affichée.`);
			parsed.state = { ...parsed.state, view: 'carte' };
		}
	}
	return parsed;
}

/** For each kind of small multiples, why it cannot show this view (French), or null when it can. */
export function multiplesOffer(index: ModelIndex, view: Pick<ViewState, 'indicator' | 'level'>): Record<MultiplesMode, string | null> {
	return { dates: multiplesUnavailable(index, view), groupe: groupMultiplesUnavailable(index, view) };
}

/** Why the small multiples of the indicator's group cannot show it at its level, or null. */
export function groupMultiplesUnavailable(index: ModelIndex, view: Pick<ViewState, 'indicator' | 'level'>): string | null {
	const name = index.indicator(view.indicator)?.shortLabel ?? view.indicator;
	const at = groupAtLevel(index, view.indicator, view.level);
	if (!at) return `« ${name} » n’appartient à aucun groupe d’indicateurs comparables`;
	if (at.mapped.length >= 2) return null;
	return `le groupe « ${at.group.label} » n’a qu’un indicateur chiffré par ${LEVEL_WORDS[view.level].singular}`;
}

/**
 * Why the small multiples (one map per date) cannot show this view's indicator at its level,
 * in French, or null when they can.
 */
export function multiplesUnavailable(index: ModelIndex, view: Pick<ViewState, 'indicator' | 'level'>): string | null {
	const periods = index.periods(view.indicator, view.level);
	if (periods.length >= 2) return null;
	const name = index.indicator(view.indicator)?.shortLabel ?? view.indicator;
	return `les petits multiples demandent au moins deux dates, et « ${name} » n’a ${periods.length ? 'qu’une date' : 'aucune date'} par ${LEVEL_WORDS[view.level].singular}`;
}

export function viewHref(state: ViewState): string {
	const query = viewStateQuery(state, DEFAULT_VIEW);
	return query ? `?${query}` : '?';
}
