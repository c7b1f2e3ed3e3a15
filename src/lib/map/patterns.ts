/**
 * Fill patterns for missing data (hatching for "sans objet", dots for "pas encore"),
 * drawn on a canvas at run time: no image is fetched.
 */
export const PATTERN_SIZE = 8;

export function patternImage(kind: 'hatch' | 'dots'): { width: number; height: number; data: Uint8Array } {
	const n = PATTERN_SIZE;
	const data = new Uint8Array(n * n * 4);
	const ink = (x: number, y: number) => {
		const i = (y * n + x) * 4;
		data[i] = 90;
		data[i + 1] = 90;
		data[i + 2] = 90;
		data[i + 3] = 255;
	};
	for (let y = 0; y < n; y++)
		for (let x = 0; x < n; x++) {
			if (kind === 'hatch' && (x + y) % n === 0) ink(x, y);
			if (kind === 'dots' && x % 4 === 1 && y % 4 === 1) ink(x, y);
		}
	return { width: n, height: n, data };
}
