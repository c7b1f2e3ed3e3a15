// TopoJSON: placed départements, Paris copies and frames → topology, Visvalingam simplification
// (weights in Web Mercator m², after placement), quantization, régions merged on shared arcs.

import { require } from './common.mjs';
import { assertValidRings } from './check.mjs';
import { mercatorTriangleArea } from './geometry.mjs';
import { PARIS } from './params.mjs';
import { framePolygon, placeGeometry } from './placement.mjs';

const pointCount = (topo) => topo.arcs.reduce((n, a) => n + a.length, 0);

/**
 * Never let a ring collapse: keep the endpoints (presimplify does) plus the most significant
 * interior points — 3 for a closed arc (a ring on its own), 1 for any other arc.
 */
function protectArcs(topo) {
  for (const arc of topo.arcs) {
    const n = arc.length;
    if (n <= 2) continue;
    const closed = arc[0][0] === arc[n - 1][0] && arc[0][1] === arc[n - 1][1];
    const keep = Math.min(closed ? 3 : 1, n - 2);
    const interior = arc.slice(1, n - 1).map((p, i) => ({ p, i })).sort((a, b) => b.p[2] - a.p[2] || a.i - b.i);
    for (let k = 0; k < keep; k++) interior[k].p[2] = Infinity;
  }
}

/** The placed input features: every département (DROM moved), the Paris copies, the frames. */
function placedFeatures(official, byCode, placements) {
  const dep = new Map(official.departements.map((d) => [d.code, d]));
  const props = (code) => ({ code, nom: dep.get(code).nom, region: dep.get(code).region });
  const byPlacedCode = new Map(placements.filter((p) => p.id !== PARIS.id).map((p) => [p.codes[0], p]));
  const paris = placements.find((p) => p.id === PARIS.id);
  const departements = official.departements.map((d) => {
    const p = byPlacedCode.get(d.code);
    const g = byCode.get(d.code);
    return { type: 'Feature', id: d.code, properties: props(d.code), geometry: p ? placeGeometry(g, p) : g };
  });
  const parisCopies = paris.codes.map((code) => ({ type: 'Feature', id: code, properties: props(code), geometry: placeGeometry(byCode.get(code), paris) }));
  const frames = placements.map((p) => ({ type: 'Feature', id: p.id, properties: { id: p.id, label: p.label }, geometry: framePolygon(p) }));
  const fc = (features) => ({ type: 'FeatureCollection', features });
  return { departements: fc(departements), paris: fc(parisCopies), frames: fc(frames) };
}

/** Builds the output topology; `params` gives minArea and quantization. */
export function buildTopology(official, byCode, placements, params) {
  const { topology } = require('topojson-server');
  const { presimplify, simplify } = require('topojson-simplify');
  const { quantize, mergeArcs } = require('topojson-client');

  let topo = topology(placedFeatures(official, byCode, placements));
  const pointsBefore = pointCount(topo);
  topo = presimplify(topo, mercatorTriangleArea);
  protectArcs(topo);
  topo = simplify(topo, params.minArea);
  topo = quantize(topo, params.quantization);
  const pointsAfter = pointCount(topo);

  // Régions: merge départements on their shared arcs (identical borders).
  const depGeoms = new Map(topo.objects.departements.geometries.map((g) => [g.id, g]));
  const regions = official.regions.map((r) => {
    const members = official.departements.filter((d) => d.region === r.code).map((d) => depGeoms.get(d.code));
    const merged = mergeArcs(topo, members);
    return { type: merged.type, arcs: merged.arcs, id: r.code, properties: { code: r.code, nom: r.nom } };
  });

  assertValidRings(topo, [...Object.entries(topo.objects), ['regions', { type: 'GeometryCollection', geometries: regions }]]);

  // Deterministic key order.
  const geom = (g) => ({ type: g.type, id: g.id, properties: g.properties, arcs: g.arcs });
  const collection = (o) => ({ type: 'GeometryCollection', geometries: o.geometries.map(geom) });
  const out = {
    type: 'Topology',
    bbox: topo.bbox,
    transform: { scale: topo.transform.scale, translate: topo.transform.translate },
    objects: {
      departements: collection(topo.objects.departements),
      regions: collection({ geometries: regions }),
      paris: collection(topo.objects.paris),
      frames: collection(topo.objects.frames)
    },
    arcs: topo.arcs
  };
  return { topology: out, stats: { pointsBefore, pointsAfter, arcs: topo.arcs.length } };
}
