/** Minimal colour maths (sRGB hex / rgb()) for contrast and palette checks; no DOM. */

export interface Rgb {
	r: number;
	g: number;
	b: number;
}

/** Parses `#rgb`, `#rrggbb` and `rgb(r, g, b)` (what d3-scale-chromatic returns); else null. */
export function parseColor(text: string): Rgb | null {
	const s = text.trim().toLowerCase();
	let m = /^#([0-9a-f]{3})$/.exec(s);
	if (m) {
		const [r, g, b] = [...(m[1] as string)].map((c) => parseInt(c + c, 16)) as [number, number, number];
		return { r, g, b };
	}
	m = /^#([0-9a-f]{6})$/.exec(s);
	if (m) {
		const n = parseInt(m[1] as string, 16);
		return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
	}
	m = /^rgb\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*\)$/.exec(s);
	if (m) {
		const [r, g, b] = [m[1], m[2], m[3]].map(Number) as [number, number, number];
		if (r > 255 || g > 255 || b > 255) return null;
		return { r, g, b };
	}
	return null;
}

function parseOrThrow(text: string): Rgb {
	const c = parseColor(text);
	if (!c) throw new TypeError(`Unsupported colour: ${text}`);
	return c;
}

function linear(channel: number): number {
	const c = channel / 255;
	return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2.x relative luminance, 0 (black) – 1 (white). */
export function relativeLuminance(color: string): number {
	const { r, g, b } = parseOrThrow(color);
	return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio, 1–21. */
export function contrastRatio(a: string, b: string): number {
	const la = relativeLuminance(a);
	const lb = relativeLuminance(b);
	return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * Text colour for labels drawn on `bg`: whichever of black or white has the higher WCAG
 * contrast ratio (black wins ties). Switches around luminance ≈ 0.179.
 */
export function contrastText(bg: string): '#000' | '#fff' {
	const l = relativeLuminance(bg);
	return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000' : '#fff';
}

function toLab(color: string): [number, number, number] {
	const { r, g, b } = parseOrThrow(color);
	const [lr, lg, lb] = [linear(r), linear(g), linear(b)];
	// sRGB → XYZ (D65), normalised by the white point.
	const x = (0.4124 * lr + 0.3576 * lg + 0.1805 * lb) / 0.95047;
	const y = 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
	const z = (0.0193 * lr + 0.1192 * lg + 0.9505 * lb) / 1.08883;
	const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
	const [fx, fy, fz] = [f(x), f(y), f(z)];
	return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** CIE76 colour difference (ΔE*ab). ≈ 2.3 is a just-noticeable difference. */
export function deltaE(a: string, b: string): number {
	const [l1, a1, b1] = toLab(a);
	const [l2, a2, b2] = toLab(b);
	return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}
