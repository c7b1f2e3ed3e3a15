/**
 * Fill patterns for missing data (hatching for "sans objet", dots for "pas encore"),
 * drawn on a canvas at run time: no image is fetched.
 */
import { PATTERN_INK } from '../domain/palette';

export const PATTERN_SIZE = 8;
const [R, G, B] = [1, 3, 5].map((i) => parseInt(PATTERN_INK.slice(i, i + 2), 16));

export function patternImage(kind: 'hatch' | 'dots'): { width: number; height: number; data: Uint8Array } {
	const n = PATTERN_SIZE;
	const data = new Uint8Array(n * n * 4);
	const ink = (x: number, y: number) => {
		const i = (y * n + x) * 4;
		data[i] = R!;
		data[i + 1] = G!;
		data[i + 2] = B!;
		data[i + 3] = 255;
	};
	for (let y = 0; y < n; y++)
		for (let x = 0; x < n; x++) {
			if (kind === 'hatch' && (x + y) % n === 0) ink(x, y);
			if (kind === 'dots' && x % 4 === 1 && y % 4 === 1) ink(x, y);
		}
	return { width: n, height: n, data };
}
