// Web Mercator (EPSG:3857), sphere R = 6378137 m. The formulas live in ./projection.js, shared
// with the geometry build (geo/lib/*.mjs).

export { EARTH_RADIUS, lonLatToMercator, mercatorToLonLat } from './projection.js';
export type { LonLat, Mercator } from './projection.js';
