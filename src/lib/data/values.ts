/** Reading a cell against its indicator, and the wording shared by the readers. */
import type { Indicator, Level, RowRef } from './model';
import type { Reporter } from './report';
import { LEVEL_WORDS } from '../domain/labels';

const NUMBER_RE = /^-?\d+(\.\d+)?$/;

/** A number as the file writes it (`1.5`, or `1,5` in a `;` file), or null. */
export function readNumber(text: string, decimalComma: boolean): number | null {
	const t = decimalComma ? text.replace(',', '.') : text;
	return NUMBER_RE.test(t) ? Number(t) : null;
}

export function numberExpected(decimalComma: boolean): string {
	return decimalComma ? 'un nombre (virgule décimale, sans espace ni unité)' : 'un nombre (point décimal, sans espace ni unité)';
}

/** The typed value, or undefined (after reporting why) when it does not fit the indicator. */
export function checkIndicatorValue(
	report: Reporter['report'],
	ref: RowRef,
	indicator: Indicator,
	raw: string,
	decimalComma: boolean
): number | string | boolean | undefined {
	const fail = (message: string) => void report(ref, 'value', message);
	switch (indicator.kind) {
		case 'count':
		case 'share':
		case 'amount': {
			const n = readNumber(raw, decimalComma);
			if (n === null) return fail(`« ${raw} » n’est pas un nombre — ${numberExpected(decimalComma)}`);
			if (n < 0 && indicator.kind !== 'amount') return fail(`« ${raw} » est négatif — un nombre positif ou nul`);
			if (indicator.kind === 'share' && n > 100) return fail(`« ${raw} » dépasse 100 — une part en % (0 à 100)`);
			return n;
		}
		case 'category':
			if (!indicator.categories.some((c) => c.id === raw))
				return fail(`« ${raw} » n’est pas une catégorie de ${indicator.id} — l’une de ${indicator.categories.map((c) => c.id).join(', ')}`);
			return raw;
		case 'boolean':
			if (raw !== 'oui' && raw !== 'non') return fail(`« ${raw} » n’est pas oui/non — « oui » ou « non »`);
			return raw === 'oui';
	}
}

export function levelName(level: Level): string {
	return level === 'france' ? 'France' : LEVEL_WORDS[level].singular;
}

export function levelExpected(level: Level): string {
	if (level === 'france') return 'FR';
	if (level === 'region') return 'un code région INSEE (11, 84, 01 Guadeloupe…)';
	return 'un code département INSEE (01…95, 2A, 2B, 971…976)';
}

/** Drop undefined keys so the model serialises compactly and compares cleanly. */
export function clean<T extends object>(o: T): T {
	for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
	return o;
}
