/**
 * The map as a standalone SVG 1.1 file, for print, slides and editing in Illustrator or
 * Inkscape. Pure: a string from plain data, no DOM, the same in Node and in the browser,
 * and byte-identical for the same input (golden files rely on it).
 *
 * One `<g id>` per layer, in drawing order: `fond`, `cadres`, `territoires`, `paris`
 * (département level only), `limites-regions`, `symboles` (« Cercles » mode only, see
 * `svg-symbols.ts`), `noms-cadres`, `legende`, `titre`, `source`. Every
 * territory is one `<path id="dep-2A">` / `<path id="reg-84">` filled with its colour; a
 * missing-data pattern is a second, id-less path right after it, filled with
 * `url(#motif-hachures)` or `url(#motif-points)`, so the colour stays editable on its own.
 *
 * Inset names (`noms-cadres`, over the map, each over a white halo of itself) sit outside
 * their frame: vertical on the left of the DROM column, below the Paris frame. At région
 * level the Paris frame is left out (nothing to show in it).
 *
 * Projection: spherical Web Mercator, fitted to `geometry.bounds`, y down, coordinates
 * rounded to 0.1 px. Text widths are estimated (no font metrics), so wrapping is
 * deterministic; fonts are the generic `system-ui, sans-serif`.
 *
 * The same layers also make the map's *picture* (`svg-picture.ts`).
 */
import { symbolAnchors, type MapGeometry } from '../map/geometry';
import type { SvgSymbolDrawing } from './svg-symbols';
import { COLORS } from '../map/map-style';
import type { FillPattern } from '../domain/palette';
import { escapeXml, fitProjection, frameEdges, framesAt, mapLayers, num, patternDefs, safeColor, SVG_PATTERN_IDS, type Projection } from './svg-layers';

export { escapeXml, SVG_PATTERN_IDS };
import type { MapLevel } from '../domain/types';


export interface SvgLegendEntry {
	label: string;
	color: string;
	pattern: FillPattern;
	count: number;
}

export interface SvgMapInput {
	geometry: MapGeometry;
	level: MapLevel;
	/** Fill per territory code; a territory without one is drawn in the land colour. */
	fills: ReadonlyMap<string, { color: string; pattern: FillPattern }>;
	legend: { title: string; entries: SvgLegendEntry[] };
	title: string;
	subtitle?: string;
	/** Written as given, e.g. « Source : … ». */
	source: string;
	/** Pixels; default 800. The height follows from the layout. */
	width?: number;
	/** Territory names by code, for each path's `<title>` (falls back to the geometry's `nom`). */
	names: ReadonlyMap<string, string>;
	/** Text alternative (`<desc>`): what the map shows, highest, lowest, missing. */
	alt?: string;
	/**
	 * Only the map (sea, insets, territories, borders) filling `width`, no title, legend or
	 * source: a picture that another layout (social preview, print page) places and labels.
	 */
	mapOnly?: boolean;
	/**
	 * Proportional circles (« Cercles » mode): drawn in a `symboles` layer over the borders,
	 * with a nested-circle legend instead of the class swatches; territories then keep the
	 * land colour (pass no fills).
	 */
	symbols?: SvgSymbolDrawing | null;
}

export const SVG_FONT = 'system-ui, sans-serif';
export const SVG_LAYER_IDS = ['fond', 'cadres', 'territoires', 'paris', 'limites-regions', 'noms-cadres', 'legende', 'titre', 'source'] as const;

/** The published pictures' text colours: dark on white whatever the page's theme. */
export const SVG_INK = '#1b1f23';
export const SVG_MUTED = '#4a4f55';
const INK = SVG_INK;
const MUTED = SVG_MUTED;

const MARGIN = 16;
const GAP = 16;
const MAP_PAD = 8;
const TITLE_SIZE = 20;
const SUBTITLE_SIZE = 13;
const LEGEND_TITLE_SIZE = 12.5;
const LEGEND_SIZE = 12;
const SOURCE_SIZE = 11;
const FRAME_LABEL_SIZE = 9;
/** Average advance of a glyph, in em, regular and bold (DejaVu-wide: wrap early, never overflow). */
const CHAR_EM = 0.58;
const BOLD_EM = 0.66;
const LINE = 1.25;

/** Greedy word wrap on estimated widths; a word longer than a line stays whole. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
	const maxChars = Math.max(1, Math.floor(maxWidth / (fontSize * (bold ? BOLD_EM : CHAR_EM))));
	const words = text.trim().split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let line = '';
	for (const w of words) {
		if (!line) line = w;
		else if (line.length + 1 + w.length <= maxChars) line += ` ${w}`;
		else {
			lines.push(line);
			line = w;
		}
	}
	if (line) lines.push(line);
	return lines.length ? lines : [''];
}

/** The size of a label written along a frame of `length` px: FRAME_LABEL_SIZE, or less so that it fits. */
export function frameLabelSize(label: string, length: number): number {
	return Math.min(FRAME_LABEL_SIZE, Math.max(1, length - 2) / (Math.max(1, label.length) * BOLD_EM));
}

// --- Pieces ---------------------------------------------------------------------------

function text(x: number, y: number, size: number, content: string, extra = ''): string {
	return `<text x="${num(x)}" y="${num(y)}" font-size="${num(size)}"${extra}>${escapeXml(content)}</text>`;
}

/** Lines of text from baseline `y`; returns the markup and the y below the last line. */
function textBlock(lines: string[], x: number, y: number, size: number, extra = ''): { svg: string[]; bottom: number } {
	const svg = lines.map((l, i) => text(x, y + i * size * LINE, size, l, extra));
	return { svg, bottom: y + (lines.length - 1) * size * LINE + size * 0.3 };
}

// --- The document ---------------------------------------------------------------------

export function renderSvgMap(input: SvgMapInput): string {
	const W = Math.max(320, Math.round(input.width ?? 800));
	const { geometry, level } = input;
	const mapOnly = input.mapOnly === true;
	const legendRight = !mapOnly && W >= 560;
	const legendW = legendRight ? Math.min(260, Math.max(170, Math.round(W * 0.26))) : W - 2 * MARGIN;
	const contentW = W - 2 * MARGIN;

	// Title block.
	const titleLines = wrapText(input.title, contentW, TITLE_SIZE, true);
	let y = MARGIN + TITLE_SIZE;
	const title = textBlock(titleLines, MARGIN, y, TITLE_SIZE, ` font-weight="700" fill="${INK}"`);
	const titleSvg = [...title.svg];
	y = title.bottom;
	if (input.subtitle?.trim()) {
		const sub = textBlock(wrapText(input.subtitle, contentW, SUBTITLE_SIZE), MARGIN, y + SUBTITLE_SIZE * 1.3, SUBTITLE_SIZE, ` fill="${MUTED}"`);
		titleSvg.push(...sub.svg);
		y = sub.bottom;
	}
	const mapTop = mapOnly ? 0 : Math.round(y + 12);

	// Map box (sea) and projection.
	const seaX = mapOnly ? 0 : MARGIN;
	const seaW = mapOnly ? W : legendRight ? W - 2 * MARGIN - GAP - legendW : contentW;
	// Inset names sit outside their frame, never under a territory: frames on the west edge
	// (the DROM column) get a vertical name in a strip on their left; the others a name below.
	const west = geometry.bounds[0][0];
	const frames = framesAt(geometry, level);
	const onWestEdge = (f: (typeof frames)[number]) => Math.min(...(f.geometry.coordinates[0] ?? []).map((p) => p[0] ?? Infinity)) <= west + 1e-9;
	const strip = frames.some(onWestEdge) ? FRAME_LABEL_SIZE + 5 : 0;
	const project = fitProjection(geometry.bounds, seaX + MAP_PAD + strip, mapTop + MAP_PAD, seaW - 2 * MAP_PAD - strip);
	const seaH = project.height + 2 * MAP_PAD;
	const mapBottom = mapTop + seaH;

	// Legend.
	const legendX = legendRight ? W - MARGIN - legendW : MARGIN;
	let ly = legendRight ? mapTop + LEGEND_TITLE_SIZE : mapBottom + GAP + LEGEND_TITLE_SIZE;
	const legendSvg: string[] = [];
	const lt = textBlock(wrapText(input.legend.title, legendW, LEGEND_TITLE_SIZE, true), legendX, ly, LEGEND_TITLE_SIZE, ` font-weight="700" fill="${INK}"`);
	legendSvg.push(...lt.svg);
	ly = lt.bottom + 10;
	const SW = 18;
	const SH = 12;
	if (input.symbols && !mapOnly) {
		const sl = input.symbols.legend(legendX, ly, LEGEND_SIZE, INK, escapeXml);
		legendSvg.push(...sl.svg);
		ly = sl.bottom + 8;
	}
	for (const entry of mapOnly || input.symbols ? [] : input.legend.entries) {
		const color = safeColor(entry.color);
		const label = `${entry.label} (${entry.count})`;
		const lines = wrapText(label, legendW - SW - 8, LEGEND_SIZE);
		const swatch = `x="${num(legendX)}" y="${num(ly)}" width="${SW}" height="${SH}"`;
		legendSvg.push('<g>');
		// A whole pixel of outline: a 0.5 px line is drawn half-grey and a pale class (or white) would
		// not stand out from the page (non-text contrast, 3:1).
		legendSvg.push(`<rect ${swatch} fill="${color}" stroke="${MUTED}" stroke-width="1"/>`);
		if (entry.pattern !== 'none') legendSvg.push(`<rect ${swatch} fill="url(#${SVG_PATTERN_IDS[entry.pattern]})" stroke="none"/>`);
		const block = textBlock(lines, legendX + SW + 8, ly + SH - 2, LEGEND_SIZE, ` fill="${INK}"`);
		legendSvg.push(...block.svg, '</g>');
		ly = Math.max(ly + SH, block.bottom) + 8;
	}
	const legendBottom = ly - 8;

	// Source.
	const sourceTop = Math.max(mapBottom, legendBottom) + 10;
	const src = textBlock(wrapText(input.source, contentW, SOURCE_SIZE), MARGIN, sourceTop + SOURCE_SIZE, SOURCE_SIZE, ` fill="${MUTED}"`);
	const H = mapOnly ? Math.ceil(mapBottom) : Math.ceil(src.bottom + MARGIN);

	// Layers.
	const fond = [
		`<rect x="0" y="0" width="${W}" height="${H}" fill="#ffffff"/>`,
		`<rect x="${num(seaX)}" y="${num(mapTop)}" width="${num(seaW)}" height="${num(seaH)}" fill="${COLORS.sea}"/>`
	];

	const layers = mapLayers(input, project, frames);
	// The frames' names go above the territories and borders: the Paris name, written under
	// its frame, crosses the north-east of the map in small frames (small multiples). Each is
	// written twice, a white outline then the text, a halo that SVG 1.1 editors draw too.
	const names: string[] = [];
	const styles = [` font-weight="600" fill="#ffffff" stroke="#ffffff" stroke-width="2" stroke-linejoin="round"`, ` font-weight="600" fill="#3d4a55"`];
	for (const f of frames) {
		const { left, right, top, bottom } = frameEdges(f, project);
		let write: (style: string) => string[];
		if (onWestEdge(f)) {
			const x = left - 4;
			const y = (top + bottom) / 2;
			// Along its frame, never past it (small multiples have small frames): smaller text if need be.
			const size = frameLabelSize(f.properties.label, bottom - top);
			write = (style) => [text(x, y, size, f.properties.label, `${style} text-anchor="middle" transform="rotate(-90 ${num(x)} ${num(y)})"`)];
		} else {
			const lines = wrapText(f.properties.label, Math.max(right - left, 100), FRAME_LABEL_SIZE, true);
			write = (style) => textBlock(lines, right, bottom + 3 + FRAME_LABEL_SIZE, FRAME_LABEL_SIZE, `${style} text-anchor="end"`).svg;
		}
		for (const style of styles) names.push(...write(style));
	}
	const { territoires, paris, limites } = layers;
	const symboles = input.symbols
		? input.symbols.layer(symbolAnchors(geometry, level), project, (code) => `${input.names.get(code) ?? code} (${code})`, escapeXml)
		: [];

	const group = (id: string, body: string[], attrs = '') => [`<g id="${id}"${attrs}>`, ...body, '</g>'];
	const desc = input.alt?.trim() || [input.title, input.subtitle].filter(Boolean).join(' — ');

	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" xml:lang="fr" lang="fr" role="img" aria-labelledby="svg-titre svg-desc" font-family="${SVG_FONT}">`,
		`<title id="svg-titre">${escapeXml(input.title)}</title>`,
		`<desc id="svg-desc">${escapeXml(desc)}</desc>`,
		...patternDefs(),
		...group('fond', fond),
		...group('cadres', layers.cadres),
		...group('territoires', territoires),
		...(level === 'departement' ? group('paris', paris) : []),
		...group('limites-regions', limites),
		...(input.symbols ? group('symboles', symboles) : []),
		...group('noms-cadres', names),
		...(mapOnly ? [] : [...group('legende', legendSvg), ...group('titre', titleSvg), ...group('source', src.svg)]),
		'</svg>',
		''
	].join('\n');
}
