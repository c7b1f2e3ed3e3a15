/**
 * The social preview of a page (`og:image`): a 1200 × 630 SVG card, the map of the view on the
 * left (drawn by `svg-map`, the same geometry and colours as the SVG export), its title,
 * legend and source on the right. Pure and deterministic: the build turns it into a PNG
 * (see `server/social-image`). Text widths are estimated, as in `svg-map`.
 */
import type { MapGeometry } from '../map/geometry';
import type { FillPattern } from '../domain/palette';
import type { MapLevel } from '../domain/types';
import { renderSvgMap, SVG_FONT, SVG_PATTERN_IDS, escapeXml, wrapText, type SvgLegendEntry } from './svg-map';
import { embedSvg } from './svg-embed';

export const SOCIAL_CARD = { width: 1200, height: 630 } as const;

/** What a page puts in its head for its preview (absolute URLs, image size). */
export interface SocialMeta {
	title: string;
	description: string;
	image: string;
	imageAlt: string;
	width: number;
	height: number;
}

export interface SocialCardInput {
	geometry: MapGeometry;
	level: MapLevel;
	fills: ReadonlyMap<string, { color: string; pattern: FillPattern }>;
	names: ReadonlyMap<string, string>;
	title: string;
	subtitle: string;
	/** The legend of the map; absent for a map that only shows where a territory is. */
	legend?: { title: string; entries: SvgLegendEntry[] };
	/** Lines in place of a legend (a portrait's facts). */
	lines?: string[];
	source: string;
}

const INK = '#1b1f23';
const MUTED = '#4a4f55';
const BRAND = '#1d4e89';
const PAD = 28;
const MAP_BOX = { x: PAD, y: PAD, width: 600, height: SOCIAL_CARD.height - 2 * PAD };
const TEXT_X = MAP_BOX.x + MAP_BOX.width + 36;
const TEXT_W = SOCIAL_CARD.width - TEXT_X - PAD;
const MAX_LEGEND = 7;

function lines(text: string, size: number, max: number, bold = false): string[] {
	const all = wrapText(text, TEXT_W, size, bold);
	return all.length <= max ? all : [...all.slice(0, max - 1), `${all.slice(max - 1).join(' ').slice(0, Math.floor(TEXT_W / (size * 0.6)) - 1)}…`];
}

/** The map alone, scaled into the card's map box, as a group. */
function mapGroup(input: SocialCardInput): string[] {
	const svg = renderSvgMap({ ...input, legend: { title: '', entries: [] }, width: 640, mapOnly: true });
	return embedSvg(svg, MAP_BOX, 'carte');
}

export function socialCardSvg(input: SocialCardInput): string {
	const out: string[] = [];
	const text = (x: number, y: number, size: number, content: string, extra = '') =>
		out.push(`<text x="${x}" y="${y.toFixed(1)}" font-size="${size}"${extra}>${escapeXml(content)}</text>`);
	let y = PAD + 22;
	text(TEXT_X, y, 20, 'Ségur Territoires', ` font-weight="700" fill="${BRAND}"`);
	y += 22;
	for (const l of lines(input.title, 34, 4, true)) text(TEXT_X, (y += 42), 34, l, ` font-weight="700" fill="${INK}"`);
	y += 12;
	for (const l of lines(input.subtitle, 21, 2)) text(TEXT_X, (y += 28), 21, l, ` fill="${MUTED}"`);
	y += 22;
	if (input.legend) {
		text(TEXT_X, (y += 26), 20, lines(input.legend.title, 20, 1, true)[0] ?? '', ` font-weight="700" fill="${INK}"`);
		const entries = input.legend.entries;
		for (const e of entries.slice(0, MAX_LEGEND)) {
			y += 32;
			const swatch = `x="${TEXT_X}" y="${y - 19}" width="28" height="22"`;
			out.push(`<rect ${swatch} fill="${escapeXml(e.color)}" stroke="${MUTED}" stroke-width="0.8"/>`);
			if (e.pattern !== 'none') out.push(`<rect ${swatch} fill="url(#${SVG_PATTERN_IDS[e.pattern]})" stroke="none"/>`);
			text(TEXT_X + 40, y, 20, lines(`${e.label} (${e.count})`, 20, 1)[0] ?? '', ` fill="${INK}"`);
		}
		if (entries.length > MAX_LEGEND) text(TEXT_X + 40, (y += 30), 18, `et ${entries.length - MAX_LEGEND} autres classes`, ` fill="${MUTED}"`);
	}
	for (const l of input.lines ?? []) for (const w of lines(l, 21, 2)) text(TEXT_X, (y += 30), 21, w, ` fill="${INK}"`);
	const source = lines(input.source, 15, 3);
	source.forEach((l, i) => text(TEXT_X, SOCIAL_CARD.height - PAD - (source.length - 1 - i) * 20, 15, l, ` fill="${MUTED}"`));
	const { width: W, height: H } = SOCIAL_CARD;
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" xml:lang="fr" font-family="${SVG_FONT}">`,
		`<rect width="${W}" height="${H}" fill="#ffffff"/>`,
		...mapGroup(input),
		`<rect x="${TEXT_X - 18}" y="${PAD}" width="3" height="${H - 2 * PAD}" fill="${BRAND}"/>`,
		...out,
		'</svg>',
		''
	].join('\n');
}
