/**
 * The explorer's page carries the figures of the view it was prerendered with (see
 * server/page-data); the rest of the model — other indicators, sites, pilots, provenance —
 * is the prerendered `donnees/modele.json`, loaded once, on idle or when a view first needs
 * it. These rules say when a view needs it.
 */
import type { DataModel } from '../data/model';
import type { ViewState } from '../url/view-params';

/** Where the whole model is served, relative to the site root (`asset()` it). */
export const FULL_MODEL_PATH = '/donnees/modele.json';

/**
 * Parameters the page's own figures answer: another level, date, classification, framing,
 * drawing or tab of its indicator (not the small multiples of its group: other indicators).
 */
const SLICE_PARAMS: ReadonlySet<string> = new Set(['niv', 'd', 'd0', 'm', 'k', 'br', 'hab', 'vue', 'c', 'rep', 'fixe']);

/**
 * Whether an address can be shown from the page's own figures (`indicator`'s): anything else
 * — another indicator, a territory's sheet, a comparison, the gap filter, an unknown
 * parameter (to be warned about with the full list of indicators) — needs the whole model.
 */
export function sliceAnswers(params: URLSearchParams, indicator: string): boolean {
	for (const [key, value] of params)
		if (!SLICE_PARAMS.has(key) && !(key === 'i' && value === indicator) && !(key === 'multiples' && value === 'dates')) return false;
	return true;
}

/** The same for a view about to be navigated to. */
export function sliceAnswersView(view: ViewState, indicator: string): boolean {
	return view.indicator === indicator && view.selected === null && view.compare.length === 0 && view.gap === null && (view.symbolColor === null || view.symbolColor === indicator) && view.multiples === 'dates';
}

let loading: Promise<DataModel> | undefined;

/** The whole model, fetched once per page; a failed load is forgotten, so that a later call tries again. */
export function loadFullModel(url: string): Promise<DataModel> {
	if (!loading) {
		const p = fetch(url).then(async (r) => {
			if (!r.ok) throw new Error(`${r.status} ${url}`);
			const model = (await r.json()) as DataModel;
			if (!Array.isArray(model?.indicators) || !Array.isArray(model.observations)) throw new Error(`${url} : modèle illisible`);
			return model;
		});
		loading = p;
		p.catch(() => {
			if (loading === p) loading = undefined;
		});
	}
	return loading;
}
