/**
 * Coordinate systems a site list may use: WGS84 longitude/latitude, or X/Y in metres in
 * Lambert-93 (metropolitan France) or the UTM zones of the overseas départements — the
 * systems FINESS geolocates its établissements in. Projected coordinates are converted
 * with `proj4`, loaded only when a file has some.
 */

/** EPSG codes of the projected systems accepted, with the definitions proj4 needs. */
export const PROJECTED = {
	'EPSG:2154': { label: 'Lambert-93 (RGF93)', proj4: '+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs', x: [0, 1_300_000], y: [6_000_000, 7_200_000] },
	'EPSG:4559': { label: 'UTM 20 Nord (RRAF 1991, Antilles)', proj4: '+proj=utm +zone=20 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs', x: [300_000, 900_000], y: [1_400_000, 2_000_000] },
	'EPSG:2972': { label: 'UTM 22 Nord (RGFG95, Guyane)', proj4: '+proj=utm +zone=22 +ellps=GRS80 +towgs84=2,2,-2,0,0,0,0 +units=m +no_defs', x: [0, 600_000], y: [100_000, 700_000] },
	'EPSG:2975': { label: 'UTM 40 Sud (RGR92, La Réunion)', proj4: '+proj=utm +zone=40 +south +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs', x: [250_000, 450_000], y: [7_550_000, 7_750_000] },
	'EPSG:4471': { label: 'UTM 38 Sud (RGM04, Mayotte)', proj4: '+proj=utm +zone=38 +south +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs', x: [450_000, 560_000], y: [8_540_000, 8_630_000] }
} as const;

export type ProjectedCrs = keyof typeof PROJECTED;
export type Crs = 'EPSG:4326' | ProjectedCrs;

export type Coordinates = { crs: 'EPSG:4326'; lon: number; lat: number } | { crs: ProjectedCrs; x: number; y: number };

/** The projected system FINESS uses for a département: its UTM zone overseas, else Lambert-93. */
export function projectedCrsOf(departement: string): ProjectedCrs {
	switch (departement) {
		case '971':
		case '972':
			return 'EPSG:4559';
		case '973':
			return 'EPSG:2972';
		case '974':
			return 'EPSG:2975';
		case '976':
			return 'EPSG:4471';
		default:
			return 'EPSG:2154';
	}
}

/** Names of a system as files write them: `2154`, `EPSG:2154`, `Lambert-93`, `LAMBERT_93`, `UTM_N20`… */
const CRS_NAMES: Record<string, Crs> = {
	'4326': 'EPSG:4326',
	wgs84: 'EPSG:4326',
	'2154': 'EPSG:2154',
	lambert93: 'EPSG:2154',
	l93: 'EPSG:2154',
	'4559': 'EPSG:4559',
	utmn20: 'EPSG:4559',
	utm20n: 'EPSG:4559',
	'2972': 'EPSG:2972',
	utmn22: 'EPSG:2972',
	utm22n: 'EPSG:2972',
	'2975': 'EPSG:2975',
	utms40: 'EPSG:2975',
	utm40s: 'EPSG:2975',
	'4471': 'EPSG:4471',
	utms38: 'EPSG:4471',
	utm38s: 'EPSG:4471'
};

/** The system a cell names, or undefined (case, spaces, `-`, `_` and an `EPSG:` prefix ignored). */
export function crsNamed(text: string): Crs | undefined {
	const key = text
		.trim()
		.toLowerCase()
		.replace(/^epsg\s*:?\s*/, '')
		.replace(/[\s_-]+/g, '');
	return CRS_NAMES[key];
}

/** Why these coordinates cannot be in their system (French, to follow the field), or null. */
export function implausible(c: Coordinates): string | null {
	if (c.crs === 'EPSG:4326') {
		if (Math.abs(c.lon) > 180 || Math.abs(c.lat) > 90)
			return `(${c.lon} ; ${c.lat}) n’est pas une longitude/latitude WGS84 (des mètres ? nommez alors les colonnes x et y)`;
		return null;
	}
	const d = PROJECTED[c.crs];
	if (c.x < d.x[0] || c.x > d.x[1] || c.y < d.y[0] || c.y > d.y[1])
		return `X ${c.x} / Y ${c.y} hors du domaine du ${d.label} (X de ${d.x[0]} à ${d.x[1]}, Y de ${d.y[0]} à ${d.y[1]})`;
	return null;
}

export type Projector = (crs: ProjectedCrs, xy: readonly [number, number]) => [number, number];

/** proj4, loaded on first use (a file of lon/lat never loads it). */
export async function loadProjector(): Promise<Projector> {
	const { default: proj4 } = await import('proj4');
	const converters = new Map<ProjectedCrs, (xy: [number, number]) => [number, number]>();
	return (crs, [x, y]) => {
		let convert = converters.get(crs);
		if (!convert) {
			const c = proj4(PROJECTED[crs].proj4, 'WGS84');
			convert = (xy) => c.forward(xy) as [number, number];
			converters.set(crs, convert);
		}
		return convert([x, y]);
	};
}

/** A number as French files write it: `45,12`, `45.12`, `6 862 000`; null when it is not one. */
export function readNumber(text: string): number | null {
	const t = text.trim().replace(/[\s\u00A0\u202F]/g, '').replace(',', '.');
	if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
	return Number(t);
}
