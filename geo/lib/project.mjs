// Projection of the input outlines (lon/lat WGS84) into each territory's own system, with proj4,
// the reference implementation. The application moves points (sites, the camera) with the
// formulas of src/lib/geo/projection.js instead, so that it does not ship proj4: every vertex is
// projected both ways here and the build fails if they differ by more than a millimetre.

import { CRS, crsDefinition, projectLonLat } from '../../src/lib/geo/projection.js';
import { BuildError, require } from './common.mjs';
import { mapCoords } from './geometry.mjs';
import { crsOf } from './params.mjs';

/** Tolerance between proj4 and projection.js, in metres. */
export const AGREEMENT_M = 1e-3;

/** The proj4 definition of a system of projection.js's table (GRS80, no datum shift). */
export function proj4Definition(code) {
  const d = crsDefinition(code);
  const tail = '+ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';
  if (d.kind === 'lcc')
    return `+proj=lcc +lat_0=${d.lat0} +lon_0=${d.lon0} +lat_1=${d.lat1} +lat_2=${d.lat2} +x_0=${d.x0} +y_0=${d.y0} ${tail}`;
  return `+proj=utm +zone=${d.zone}${d.south ? ' +south' : ''} ${tail}`;
}

/** The systems used, as the manifest records them. */
export function projectionsUsed(codes) {
  return [...new Set(codes)].map((code) => ({ code, name: CRS[code].name, proj4: proj4Definition(code) }));
}

/**
 * Each département's outline in metres of its own system: Map code → { crs, geometry }.
 * Throws BuildError naming the vertices where proj4 and projection.js disagree.
 */
export function projectDepartements(byCode) {
  const proj4 = require('proj4');
  const out = new Map();
  const problems = [];
  for (const [code, geometry] of byCode) {
    const crs = crsOf(code);
    const convert = proj4('WGS84', proj4Definition(crs));
    const projected = mapCoords(geometry, (p) => {
      const q = convert.forward([p[0], p[1]]);
      const r = projectLonLat(crs, p);
      if (!(Math.hypot(q[0] - r[0], q[1] - r[1]) <= AGREEMENT_M) && problems.length < 10)
        problems.push(`${code} [${p}] : proj4 ${q} ≠ projection.js ${r}`);
      return q;
    });
    out.set(code, { crs, geometry: projected });
  }
  if (problems.length) throw new BuildError(`projection : proj4 et src/lib/geo/projection.js diffèrent de plus de ${AGREEMENT_M} m :\n  - ${problems.join('\n  - ')}`);
  return out;
}
