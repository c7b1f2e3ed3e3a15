/**
 * The explorer's URL contract: defaults, and reading the URL with user-written territory
 * codes accepted (`sel=2a` means Corse-du-Sud) before the one zod schema checks it.
 */
import type { DataModel } from '../data/model';
import { parseViewState, viewStateQuery, type ParsedViewState, type ViewState } from '../domain/url-state';
import { departements, parseDepartementCode, parseRegionCode, regions } from '../territories';
import { mappableIndicators, mappedLevels } from './catalogue';

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
	camera: null
};

const territoryCodes = {
	region: new Set(regions.map((r) => r.code)),
	departement: new Set(departements.map((d) => d.code))
};

/** Same parameters, same order, repeats kept (the parser warns about them), codes normalised. */
function normaliseCodes(params: URLSearchParams): URLSearchParams {
	const level = params.get('niv') === 'region' ? 'region' : 'departement';
	const fix = (raw: string) => {
		const r = level === 'region' ? parseRegionCode(raw) : parseDepartementCode(raw);
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

export function readViewState(params: URLSearchParams, model: DataModel): ParsedViewState {
	const indicators = mappableIndicators(model);
	const parsed = parseViewState(normaliseCodes(params), {
		indicatorIds: new Set(indicators.map((i) => i.id)),
		territoryCodes,
		defaults: DEFAULT_VIEW
	});
	// The level must be one where the indicator has figures: switch, and say so.
	const indicator = indicators.find((i) => i.id === parsed.state.indicator);
	const levels = indicator ? mappedLevels(indicator, model.observations) : [];
	if (levels.length && !levels.includes(parsed.state.level)) {
		const level = levels[0] as ViewState['level'];
		if (params.has('niv'))
			parsed.warnings.push(
				`Niveau « ${parsed.state.level === 'region' ? 'région' : 'département'} » sans donnée pour cet indicateur : affichage par ${level === 'region' ? 'région' : 'département'}.`
			);
		parsed.state = { ...parsed.state, level, selected: null, compare: [] };
	}
	return parsed;
}

export function viewHref(state: ViewState): string {
	const q = viewStateQuery(state, DEFAULT_VIEW);
	return q ? `?${q}` : '?';
}
