/** Places one SVG document inside another (social card, print page): scaled to fit a box. */

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Width and height an SVG document declares on its root element. */
export function svgSize(svg: string): { width: number; height: number } {
	const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
	const read = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1] ?? NaN);
	return { width: read('width'), height: read('height') };
}

/**
 * The content of `svg` (without its XML declaration and root element) in a group scaled to
 * fit `box` (uniformly), centred horizontally, at the top (`align: 'top'`) or centred.
 */
export function embedSvg(svg: string, box: Box, id: string, align: 'top' | 'middle' = 'middle'): string[] {
	const { width, height } = svgSize(svg);
	// The root's font (`svg-map` sets it there) must not be lost with the root.
	const font = /\sfont-family="([^"]*)"/.exec(/<svg\b[^>]*>/.exec(svg)?.[0] ?? '')?.[1];
	const body = svg.slice(svg.indexOf('>', svg.indexOf('<svg')) + 1, svg.lastIndexOf('</svg>'));
	const k = Math.min(box.width / width, box.height / height);
	const x = box.x + (box.width - width * k) / 2;
	const y = align === 'top' ? box.y : box.y + (box.height - height * k) / 2;
	const fontAttr = font ? ` font-family="${font}"` : '';
	return [`<g id="${id}" transform="translate(${x.toFixed(1)} ${y.toFixed(1)}) scale(${k.toFixed(4)})"${fontAttr}>`, body, '</g>'];
}
