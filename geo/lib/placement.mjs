// Layout of the drawn map: metropolitan France in Lambert-93, kept where Web Mercator drew it;
// the five DROM, each in its UTM zone, in a column west of Brittany; an enlarged copy of Paris
// and its petite couronne in the north-east corner. The maths (projections, fit, transform) is
// the application's own: src/lib/geo/projection.js.

import { fitPlacement, lonLatToMercator, mercatorToLonLat, projectLonLat, round, transformMercator } from '../../src/lib/geo/projection.js';
import { eachPoint, mapCoords, planarBounds } from './geometry.mjs';
import { DROM, METROPOLE, PARIS } from './params.mjs';

/**
 * The metropolitan transform: Lambert-93 metres → Web Mercator metres, with the scale Web
 * Mercator has at METROPOLE.keep (measured along its meridian) and that point left in place.
 */
export function metropoleTransform() {
  const { crs, keep } = METROPOLE;
  const d = 1e-3; // degrees
  const north = [keep[0], keep[1] + d];
  const south = [keep[0], keep[1] - d];
  const scale = round((lonLatToMercator(north)[1] - lonLatToMercator(south)[1]) / (projectLonLat(crs, north)[1] - projectLonLat(crs, south)[1]), 4);
  const [mx, my] = lonLatToMercator(keep);
  const [lx, ly] = projectLonLat(crs, keep);
  return { id: METROPOLE.id, label: METROPOLE.label, crs, keep, scale, translate: [Math.round(mx - lx * scale), Math.round(my - ly * scale)] };
}

/**
 * The metropolitan transform, then the 5 DROM placements (INSEE order, top to bottom), then
 * Paris. `projected`: Map code → { crs, geometry in metres }; `layout` in Web Mercator km.
 */
export function computePlacements(projected, layout) {
  const metropole = metropoleTransform();
  const metroCodes = [...projected.keys()].filter((c) => !c.startsWith('97'));
  const drawn = (p) => transformMercator(metropole, p);
  const metro = planarBounds(metroCodes.map((c) => projected.get(c).geometry), drawn);
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
    return fitPlacement({ id: d.id, label: d.label, codes: [d.code], crs: d.crs }, planarBounds([projected.get(d.code).geometry]), box, L.paddingKm, L.labelBandKm);
  });
  // Paris: top-right corner, above every metropolitan vertex east of its left edge.
  let floor = -Infinity;
  for (const c of metroCodes)
    eachPoint(projected.get(c).geometry, (p) => {
      const [x, y] = drawn(p);
      if (km(x) >= L.parisLeftKm - L.parisGapKm && y > floor) floor = y;
    });
  const parisBox = [L.parisLeftKm, Math.round(km(floor)) + L.parisGapKm, Math.round(km(metro[2])), top];
  const parisSrc = planarBounds(PARIS.codes.map((c) => projected.get(c).geometry));
  const first = fitPlacement(PARIS, parisSrc, parisBox, L.paddingKm, L.parisLabelBandKm);
  // Shrink the box to its content's width (never below the width its name needs), keeping its right edge.
  const contentKm = Math.ceil(km((parisSrc[2] - parisSrc[0]) * first.scale) + 2 * L.paddingKm);
  parisBox[0] = Math.max(parisBox[0], parisBox[2] - Math.max(contentKm, L.parisMinWidthKm));
  placements.push(fitPlacement(PARIS, parisSrc, parisBox, L.paddingKm, L.parisLabelBandKm));
  return { metropole, placements };
}

/** A projected geometry (metres of the transform's system) as drawn: the map's lon/lat. */
export function placeGeometry(geometry, t) {
  return mapCoords(geometry, (p) => mercatorToLonLat(transformMercator(t, p)));
}

/** The placement's frame as a counter-clockwise lon/lat rectangle. */
export function framePolygon(p) {
  const [[w, s], [e, n]] = p.frame;
  return { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] };
}
