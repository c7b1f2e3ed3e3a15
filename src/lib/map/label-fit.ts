/**
 * Inset names (Guadeloupe, Paris et petite couronne…) fit their frame's width, covering as
 * little of the frame's map as they can: on one line at a readable size if they fit, else
 * the largest size at which they wrap between words without overflowing in at most two
 * lines. A frame too narrow for that (« Paris et petite couronne » on a phone) gets its name
 * outside it, right-aligned with it: above the frame when the map has room there (the Paris
 * frame sits in the sea, in the top-right corner), else under it as the SVG export writes it
 * — under it, the name lies over the north-east départements and their site clusters.
 * Shared by the map's labels and the picture's, so both write a name the same way.
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

/** Sizes tried on one line first, and the smaller ones a short frame's name may come down to. */
const READABLE_SIZES = LABEL_SIZES.filter((size) => size >= ONE_LINE_MIN);
const SMALL_SIZES = LABEL_SIZES.filter((size) => size < ONE_LINE_MIN);

/** Sets the largest of `sizes` at which the name holds on one line; false if none. */
function oneLine(el: HTMLElement, sizes: readonly number[]): boolean {
	el.style.whiteSpace = 'nowrap';
	for (const size of sizes) {
		el.style.fontSize = `${size}px`;
		if (fits(el)) return true;
	}
	el.style.whiteSpace = '';
	return false;
}

/**
 * Fits the name to its max-width; false when it wraps without overflowing but needs more
 * than two lines even at 7 px. Two lines that would cover more than a third of a short
 * frame's height (« La Réunion » over its island on a phone) give way to one smaller line.
 * (A word wider than the frame at 7 px stays at 7 px: the overseas column has no room
 * under its frames.)
 */
function fitLabel(el: HTMLElement, height = Infinity): boolean {
	if (oneLine(el, READABLE_SIZES)) return true;
	let fallback: number | null = null;
	for (const size of LABEL_SIZES) {
		el.style.fontSize = `${size}px`;
		if (!fits(el)) continue;
		fallback ??= size;
		if (lines(el) <= 2) {
			if (el.offsetHeight > height / 3 && oneLine(el, SMALL_SIZES)) return true;
			el.style.fontSize = `${size}px`;
			return true;
		}
	}
	el.style.fontSize = `${fallback ?? LABEL_SIZES.at(-1)}px`;
	return fallback === null;
}

/** How much wider than its frame a name written outside it may be. */
const OUTSIDE_WIDTH = 2;

/**
 * Writes an inset's name in its frame (`width` × `height` screen pixels, the label placed at
 * its top-left corner), or outside it when the frame is too narrow: above it when `roomAbove`
 * (pixels between the frame's top and the top of the map) holds the name, else under it.
 * Call again when the frame's size or place on screen changes. Marks the name `data-fitted`:
 * the picture, drawn before the page's code runs, shows its names only once they are.
 */
export function placeLabel(el: HTMLElement, width: number, height: number, roomAbove = 0): void {
	el.style.maxWidth = `${Math.max(0, width - 2)}px`;
	el.style.margin = '';
	delete el.dataset.outside;
	el.dataset.fitted = 'true';
	if (fitLabel(el, height)) return;
	el.style.maxWidth = `${OUTSIDE_WIDTH * width}px`;
	fitLabel(el);
	const above = el.offsetHeight + 1 <= roomAbove;
	el.dataset.outside = above ? 'above' : 'below';
	el.style.marginTop = `${above ? -el.offsetHeight - 1 : height + 1}px`;
	el.style.marginLeft = `${width - el.offsetWidth}px`;
}
