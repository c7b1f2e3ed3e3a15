/**
 * Inset names (Guadeloupe, Paris et petite couronne…) fit their frame's width, covering as
 * little of the frame's map as they can: on one line at a readable size if they fit, else
 * the largest size at which they wrap between words without overflowing in at most two
 * lines, else the largest size at which they do not overflow. Shared by the map's labels and
 * the picture's, so both write a name the same way.
 */
export const LABEL_SIZES = [11, 10, 9, 8, 7];
/** Below this size a name is written on two lines rather than shrunk further. */
const ONE_LINE_MIN = 9;

const fits = (el: HTMLElement) => el.scrollWidth <= el.clientWidth;

/** Lines of text in the element (its line height is set by map-overlays.css). */
function lines(el: HTMLElement): number {
	const s = getComputedStyle(el);
	return Math.round((el.clientHeight - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom)) / parseFloat(s.lineHeight));
}

export function fitLabel(el: HTMLElement): void {
	el.style.whiteSpace = 'nowrap';
	for (const size of LABEL_SIZES) {
		if (size < ONE_LINE_MIN) break;
		el.style.fontSize = `${size}px`;
		if (fits(el)) return;
	}
	el.style.whiteSpace = '';
	let fallback: number | null = null;
	for (const size of LABEL_SIZES) {
		el.style.fontSize = `${size}px`;
		if (!fits(el)) continue;
		fallback ??= size;
		if (lines(el) <= 2) return;
	}
	el.style.fontSize = `${fallback ?? LABEL_SIZES.at(-1)}px`;
}
