import { describe, expect, it } from 'vitest';
import { pageTarget, type CardSpan } from '../../../src/lib/ui/strip-paging';

// Cards 200 wide, 8 apart, after a 16 padding: 16–216, 224–424, 432–632…
const cards: CardSpan[] = Array.from({ length: 10 }, (_, i) => ({ start: 16 + i * 208, end: 216 + i * 208 }));
const row = (scrollLeft: number) => ({ scrollLeft, width: 700, pad: 44 });
const END = 2104 - 700; // the row's scroll width (last card's end and padding) less its view
/** Cards wholly in the row's box. */
const shown = (scrollLeft: number) => cards.flatMap((c, i) => (c.start >= scrollLeft - 1 && c.end <= scrollLeft + 700 + 1 ? [i] : []));

describe('pageTarget: paging through the headline cards', () => {
	it('a page on starts on the card that was cut at the right edge', () => {
		// Card 3 (640–840) is cut at 700; card 2 (432–632) is whole, but not under the button.
		expect(shown(0)).toEqual([0, 1, 2]);
		const next = pageTarget(cards, row(0), 1);
		expect(next).toBe(640 - 44);
		expect(shown(next)[0]).toBe(3);
	});

	it('never skips a card, from one end to the other and back', () => {
		const seen = new Set<number>();
		let at = 0;
		for (let i = 0; i < 20 && at < END; i++) {
			for (const k of shown(at)) seen.add(k);
			const next = Math.min(pageTarget(cards, row(at), 1), END); // the browser stops at the end
			expect(next).toBeGreaterThan(at);
			at = next;
		}
		for (const k of shown(at)) seen.add(k);
		expect([...seen].sort((a, b) => a - b)).toEqual(cards.map((_, i) => i));
		// Back one page: the card cut at the left edge before is now whole, and the page starts on a card.
		const firstShown = shown(at)[0]!;
		const back = pageTarget(cards, row(at), -1);
		expect(back).toBeLessThan(at);
		expect(shown(back)).toContain(firstShown - 1);
		expect(cards.some((c) => c.start - 44 === back)).toBe(true);
	});

	it('never goes before the start', () => {
		expect(pageTarget(cards, row(100), -1)).toBe(0);
		expect(pageTarget(cards, row(0), -1)).toBe(0);
	});

	it('a card wider than the view pages a view’s width at a time', () => {
		const wide: CardSpan[] = [{ start: 16, end: 2016 }];
		expect(pageTarget(wide, row(0), 1)).toBe(612);
		expect(pageTarget(wide, row(1000), -1)).toBe(388);
	});
});
