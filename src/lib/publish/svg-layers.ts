/**
 * The pieces every SVG of a map is made of: XML escaping and numbers, the fit of the map's
 * Web Mercator pseudo-coordinates into a box, path data, the missing-data patterns, and the
 * map's own layers (inset frames, territories, Paris copies, région borders). Pure; the
 * export (svg-map.ts), the map pictures and the small multiples draw with them.
 */
import type { Geometry, MultiLineString, Position } from 'geojson';
import type { MapGeometry } from '../map/geometry';
import { COLORS } from '../map/map-style';
import { lonLatToMercator } from '../geo/mercator';
import { PATTERN_INK, type FillPattern } from '../domain/palette';
import type { MapLevel } from '../domain/types';

/** What the map's layers are drawn from. */
export interface LayerInput {
	geometry: MapGeometry;
	level: MapLevel;
	/** Fill per territory code; a territory without one is drawn in the land colour. */
	fills: ReadonlyMap<string, { color: string; pattern: FillPattern }>;
	/** Territory names by code, for each path's `<title>` (falls back to the geometry's `nom`). */
	names: ReadonlyMap<string, string>;
}

export const SVG_PATTERN_IDS = { hatch: 'motif-hachures', dots: 'motif-points' } as const;
/** Escapes the five XML specials and drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
	return text
		.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
		.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/** 0.1 precision, no `-0`, no trailing `.0`. */
export function num(v: number): string {
	const r = Math.round(v * 10) / 10;
	return Object.is(r, -0) || r === 0 ? '0' : String(r);
}

/** Colours come from data too: keep `#rgb`/`#rrggbb`/`rgb(…)`/a name, else a neutral grey. */
export function safeColor(color: string): string {
	const c = color.trim();
	return /^(#[0-9a-fA-F]{3,8}|rgba?\([\d\s.,%]+\)|[a-zA-Z]+)$/.test(c) ? c : '#bdbdbd';
}

// --- Projection -----------------------------------------------------------------------

export interface Projection {
	(p: Position): [number, number];
	width: number;
	height: number;
}

/** How each level's territories are drawn: which collection, id prefix, outline. */
export const LEVEL_DRAWING = {
	region: { collection: 'regions', prefix: 'reg', line: 'regionLine', width: 0.6 },
	departement: { collection: 'departements', prefix: 'dep', line: 'depLine', width: 0.5 }
} as const satisfies Record<MapLevel, { collection: keyof MapGeometry; prefix: string; line: keyof typeof COLORS; width: number }>;

/** Fits `bounds` into a box `width` wide at (x, y); the height follows from the aspect ratio. */
export function fitProjection(bounds: MapGeometry['bounds'], x: number, y: number, width: number): Projection {
	const [[x0, yBottom], [x1, yTop]] = [lonLatToMercator(bounds[0]), lonLatToMercator(bounds[1])];
	const k = width / Math.max(1e-9, x1 - x0);
	const project = ((p: Position) => {
		const [mx, my] = lonLatToMercator([p[0] ?? 0, Math.max(-85, Math.min(85, p[1] ?? 0))]);
		return [x + k * (mx - x0), y + k * (yTop - my)];
	}) as Projection;
	project.width = width;
	project.height = k * Math.max(0, yTop - yBottom);
	return project;
}

/** Tenths as SVG writes them shortest: 7 → ".7", -13 → "-1.3", 20 → "2". */
function tenths(t: number): string {
	if (t === 0) return '0';
	const sign = t < 0 ? '-' : '';
	const a = Math.abs(t);
	const whole = Math.floor(a / 10);
	const frac = a % 10;
	return `${sign}${whole || !frac ? whole : ''}${frac ? `.${frac}` : ''}`;
}

/**
 * The separator SVG needs between two numbers: none before a `-`, none before a `.` when the
 * previous number already has its decimal point (`1.5.5` is 1.5 then .5; `0.5` is one number).
 */
function sep(previous: string, next: string): string {
	return next.startsWith('-') || (next.startsWith('.') && previous.includes('.')) ? '' : ' ';
}

/**
 * A ring as compact path data: the first point absolute (`M`), the others relative (`l`),
 * to the tenth of a unit. Steps are taken between rounded points, so the rounding never
 * drifts along the ring; repeated points are dropped.
 */
export function ringPath(ring: Position[], project: (p: Position) => [number, number], close: boolean): string {
	let d = '';
	let last = ''; // the last number written
	let px = 0;
	let py = 0;
	let count = 0;
	for (const p of ring) {
		const [x, y] = project(p);
		const tx = Math.round(x * 10);
		const ty = Math.round(y * 10);
		if (count && tx === px && ty === py) continue;
		if (count === 0) {
			const [a, b] = [num(tx / 10), num(ty / 10)];
			d = `M${a}${sep(a, b)}${b}l`;
		} else {
			const [a, b] = [tenths(tx - px), tenths(ty - py)];
			d += `${count === 1 ? '' : sep(last, a)}${a}${sep(a, b)}${b}`;
			last = b;
		}
		px = tx;
		py = ty;
		count++;
	}
	if (count < 2) return '';
	return close ? `${d}Z` : d;
}

export function pathData(g: Geometry | null, project: Projection): string {
	if (!g) return '';
	switch (g.type) {
		case 'Polygon':
			return g.coordinates.map((r) => ringPath(r, project, true)).join('');
		case 'MultiPolygon':
			return g.coordinates.flatMap((poly) => poly.map((r) => ringPath(r, project, true))).join('');
		case 'LineString':
			return ringPath(g.coordinates, project, false);
		case 'MultiLineString':
			return g.coordinates.map((l) => ringPath(l, project, false)).join('');
		default:
			return '';
	}
}

export function patternDefs(): string[] {
	return [
		'<defs>',
		`<pattern id="${SVG_PATTERN_IDS.hatch}" patternUnits="userSpaceOnUse" width="6" height="6">`,
		`<path d="M-1 1L1 -1M0 6L6 0M5 7L7 5" stroke="${PATTERN_INK}" stroke-width="0.8" fill="none"/>`,
		'</pattern>',
		`<pattern id="${SVG_PATTERN_IDS.dots}" patternUnits="userSpaceOnUse" width="5" height="5">`,
		`<circle cx="2.5" cy="2.5" r="0.8" fill="${PATTERN_INK}"/>`,
		'</pattern>',
		'</defs>'
	];
}

export function patternOverlay(pattern: FillPattern, d: string, extra = ''): string {
	if (pattern === 'none') return '';
	return `<path d="${d}" fill="url(#${SVG_PATTERN_IDS[pattern]})" stroke="none" pointer-events="none"${extra}/>`;
}

/** An inset frame's outline on the drawing (y down): its left, right, top and bottom edges. */
export function frameEdges(f: MapGeometry['frames']['features'][number], project: Projection): { left: number; right: number; top: number; bottom: number } {
	const pts = (f.geometry.coordinates[0] ?? []).map(project);
	const xs = pts.map((p) => p[0]);
	const ys = pts.map((p) => p[1]);
	return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
}

/** Frames drawn at a level: at région level the Paris inset has nothing to show, so it goes. */
export function framesAt(geometry: MapGeometry, level: MapLevel) {
	return geometry.frames.features.filter((f) => level === 'departement' || f.properties.id !== 'paris');
}

/** The map's own layers (frames, territories, Paris copies, région borders), as projected. */
export function mapLayers(
	{ geometry, level, fills, names }: LayerInput,
	project: Projection,
	frames: MapGeometry['frames']['features']
): { cadres: string[]; territoires: string[]; paris: string[]; limites: string[] } {
	const cadres = frames.map(
		(f) =>
			`<path id="cadre-${escapeXml(f.properties.id)}" d="${pathData(f.geometry, project)}" fill="${COLORS.frame}" stroke="${COLORS.frameLine}" stroke-width="1" stroke-dasharray="3 2"/>`
	);
	const territory = (prefix: string, code: string, nom: string, g: Geometry, strokeColor: string, strokeWidth: number): string[] => {
		const d = pathData(g, project);
		const fill = fills.get(code);
		const name = names.get(code) ?? nom;
		return [
			`<path id="${prefix}-${escapeXml(code)}" d="${d}" fill="${fill ? safeColor(fill.color) : COLORS.land}" fill-rule="evenodd" stroke="${strokeColor}" stroke-width="${strokeWidth}" stroke-linejoin="round"><title>${escapeXml(`${name} (${code})`)}</title></path>`,
			fill ? patternOverlay(fill.pattern, d, ' fill-rule="evenodd"') : ''
		].filter(Boolean);
	};
	const draw = LEVEL_DRAWING[level];
	const territoires = geometry[draw.collection].features.flatMap((f) =>
		territory(draw.prefix, f.properties.code, f.properties.nom, f.geometry, COLORS[draw.line], draw.width)
	);
	const paris = level === 'departement' ? geometry.paris.features.flatMap((f) => territory('paris', f.properties.code, f.properties.nom, f.geometry, COLORS.depLine, 1)) : [];
	const borders = geometry.regionBorders.geometry as MultiLineString;
	const limites = [`<path d="${pathData(borders, project)}" fill="none" stroke="${COLORS.regionLine}" stroke-width="1.2" stroke-linejoin="round" stroke-linecap="round"/>`];
	return { cadres, territoires, paris, limites };
}

