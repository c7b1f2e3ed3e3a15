/**
 * The prerendered static images (no-JavaScript version of an embed): which exist — one per
 * indicator, map level and date the explorer offers, and per 100 000 inhabitants where the
 * explorer offers it — and which one stands for a view, with what of the view it loses.
 * A static image keeps the indicator, level, date and per-inhabitant choice, drawn with the
 * default classification.
 */
import type { DataModel } from '../data/model';
import type { ViewState } from '../url/view-params';
import { formatDate, formatDateAt, NBSP } from '../domain/format';
import { defaultStaticPath, staticPath, type StaticKey } from './static-path';
import { indexModel } from '../data/model-index';
import { canPerCapita } from '../explorer/join';
import { LEVEL_WORDS, lowerFirst, METHOD_WORDS } from '../domain/labels';
import type { ViewModel } from '../explorer/view-model';
import { DEFAULT_VIEW } from '../url/view-state';

/** Every static view to prerender: the dates of the explorer's date selector, at each level. */
export function staticKeys(model: DataModel): StaticKey[] {
	const index = indexModel(model);
	return index.mappable.flatMap((ind) =>
		index.mappedLevels(ind.id).flatMap((level) =>
			index.periods(ind.id, level).flatMap((period) =>
				(canPerCapita(ind) ? [false, true] : [false]).map((perCapita) => ({ indicator: ind.id, level, period, perCapita }))
			)
		)
	);
}

/** The view a static image draws. */
export function staticState(key: StaticKey): ViewState {
	return { ...DEFAULT_VIEW, indicator: key.indicator, level: key.level, date: key.period, perCapita: key.perCapita };
}

export interface StaticImage {
	/** Relative address of the image (see publish/static-path). */
	path: string;
	/** The view the image draws (for its text alternative and caption). */
	state: ViewState;
	/** What the view shows and the image does not, in French, to follow « ne reprend pas : ». */
	dropped: string[];
}

/** What the view model says about a view that matters here (a {@link ViewModel} fits). */
export type StaticFacts = Pick<ViewModel, 'indicator' | 'levels' | 'periods' | 'numeric' | 'perCapita' | 'changeMode' | 'names'>;

/** The static image of a view, and what it does not keep of it. */
export function staticImage(view: ViewState, facts: StaticFacts): StaticImage {
	const indicator = facts.indicator.id;
	const dropped: string[] = [];
	const name = (code: string) => facts.names.get(code) ?? code;

	const last = facts.periods.at(-1);
	let path: string;
	let state: ViewState;
	if (last === undefined) {
		// No figure at this level (an address read by the explorer never gets here).
		state = { ...DEFAULT_VIEW, indicator, level: facts.levels[0] ?? view.level };
		path = defaultStaticPath(indicator);
		dropped.push(`le niveau choisi (aucune donnée par ${LEVEL_WORDS[view.level].singular})`);
	} else {
		// « Dernière donnée connue » is the latest date; another date shows the latest figures up to it.
		const date = view.date;
		const period = date === null ? last : (facts.periods.filter((p) => p <= date).at(-1) ?? last);
		if (date !== null && period !== date)
			dropped.push(
				(facts.periods[0] ?? '') > date
					? `la date choisie, ${formatDate(date)} (aucune donnée à cette date${NBSP}; l’image montre l’état ${formatDateAt(period)})`
					: `la date choisie, ${formatDate(date)} (l’image montre l’état ${formatDateAt(period)}, avec les mêmes chiffres)`
			);
		const key: StaticKey = { indicator, level: view.level, period, perCapita: facts.perCapita };
		path = staticPath(key);
		state = staticState(key);
	}

	if (facts.changeMode && view.compareFrom !== null) dropped.push(`l’évolution depuis ${formatDate(view.compareFrom)}`);
	if (facts.numeric) {
		if (view.method === 'manual') dropped.push(`la classification personnalisée (${lowerFirst(METHOD_WORDS.manual.label)})`);
		else if (view.method !== DEFAULT_VIEW.method || view.classes !== DEFAULT_VIEW.classes)
			dropped.push(`la classification personnalisée (${lowerFirst(METHOD_WORDS[view.method].label)}, ${view.classes}${NBSP}classes)`);
	}
	if (view.selected !== null) dropped.push(`le territoire sélectionné (${name(view.selected)})`);
	if (view.compare.length) dropped.push(`la comparaison de territoires (${view.compare.map(name).join(', ')})`);
	if (view.gap !== null) dropped.push('le repérage des écarts');
	if (view.camera !== null) dropped.push('le cadrage de la carte');
	if (view.sharedClasses && facts.numeric) dropped.push('les classes communes à toutes les dates (l’image a celles de sa date)');
	if (view.representation === 'cercles') dropped.push('les cercles proportionnels (l’image est en aplats de couleur)');
	if (view.view === 'tableau') dropped.push('le tableau (l’image est une carte)');
	if (view.view === 'multiples') dropped.push('les petits multiples (l’image montre une seule date)');
	return { path, state, dropped };
}
