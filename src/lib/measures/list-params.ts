/**
 * The URL of /mesures/ owns its view: filters, sort and layout. Each parameter is read on
 * its own; a bad value is dropped with a French warning and the page keeps the default.
 *
 * - `ecart=1`: only measures off target (the pace rule says *en retard*);
 * - `echeance=1`: only measures with a deadline passed and no achievement reported;
 * - `territorial=1`: only measures with territorial figures;
 * - `groupe=pilier-1` … `pilier-4`, `numerique`, `ms2022`: one group;
 * - `tri=numero` (default), `avancement`, `echeance`, `retard`;
 * - `vue=liste` (default) or `tableau`.
 */
import { NBSP } from '../domain/format';
import { invalidParamWarning, q, quoteUserText, repeatedParamWarning } from '../url/view-params';

export const SORTS = ['numero', 'avancement', 'echeance', 'retard'] as const;
export type Sort = (typeof SORTS)[number];
export const LAYOUTS = ['liste', 'tableau'] as const;
export type Layout = (typeof LAYOUTS)[number];

export interface ListState {
	offTarget: boolean;
	overdue: boolean;
	territorial: boolean;
	group: string | null;
	sort: Sort;
	layout: Layout;
}

export const DEFAULT_LIST: ListState = { offTarget: false, overdue: false, territorial: false, group: null, sort: 'numero', layout: 'liste' };

const KEYS = ['ecart', 'echeance', 'territorial', 'groupe', 'tri', 'vue'] as const;

export interface ParsedList {
	state: ListState;
	warnings: string[];
}

export function readListState(params: URLSearchParams, groups: readonly string[]): ParsedList {
	const warnings: string[] = [];
	const state: ListState = { ...DEFAULT_LIST };
	const seen = new Set<string>();
	for (const key of new Set(params.keys())) {
		if (!(KEYS as readonly string[]).includes(key)) {
			warnings.push(`Paramètre ${q(quoteUserText(key))} inconnu${NBSP}: ignoré.`);
			continue;
		}
		if (params.getAll(key).length > 1 && !seen.has(key)) warnings.push(repeatedParamWarning(key));
		seen.add(key);
	}
	const flag = (key: string, name: keyof Pick<ListState, 'offTarget' | 'overdue' | 'territorial'>) => {
		const raw = params.get(key);
		if (raw === null) return;
		if (raw === '1') state[name] = true;
		else if (raw !== '0') warnings.push(invalidParamWarning(key, raw, 'attendu 1 ou 0, filtre non appliqué.'));
	};
	flag('ecart', 'offTarget');
	flag('echeance', 'overdue');
	flag('territorial', 'territorial');
	const group = params.get('groupe');
	if (group !== null) {
		if (groups.includes(group)) state.group = group;
		else warnings.push(invalidParamWarning('groupe', group, `attendu l’un de ${groups.join(', ')} ; tous les groupes sont montrés.`));
	}
	const sort = params.get('tri');
	if (sort !== null) {
		if ((SORTS as readonly string[]).includes(sort)) state.sort = sort as Sort;
		else warnings.push(invalidParamWarning('tri', sort, `attendu ${SORTS.join(', ')} ; tri par numéro.`));
	}
	const layout = params.get('vue');
	if (layout !== null) {
		if ((LAYOUTS as readonly string[]).includes(layout)) state.layout = layout as Layout;
		else warnings.push(invalidParamWarning('vue', layout, 'attendu liste ou tableau ; vue en liste.'));
	}
	return { state, warnings };
}

/** The query string of a state (defaults left out), starting with `?` (or `?` alone). */
export function listQuery(state: ListState): string {
	const p = new URLSearchParams();
	if (state.offTarget) p.set('ecart', '1');
	if (state.overdue) p.set('echeance', '1');
	if (state.territorial) p.set('territorial', '1');
	if (state.group) p.set('groupe', state.group);
	if (state.sort !== 'numero') p.set('tri', state.sort);
	if (state.layout !== 'liste') p.set('vue', state.layout);
	return `?${p.toString()}`;
}
