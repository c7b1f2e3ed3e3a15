// Web Mercator (EPSG:3857), sphere R = 6378137 m. Same formulas as geo/build.mjs.

export type LonLat = [lon: number, lat: number];
export type Mercator = [x: number, y: number];

export const EARTH_RADIUS = 6378137;
const DEG = Math.PI / 180;

export function lonLatToMercator([lon, lat]: readonly [number, number]): Mercator {
	return [EARTH_RADIUS * lon * DEG, EARTH_RADIUS * Math.log(Math.tan(Math.PI / 4 + (lat * DEG) / 2))];
}

export function mercatorToLonLat([x, y]: readonly [number, number]): LonLat {
	return [x / EARTH_RADIUS / DEG, (2 * Math.atan(Math.exp(y / EARTH_RADIUS)) - Math.PI / 2) / DEG];
}
