/** How a figure reads in French: with its qualifier, unit, category label, or missing kind. */
import type { Indicator, Observation } from '../data/model';
import { formatDate, formatNumber, formatQualified, formatWithUnit } from '../domain/format';
import { missingLabel } from '../domain/labels';
import type { Cell } from './join';

export function categoryLabel(indicator: Indicator, value: string | boolean): string {
	if (typeof value === 'boolean') return value ? 'Oui' : 'Non';
	return indicator.categories.find((c) => c.id === value)?.label ?? value;
}

/** An observation as written: « plus de 40 % », « Lancé », « Oui ». */
export function formatObservation(indicator: Indicator, obs: Observation): string {
	if (obs.value === null) return missingLabel(obs.missing ?? 'non_renseigne');
	if (typeof obs.value !== 'number') return categoryLabel(indicator, obs.value);
	return formatQualified(obs.value, obs.qualifier, indicator.unit, obs.valueMax);
}

export const PER_CAPITA_UNIT = 'pour 100 000 hab.';

/** A joined cell as the map, tooltip and table show it. */
export function formatCell(indicator: Indicator, cell: Cell, perCapita = false): string {
	if (cell.kind === 'missing') return missingLabel(cell.missing);
	if (typeof cell.value !== 'number') return categoryLabel(indicator, cell.value);
	if (perCapita && cell.value !== cell.raw) return `${formatNumber(cell.value, { maxFractionDigits: 1 })} ${PER_CAPITA_UNIT}`;
	return cell.obs ? formatObservation(indicator, cell.obs) : formatWithUnit(cell.value, indicator.unit);
}

/** Legend bounds: a plain number with the indicator's unit (per capita: no unit). */
export function boundFormatter(indicator: Indicator, perCapita: boolean): (v: number) => string {
	return (v) => (perCapita ? formatNumber(v, { maxFractionDigits: 1 }) : formatWithUnit(v, indicator.unit, { maxFractionDigits: 1 }));
}

/** `L123` → « ligne 123 », `L12-14` → « lignes 12 à 14 »; a web locator stays as written. */
export function formatLocator(locator: string): string {
	return locator.replace(/^L(\d+)-(\d+)$/, 'lignes $1 à $2').replace(/^L(\d+)$/, 'ligne $1');
}

/** « décembre 2021 » for a figure's period, with « (date déduite) » when inferred. */
export function formatPeriod(obs: Observation): string {
	return `${formatDate(obs.period)}${obs.inferred.includes('period') ? ' (date déduite)' : ''}`;
}
