/**
 * Proportional circles in the SVG export: the `symboles` layer (one `<circle id="sym-75">`
 * per territory, largest first, hollow marks for missing data) and the nested-circle
 * legend that replaces the class swatches. Pure, deterministic text like `svg-map.ts`,
 * which gets them as an {@link SvgSymbolDrawing}: this module comes with the « Cercles »
 * mode, not with the page.
 */
import type { Position } from 'geojson';
import { MISSING_RADIUS, SYMBOL_STYLE } from '../domain/symbol-style';
import { num, safeColor } from './svg-layers';

/** What the export needs of the symbols (a `MapSymbols` fits). */
export interface SvgSymbols {
	/** `fill`: a class colour of the second indicator (`couleur`); `noColor`: none (white, outlined). */
	circles: readonly { code: string; radius: number; value: number; fill?: string; noColor?: boolean }[];
	missing: readonly string[];
	legend: readonly { label: string; radius: number }[];
	maxRadius: number;
	/** Circles coloured by a second indicator: its classes (counted on the circles) under the sizes. */
	coloring?: { title: string; legend: readonly { label: string; color: string; count: number; kind: string }[] };
}

/** A circle's fill and outline: one colour, a class colour, or white outlined (no figure of the colour). */
export function circlePaint(c: { fill?: string; noColor?: boolean }): { fill: string; stroke: string; width: number } {
	return c.noColor
		? { fill: SYMBOL_STYLE.noColor, stroke: SYMBOL_STYLE.missing, width: SYMBOL_STYLE.missingWidth }
		: { fill: c.fill ?? SYMBOL_STYLE.fill, stroke: SYMBOL_STYLE.stroke, width: SYMBOL_STYLE.strokeWidth };
}

/** What `renderSvgMap` draws the circles with. */
export interface SvgSymbolDrawing {
	layer(anchors: ReadonlyMap<string, Position>, project: (p: Position) => [number, number], titleOf: (code: string) => string, escape: (s: string) => string): string[];
	legend(x: number, y: number, size: number, ink: string, escape: (s: string) => string): { svg: string[]; bottom: number };
}

/** `counted: false`: a legend shared by several maps (small multiples) says no counts. */
export function svgSymbolDrawing(symbols: SvgSymbols, counted = true): SvgSymbolDrawing {
	return {
		layer: (anchors, project, titleOf, escape) => symbolLayer(symbols, anchors, project, titleOf, escape),
		legend: (x, y, size, ink, escape) => symbolLegend(symbols, x, y, size, ink, escape, counted)
	};
}

/** The circles, at their anchors as projected; `titleOf` names a territory for `<title>`. */
export function symbolLayer(
	symbols: SvgSymbols,
	anchors: ReadonlyMap<string, Position>,
	project: (p: Position) => [number, number],
	titleOf: (code: string) => string,
	escape: (s: string) => string
): string[] {
	const out: string[] = [];
	for (const c of symbols.circles) {
		const at = anchors.get(c.code);
		if (!at) continue;
		const [x, y] = project(at);
		const p = circlePaint(c);
		out.push(
			`<circle id="sym-${escape(c.code)}" cx="${num(x)}" cy="${num(y)}" r="${num(c.radius)}" fill="${safeColor(p.fill)}" fill-opacity="${SYMBOL_STYLE.fillOpacity}" stroke="${p.stroke}" stroke-width="${p.width}"><title>${escape(titleOf(c.code))}</title></circle>`
		);
	}
	for (const code of symbols.missing) {
		const at = anchors.get(code);
		if (!at) continue;
		const [x, y] = project(at);
		out.push(
			`<circle id="sym-nd-${escape(code)}" cx="${num(x)}" cy="${num(y)}" r="${MISSING_RADIUS}" fill="none" stroke="${SYMBOL_STYLE.missing}" stroke-width="${SYMBOL_STYLE.missingWidth}"><title>${escape(`${titleOf(code)} : sans donnée`)}</title></circle>`
		);
	}
	return out;
}

/** The nested circles (bottom-aligned, a dashed line from each top to its value) and the two counts. */
export function symbolLegend(symbols: SvgSymbols, x: number, y: number, size: number, ink: string, escape: (s: string) => string, counted = true): { svg: string[]; bottom: number } {
	const R = Math.max(4, symbols.maxRadius);
	const base = y + 2 * R;
	const labelX = x + 2 * R + 10;
	const svg: string[] = [];
	for (const l of symbols.legend) {
		const top = base - 2 * l.radius;
		svg.push(
			`<circle cx="${num(x + R)}" cy="${num(base - l.radius)}" r="${num(l.radius)}" fill="none" stroke="${SYMBOL_STYLE.missing}" stroke-width="1"/>`,
			`<path d="M${num(x + R)} ${num(top)}H${num(labelX - 3)}" stroke="${SYMBOL_STYLE.missing}" stroke-width="0.6" stroke-dasharray="2 2"/>`,
			`<text x="${num(labelX)}" y="${num(top + size * 0.35)}" font-size="${size}" fill="${ink}">${escape(l.label)}</text>`
		);
	}
	let ly = (symbols.legend.length ? base : y) + 10;
	const row = (mark: string, label: string) => {
		svg.push(mark, `<text x="${num(x + 26)}" y="${num(ly + 10)}" font-size="${size}" fill="${ink}">${escape(label)}</text>`);
		ly += size + 8;
	};
	const single = symbols.coloring ? 'fill="none"' : `fill="${SYMBOL_STYLE.fill}" fill-opacity="${SYMBOL_STYLE.fillOpacity}"`;
	row(`<circle cx="${num(x + 9)}" cy="${num(ly + 6)}" r="6" ${single} stroke="${SYMBOL_STYLE.missing}" stroke-width="0.5"/>`, `Surface proportionnelle à la valeur${counted ? ` (${symbols.circles.length})` : ''}`);
	if (symbols.missing.length)
		row(
			`<circle cx="${num(x + 9)}" cy="${num(ly + 6)}" r="${MISSING_RADIUS}" fill="none" stroke="${SYMBOL_STYLE.missing}" stroke-width="${SYMBOL_STYLE.missingWidth}"/>`,
			`Sans donnée${counted ? ` (${symbols.missing.length})` : ''}`
		);
	if (symbols.coloring) {
		ly += 8;
		svg.push(`<text x="${num(x)}" y="${num(ly + size)}" font-size="${size}" font-weight="700" fill="${ink}">${escape(symbols.coloring.title)}</text>`);
		ly += size + 8;
		for (const e of symbols.coloring.legend) {
			const p = circlePaint(e.kind === 'missing' ? { noColor: true } : { fill: e.color });
			row(
				`<circle class="couleur" cx="${num(x + 9)}" cy="${num(ly + 6)}" r="6" fill="${safeColor(p.fill)}" fill-opacity="${SYMBOL_STYLE.fillOpacity}" stroke="${p.stroke}" stroke-width="${p.width}"/>`,
				`${e.label} (${e.count})`
			);
		}
	}
	return { svg, bottom: ly };
}
