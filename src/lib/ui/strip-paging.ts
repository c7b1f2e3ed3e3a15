/**
 * Paging through a row of cards wider than its view (the headline strip): a page on brings
 * the card cut at the right edge first, a page back brings the card cut at the left edge
 * last, so that no card is skipped and each page starts on a card (where the row snaps).
 * Positions are in the row's scroll coordinates; `pad` is the width the buttons cover at
 * each end (the row's scroll padding).
 */

export interface CardSpan {
	start: number;
	end: number;
}

export interface RowView {
	scrollLeft: number;
	width: number;
	pad: number;
}

/** Where to scroll for the next (`1`) or previous (`-1`) page; never before 0. */
export function pageTarget(cards: readonly CardSpan[], row: RowView, direction: -1 | 1): number {
	const { scrollLeft, width, pad } = row;
	const view = width - 2 * pad;
	let target: number | undefined;
	if (direction > 0) {
		const cut = cards.find((c) => c.end > scrollLeft + width - pad + 1);
		if (cut) target = cut.start - pad;
	} else {
		const cut = cards.findLast((c) => c.start < scrollLeft + pad - 1);
		const first = cut && cards.find((c) => c.start >= cut.end - view - 1);
		if (first) target = first.start - pad;
	}
	// No card to line up on, or one wider than the view: a view's width at a time.
	if (target === undefined || (target - scrollLeft) * direction <= 0) target = scrollLeft + direction * view;
	return Math.max(0, target);
}
