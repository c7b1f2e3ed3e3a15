/** Ranks and summaries of a joined indicator: who is ahead, who is behind, who is missing. */
import type { Polarity } from '../domain/types';
import type { Joined } from './join';
import { numericValues } from './join';

/**
 * Rank 1 = the "best" figure by the indicator's polarity (the highest for higher_better
 * and neutral, the lowest for lower_better). Ties share a rank (1, 2, 2, 4).
 */
export function ranks(values: Map<string, number>, polarity: Polarity): Map<string, number> {
	const sorted = [...values].sort((a, b) => (polarity === 'lower_better' ? a[1] - b[1] : b[1] - a[1]));
	const out = new Map<string, number>();
	sorted.forEach(([code, v], i) => {
		const prev = sorted[i - 1];
		out.set(code, prev && prev[1] === v ? (out.get(prev[0]) as number) : i + 1);
	});
	return out;
}

export interface MapSummary {
	highest: { code: string; value: number }[];
	lowest: { code: string; value: number }[];
	withValue: number;
	missing: number;
	total: number;
}

/** Highest and lowest territories (all ties) and how many have no figure. */
export function summarise(joined: Joined): MapSummary {
	const values = numericValues(joined);
	const list = [...values].map(([code, value]) => ({ code, value }));
	const max = Math.max(...list.map((x) => x.value));
	const min = Math.min(...list.map((x) => x.value));
	let missing = 0;
	for (const cell of joined.cells.values()) if (cell.kind === 'missing') missing++;
	return {
		highest: list.length ? list.filter((x) => x.value === max) : [],
		lowest: list.length ? list.filter((x) => x.value === min) : [],
		withValue: [...joined.cells.values()].filter((c) => c.kind === 'value').length,
		missing,
		total: joined.cells.size
	};
}
