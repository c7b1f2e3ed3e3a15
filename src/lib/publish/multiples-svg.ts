/**
 * Small multiples as SVG: each small map is the map-only drawing of `svg-map` (same
 * geometry, frames and missing-data patterns as every other export, and the same circles
 * layer in « Cercles » mode), its ids prefixed so that several live in one document; the
 * file puts them in a grid under one title, each titled with its date or its indicator
 * (a group's map with its sources under it), with one legend and the source line. Pure and
 * deterministic.
 */
import type { MapGeometry } from '../map/geometry';
import { circleNotes, type Multiples } from '../explorer/multiples';
import { escapeXml, renderSvgMap, SVG_FONT, SVG_INK, SVG_MUTED, SVG_PATTERN_IDS, wrapText } from './svg-map';
import { svgSize } from './svg-embed';
import { ringPath } from './svg-layers';
import type { SvgSymbolDrawing } from './svg-symbols';
import { viewFileBase } from './view-exports';
import type { ViewState } from '../url/view-params';

const INK = SVG_INK;
const MUTED = SVG_MUTED;
const MARGIN = 16;
const GAP = 14;
const TITLE_SIZE = 20;
const SUBTITLE_SIZE = 13;
const DATE_SIZE = 13;
const LEGEND_SIZE = 12;
const NOTE_SIZE = 11;
const LINE = 1.25;

export interface GridLayout {
	columns: number;
	rows: number;
	/** Width of one small map. */
	cell: number;
}

/**
 * Columns for `count` maps in `width` px: side by side up to 3, a square-ish grid beyond
 * (4 → 2 × 2), never a map narrower than `minCell` (then fewer columns).
 */
export function gridLayout(count: number, width: number, minCell = 150): GridLayout {
	const n = Math.max(1, count);
	const wanted = n <= 3 ? n : n === 4 ? 2 : n <= 9 ? 3 : 4;
	const fits = Math.max(1, Math.floor((width + GAP) / (minCell + GAP)));
	const columns = Math.min(wanted, fits);
	return { columns, rows: Math.ceil(n / columns), cell: Math.floor((width - (columns - 1) * GAP) / columns) };
}

/** A small map needs no detail under this many pixels: its paths are thinned to it. */
const THIN = 1;

/** Numbers of compact path data: `1.3 0-4.3 2.6`, `.5.5` (a second dot starts a number). */
const PATH_NUMBER = /-?(?:\d+(?:\.\d*)?|\.\d+)/g;

/**
 * Path data as `svg-map` writes it (per subpath: `M x y`, then relative steps after `l`, `Z`
 * when closed; see `ringPath`) without the points closer than `min` px to the last point
 * kept; each subpath keeps its first and last point, and at least three points when closed,
 * so that no territory vanishes. Written back the same compact way.
 */
export function thinPath(d: string, min: number): string {
	return d.replace(/M[^M]*/g, (sub) => {
		const closed = sub.endsWith('Z');
		const n = (sub.match(PATH_NUMBER) ?? []).map(Number);
		if (n.length < 2 || n.length % 2) return sub;
		const pts: [number, number][] = [[n[0]!, n[1]!]];
		for (let i = 2; i < n.length; i += 2) {
			const [x, y] = pts[pts.length - 1]!;
			pts.push([x + n[i]!, y + n[i + 1]!]);
		}
		if (pts.length <= 4) return sub;
		const kept = [pts[0]!];
		for (let i = 1; i < pts.length - 1; i++) {
			const [x, y] = pts[i]!;
			const [lx, ly] = kept[kept.length - 1]!;
			if (Math.hypot(x - lx, y - ly) >= min) kept.push([x, y]);
		}
		kept.push(pts[pts.length - 1]!);
		if (closed && kept.length < 3) return sub;
		return ringPath(kept, (p) => [p[0]!, p[1]!], closed) || sub;
	});
}

/** The prefix of the ids of small map `i` (`m0-dep-2A`). */
export const smallMapPrefix = (i: number): string => `m${i}-`;

/**
 * Small map `i` alone, `width` px wide, as an `<svg>` element (no XML declaration): ready to
 * be placed in a page or in the multiples file. Ids, pattern references and the accessible
 * name are prefixed so that the maps do not clash.
 */
export function smallMapSvg(m: Multiples, i: number, geometry: MapGeometry, width: number, symbols?: SvgSymbolDrawing | null): string {
	const map = m.maps[i];
	if (!map) throw new Error(`smallMapSvg : pas de carte n° ${i}`);
	const p = smallMapPrefix(i);
	const svg = renderSvgMap({
		geometry,
		level: m.level,
		fills: symbols ? new Map() : map.fills,
		symbols,
		legend: { title: m.legendTitle, entries: [] },
		title: `${m.title} — ${map.title}`,
		source: m.sourceLine,
		names: m.names,
		alt: map.summary,
		width,
		mapOnly: true
	});
	// Drawn at the map's smallest width, then scaled down to `width` (its viewBox stays).
	const drawn = svgSize(svg);
	const k = width / drawn.width;
	return svg
		.replace(/<svg ([^>]*?)width="[\d.]+" height="[\d.]+"/, (_, before: string) => `<svg ${before}width="${width}" height="${Math.round(drawn.height * k * 10) / 10}"`)
		.replace(/^<\?xml[^>]*>\n/, '')
		.replace(/ d="([^"]*)"/g, (_, d: string) => ` d="${thinPath(d, THIN / k)}"`)
		.replace(/ id="/g, ` id="${p}`)
		.replace(/url\(#/g, `url(#${p}`)
		.replace('aria-labelledby="svg-titre svg-desc"', `aria-labelledby="${p}svg-titre ${p}svg-desc"`)
		.trimEnd();
}

function textLines(lines: string[], x: number, y: number, size: number, extra: string): { svg: string[]; bottom: number } {
	const svg = lines.map((l, i) => `<text x="${x}" y="${(y + i * size * LINE).toFixed(1)}" font-size="${size}"${extra}>${escapeXml(l)}</text>`);
	return { svg, bottom: y + (lines.length - 1) * size * LINE + size * 0.3 };
}

/**
 * Proportional circles on every small map (« Cercles »): one drawing per map, all with one
 * radius scale, and the nested-circle legend drawn once, at the scale the maps are shown
 * at (`scale`: shown width / drawn width).
 */
export interface MultiplesCircles {
	maps: readonly SvgSymbolDrawing[];
	legend: (scale: number) => SvgSymbolDrawing;
}

/** Width small maps are drawn at before being scaled to their cell (`renderSvgMap`'s narrowest). */
export const SMALL_MAP_DRAWN_WIDTH = 320;

/** The whole figure: title, the small maps in a grid (`<g id="carte-<date or indicator>">` each), one legend, the source. */
export function multiplesSvg(m: Multiples, geometry: MapGeometry, width = 960, circles?: MultiplesCircles | null): string {
	const W = Math.max(320, Math.round(width));
	const inner = W - 2 * MARGIN;
	const out: string[] = [];

	const title = textLines(wrapText(m.title, inner, TITLE_SIZE, true), MARGIN, MARGIN + TITLE_SIZE, TITLE_SIZE, ` font-weight="700" fill="${INK}"`);
	const sub = textLines(wrapText(m.subtitle, inner, SUBTITLE_SIZE), MARGIN, title.bottom + SUBTITLE_SIZE * 1.3, SUBTITLE_SIZE, ` fill="${MUTED}"`);
	let y = sub.bottom + 14;

	// The grid: a date (or an indicator) above each map, its sources below for a group, rows as tall as their tallest map.
	const grid = gridLayout(m.maps.length, inner);
	const maps: string[] = [];
	for (let row = 0; row < grid.rows; row++) {
		let rowHeight = 0;
		for (let col = 0; col < grid.columns; col++) {
			const i = row * grid.columns + col;
			const map = m.maps[i];
			if (!map) break;
			const x = MARGIN + col * (grid.cell + GAP);
			const svg = smallMapSvg(m, i, geometry, grid.cell, circles?.maps[i]);
			const { height } = svgSize(svg);
			const heading = textLines(wrapText(map.title, grid.cell, DATE_SIZE, true), x, y + DATE_SIZE, DATE_SIZE, ` font-weight="700" fill="${INK}"`);
			const top = heading.bottom + 6;
			const source = map.source ? textLines(wrapText(map.source, grid.cell, NOTE_SIZE - 1), x, top + height + NOTE_SIZE + 2, NOTE_SIZE - 1, ` fill="${MUTED}"`) : null;
			maps.push(
				`<g id="carte-${escapeXml(map.key)}">`,
				...heading.svg,
				svg.replace(/^<svg /, `<svg x="${x}" y="${top.toFixed(1)}" `),
				...(source?.svg ?? []),
				'</g>'
			);
			rowHeight = Math.max(rowHeight, (source?.bottom ?? top + height) - y);
		}
		y += rowHeight + GAP;
	}

	// One legend, in as many columns as fit.
	const legend: string[] = [];
	const lt = textLines(wrapText(m.legendTitle, inner, LEGEND_SIZE + 0.5, true), MARGIN, y + LEGEND_SIZE, LEGEND_SIZE + 0.5, ` font-weight="700" fill="${INK}"`);
	legend.push(...lt.svg);
	y = lt.bottom + 8;
	if (circles) {
		const drawn = circles.legend(grid.cell / Math.max(grid.cell, SMALL_MAP_DRAWN_WIDTH)).legend(MARGIN, y, LEGEND_SIZE, INK, escapeXml);
		legend.push(...drawn.svg);
		y = drawn.bottom + 4;
	}
	const colW = 230;
	const perRow = Math.max(1, Math.floor((inner + 10) / colW));
	(circles ? [] : m.legend).forEach((e, i) => {
		const x = MARGIN + (i % perRow) * colW;
		const top = y + Math.floor(i / perRow) * 20;
		const swatch = `x="${x}" y="${top.toFixed(1)}" width="18" height="12"`;
		legend.push('<g>', `<rect ${swatch} fill="${escapeXml(e.color)}" stroke="${MUTED}" stroke-width="0.5"/>`);
		// The first map's patterns serve the legend too (ids are document-wide).
		if (e.pattern !== 'none') legend.push(`<rect ${swatch} fill="url(#${smallMapPrefix(0)}${SVG_PATTERN_IDS[e.pattern]})" stroke="none"/>`);
		legend.push(`<text x="${x + 26}" y="${(top + 10).toFixed(1)}" font-size="${LEGEND_SIZE}" fill="${INK}">${escapeXml(e.label)}</text>`, '</g>');
	});
	if (!circles) y += Math.ceil(m.legend.length / perRow) * 20 + 4;
	const notes = textLines((circles ? circleNotes(m) : m.notes).flatMap((n) => wrapText(n, inner, NOTE_SIZE)), MARGIN, y + NOTE_SIZE, NOTE_SIZE, ` fill="${MUTED}"`);
	legend.push(...notes.svg);
	y = notes.bottom + 12;

	const source = textLines(wrapText(m.sourceLine, inner, NOTE_SIZE), MARGIN, y + NOTE_SIZE, NOTE_SIZE, ` fill="${MUTED}"`);
	const H = Math.ceil(source.bottom + MARGIN);
	const desc = `${m.title} — ${m.subtitle}. ${m.maps.map((map) => map.summary).join(' ')}`;

	out.push(
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" xml:lang="fr" lang="fr" role="img" aria-labelledby="svg-titre svg-desc" font-family="${SVG_FONT}">`,
		`<title id="svg-titre">${escapeXml(`${m.title} — ${m.subtitle}`)}</title>`,
		`<desc id="svg-desc">${escapeXml(desc)}</desc>`,
		`<rect x="0" y="0" width="${W}" height="${H}" fill="#ffffff"/>`,
		'<g id="titre">',
		...title.svg,
		...sub.svg,
		'</g>',
		'<g id="cartes">',
		...maps,
		'</g>',
		'<g id="legende">',
		...legend,
		'</g>',
		'<g id="source">',
		...source.svg,
		'</g>',
		'</svg>',
		''
	);
	return out.join('\n');
}

/** File name of a multiples export: the view's base name (no date: every date is in it) and `_multiples` (`_multiples-groupe`). */
export function multiplesFileName(view: ViewState, ext: 'svg' | 'png', scale: 1 | 2 = 1, suffix = ''): string {
	return `${multiplesFileBase(view)}${suffix}${scale === 2 ? '@2x' : ''}.${ext}`;
}

/** `…_multiples` or `…_multiples-groupe`, without extension (the print presets add their own end). */
export function multiplesFileBase(view: ViewState): string {
	return `${viewFileBase({ ...view, date: null })}_multiples${view.multiples === 'groupe' ? '-groupe' : ''}`;
}
