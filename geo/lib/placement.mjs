// Layout of the insets: the five DROM in a column west of Brittany, an enlarged copy of Paris and
// its petite couronne in the north-east corner. The maths (Web Mercator, fit, transform) is the
// application's own: src/lib/geo/projection.js.

import { applyTransform, fitPlacement, lonLatToMercator, round } from '../../src/lib/geo/projection.js';
import { eachPoint, mapCoords, mercatorBounds } from './geometry.mjs';
import { DROM, PARIS } from './params.mjs';

/** The 5 DROM placements (INSEE order, top to bottom), then Paris. `layout` in Web Mercator km. */
export function computePlacements(byCode, layout) {
  const metroCodes = [...byCode.keys()].filter((c) => !c.startsWith('97'));
  const metro = mercatorBounds(metroCodes.map((c) => byCode.get(c)));
  const L = layout;
  const km = (v) => v / 1000;
  // DROM: a column of equal boxes west of Brittany, spanning metropolitan France's height.
  const top = Math.round(km(metro[3])) + L.topExtraKm;
  const bottom = Math.round(km(metro[1]));
  const right = Math.round(km(metro[0])) - L.dromMarginKm;
  const left = right - L.dromColumnWidthKm;
  const h = (top - bottom - (DROM.length - 1) * L.dromGapKm) / DROM.length;
  const placements = DROM.map((d, i) => {
    const y1 = top - i * (h + L.dromGapKm);
    const box = [left, round(y1 - h, 3), right, round(y1, 3)];
    return fitPlacement({ id: d.id, label: d.label, codes: [d.code] }, mercatorBounds([byCode.get(d.code)]), box, L.paddingKm);
  });
  // Paris: top-right corner, above every metropolitan vertex east of its left edge.
  let floor = -Infinity;
  for (const c of metroCodes)
    eachPoint(byCode.get(c), (p) => {
      const [x, y] = lonLatToMercator(p);
      if (km(x) >= L.parisLeftKm - L.parisGapKm && y > floor) floor = y;
    });
  const parisBox = [L.parisLeftKm, Math.round(km(floor)) + L.parisGapKm, Math.round(km(metro[2])), top];
  const parisSrc = mercatorBounds(PARIS.codes.map((c) => byCode.get(c)));
  // Shrink the box to its content's width, keeping its right edge.
  const first = fitPlacement(PARIS, parisSrc, parisBox, L.paddingKm);
  parisBox[0] = Math.max(parisBox[0], parisBox[2] - Math.ceil(km((parisSrc[2] - parisSrc[0]) * first.scale) + 2 * L.paddingKm));
  placements.push(fitPlacement(PARIS, parisSrc, parisBox, L.paddingKm));
  return placements;
}

/** The geometry moved (or copied, for Paris) by a placement. */
export function placeGeometry(geometry, p) {
  return mapCoords(geometry, (pt) => applyTransform(p, pt));
}

/** The placement's frame as a counter-clockwise lon/lat rectangle. */
export function framePolygon(p) {
  const [[w, s], [e, n]] = p.frame;
  return { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] };
}
