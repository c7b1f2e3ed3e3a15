/** What the map's hover popup says about one territory: plain text lines, never HTML. */
import { formatCell, formatPeriod } from './display';
import type { ViewModel } from './view-model';
import type { Indicator } from '../data/model';
import type { Joined } from './join';

/**
 * Hover lines for a territory: name and code, the figure, its date. The explorer's `full`
 * version also names the indicator, marks a change's end date and flags diverging sources.
 */
export function tooltipLines(
	vm: Pick<ViewModel, 'shown' | 'indicator' | 'perCapita' | 'changeMode'>,
	code: string,
	name: string,
	full: boolean,
	/** Circles coloured by a second indicator (`couleur`): its figure and date too. */
	second?: { indicator: Indicator; shown: Joined }
): string[] {
	const lines = [`${name} (${code})`];
	const cell = vm.shown.cells.get(code);
	if (!cell) return lines;
	const figure = formatCell(vm.indicator, cell, vm.perCapita);
	lines.push(full ? `${vm.indicator.shortLabel} : ${figure}` : figure);
	if (cell.kind === 'value' && cell.obs) lines.push(`${full && vm.changeMode ? 'Jusqu’à ' : ''}${formatPeriod(cell.obs)}`);
	if (full && cell.kind === 'value' && cell.conflicts.length) lines.push('Sources divergentes à cette date : voir la fiche');
	const other = second?.shown.cells.get(code);
	if (second && other) {
		const date = other.kind === 'value' && other.obs ? ` (${formatPeriod(other.obs)})` : '';
		lines.push(`Couleur — ${second.indicator.shortLabel} : ${formatCell(second.indicator, other)}${date}`);
	}
	return lines;
}
