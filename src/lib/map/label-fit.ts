/**
 * Inset names (Guadeloupe, Paris et petite couronne…) fit their frame's width: the largest
 * of these font sizes whose text wraps between words without overflowing. Shared by the
 * map's labels and the picture's, so both write a name the same way.
 */
export const LABEL_SIZES = [11, 10, 9, 8, 7];

export function fitLabel(el: HTMLElement): void {
	for (const size of LABEL_SIZES) {
		el.style.fontSize = `${size}px`;
		if (el.scrollWidth <= el.clientWidth) break;
	}
}
