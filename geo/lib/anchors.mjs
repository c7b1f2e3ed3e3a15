// Symbol anchors: one point inside each drawn territory — département, région, and each enlarged
// copy of the Paris inset — where a proportional symbol or a label goes. It is the pole of
// inaccessibility (the interior point farthest from the outline, `polylabel`), computed on the
// final geometry (after projection, placement, simplification and quantization) in Web Mercator
// metres of the drawn map, and stored as TopoJSON points in the same quantized grid.

import polylabel from 'polylabel';
import { lonLatToMercator, mercatorToLonLat } from '../../src/lib/geo/projection.js';
import { BuildError, polygonsOf, require } from './common.mjs';

/** TopoJSON object names of the anchors, by the collection they stand for. */
export const ANCHOR_OBJECTS = { departements: 'departementAnchors', regions: 'regionAnchors', paris: 'parisAnchors' };

/**
 * The pole of inaccessibility of a (Multi)Polygon in lon/lat, in Web Mercator metres: the best
 * over its polygons (for Finistère, the mainland, not an island).
 */
export function poleOfInaccessibility(geometry, precision) {
  let best = null;
  for (const poly of polygonsOf(geometry) ?? []) {
    const rings = poly.map((r) => r.map((p) => lonLatToMercator(p)));
    const p = polylabel(rings, precision);
    if (!best || p.distance > best.distance) best = { point: [p[0], p[1]], distance: p.distance };
  }
  if (!best) throw new BuildError('ancre : géométrie sans polygone');
  return best;
}

/** Even-odd point-in-polygon over every ring (holes excluded), planar. */
function contains(geometry, [x, y]) {
  let inside = false;
  for (const poly of polygonsOf(geometry) ?? [])
    for (const ring of poly)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
  return inside;
}

/**
 * Point geometries for the anchors of `objects` ({ name: GeometryCollection } of the quantized
 * topology), quantized with its transform. Throws BuildError if an anchor falls outside its
 * territory once quantized.
 */
export function anchorObjects(topo, objects, precision) {
  const { feature } = require('topojson-client');
  const [sx, sy] = topo.transform.scale;
  const [tx, ty] = topo.transform.translate;
  const out = {};
  const problems = [];
  for (const [name, collection] of Object.entries(objects)) {
    const geometries = feature(topo, collection).features.map((f) => {
      const { point } = poleOfInaccessibility(f.geometry, precision);
      const [lon, lat] = mercatorToLonLat(point);
      const q = [Math.round((lon - tx) / sx), Math.round((lat - ty) / sy)];
      if (!contains(f.geometry, [q[0] * sx + tx, q[1] * sy + ty])) problems.push(`${name}/${f.id}`);
      return { type: 'Point', id: f.id, properties: { code: f.properties.code }, coordinates: q };
    });
    out[ANCHOR_OBJECTS[name]] = { type: 'GeometryCollection', geometries };
  }
  if (problems.length) throw new BuildError(`ancres hors de leur territoire après quantification : ${problems.join(', ')}`);
  return out;
}
