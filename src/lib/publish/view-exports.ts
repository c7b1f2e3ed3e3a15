/**
 * The files a user downloads from a view — their names and contents — as pure functions:
 * the page only hands them to the browser. (The PNG is drawn from the live map, see
 * `png-export`; the SVG by `view-svg`.)
 */
import type { ViewState } from '../url/view-params';
import { foldText } from '../explorer/catalogue';
import type { GapRow } from '../explorer/gaps';
import { tableCsv, type TableRow } from '../explorer/table-rows';
import type { ViewModel } from '../explorer/view-model';

export interface DownloadFile {
	name: string;
	text: string;
	mime: string;
}

const CSV = 'text/csv;charset=utf-8';

function slug(s: string): string {
	return foldText(s).replace(/[^a-z0-9]+/g, '-');
}

/** `segur-territoires_<indicateur>_<niveau>[_<date>]`: the name every export of a view starts with. */
export function viewFileBase(view: ViewState): string {
	return `segur-territoires_${slug(view.indicator)}_${view.level}${view.date ? `_${view.date}` : ''}`;
}

/** The table of the view, as the table view shows it. */
export function tableFile(view: ViewState, rows: readonly TableRow[]): DownloadFile {
	return { name: `${viewFileBase(view)}.csv`, text: tableCsv(rows), mime: CSV };
}

/** The territories the gap filter found, in its order, with the table's columns. */
export function gapsFile(view: ViewState, rows: readonly TableRow[], gaps: readonly GapRow[]): DownloadFile {
	const byCode = new Map(rows.map((r) => [r.code, r]));
	const list = gaps.map((g) => byCode.get(g.code)).filter((r) => !!r);
	return { name: `segur-territoires_ecarts_${slug(view.indicator)}.csv`, text: tableCsv(list), mime: CSV };
}

/** The view's figures with their labels and sources, as JSON. */
export function viewJsonFile(view: ViewState, vm: ViewModel, rows: readonly TableRow[]): DownloadFile {
	const { indicator } = vm;
	const json = {
		indicateur: indicator.id,
		libelle: indicator.label,
		unite: indicator.unit ?? null,
		niveau: view.level,
		date: view.date,
		par_habitant: vm.perCapita,
		source: vm.sourceLine,
		territoires: rows
	};
	return { name: `${viewFileBase(view)}.json`, text: JSON.stringify(json, null, 2), mime: 'application/json' };
}

/** The view's map as SVG (geometry passed in: the page loads it once for the map). */
export function svgFileName(view: ViewState): string {
	return `${viewFileBase(view)}.svg`;
}

/** The PNG's name; `@2x` for the double-resolution one. */
export function pngFileName(view: ViewState, scale: 1 | 2): string {
	return `${viewFileBase(view)}${scale === 2 ? '@2x' : ''}.png`;
}
