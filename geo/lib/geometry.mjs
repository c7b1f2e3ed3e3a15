// GeoJSON coordinate helpers of the build: walking positions, ring areas, bounds, and the
// Visvalingam weight measured in Web Mercator metres of the drawn map.

import { lonLatToMercator } from '../../src/lib/geo/projection.js';

/** Copy of a Polygon/MultiPolygon with every position mapped by `fn`. */
export function mapCoords(geometry, fn) {
  const walk = (c) => (typeof c[0] === 'number' ? fn(c) : c.map(walk));
  return { type: geometry.type, coordinates: walk(geometry.coordinates) };
}

export function eachPoint(geometry, fn) {
  const walk = (c) => (typeof c[0] === 'number' ? fn(c) : c.forEach(walk));
  walk(geometry.coordinates);
}

/** Signed planar area (shoelace), in the ring's own units. */
export function ringArea(ring) {
  let a = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const p = ring[i];
    const q = ring[(i + 1) % n];
    a += p[0] * q[1] - q[0] * p[1];
  }
  return a / 2;
}

/**
 * Drops rings with fewer than `minPositions` positions or no area, and polygons left without an
 * outer ring. A single polygon comes back as a Polygon, several (or none) as a MultiPolygon.
 */
export function dropDegenerateRings(geometry, minPositions = 4) {
  const ok = (r) => r.length >= minPositions && Math.abs(ringArea(r)) > 0;
  const polys = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates)
    .filter((poly) => ok(poly[0]))
    .map((poly) => [poly[0], ...poly.slice(1).filter(ok)]);
  return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };
}

/** [x0, y0, x1, y1] over all positions of the geometries, in their own planar units (`fn` maps each first). */
export function planarBounds(geometries, fn = (p) => p) {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  for (const g of geometries)
    eachPoint(g, (p) => {
      const [x, y] = fn(p);
      if (x < b[0]) b[0] = x;
      if (y < b[1]) b[1] = y;
      if (x > b[2]) b[2] = x;
      if (y > b[3]) b[3] = y;
    });
  return b;
}

/** Area of a lon/lat triangle in Web Mercator square metres (the Visvalingam weight). */
export function mercatorTriangleArea(t) {
  const [ax, ay] = lonLatToMercator(t[0]);
  const [bx, by] = lonLatToMercator(t[1]);
  const [cx, cy] = lonLatToMercator(t[2]);
  return Math.abs((bx - ax) * (cy - ay) - (cx - ax) * (by - ay)) / 2;
}
