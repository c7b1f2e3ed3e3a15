// TopoJSON: projected and placed départements, Paris copies and frames → topology, Visvalingam
// simplification (weights in Web Mercator m² of the drawn map), quantization, régions merged on
// shared arcs, then the symbol anchors of every territory.

import { require } from './common.mjs';
import { ANCHOR_OBJECTS, anchorObjects } from './anchors.mjs';
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

/**
 * The drawn input features: every département (metropole in Lambert-93, DROM in their UTM zone
 * and moved into their box), the Paris copies, the frames. `projected`: Map code → { crs,
 * geometry in metres }; `layout`: { metropole, placements }.
 */
function placedFeatures(official, projected, { metropole, placements }) {
  const dep = new Map(official.departements.map((d) => [d.code, d]));
  const props = (code) => ({ code, nom: dep.get(code).nom, region: dep.get(code).region });
  const byPlacedCode = new Map(placements.filter((p) => p.id !== PARIS.id).map((p) => [p.codes[0], p]));
  const paris = placements.find((p) => p.id === PARIS.id);
  const departements = official.departements.map((d) => {
    const { geometry } = projected.get(d.code);
    return { type: 'Feature', id: d.code, properties: props(d.code), geometry: placeGeometry(geometry, byPlacedCode.get(d.code) ?? metropole) };
  });
  const parisCopies = paris.codes.map((code) => ({ type: 'Feature', id: code, properties: props(code), geometry: placeGeometry(projected.get(code).geometry, paris) }));
  const frames = placements.map((p) => ({ type: 'Feature', id: p.id, properties: { id: p.id, label: p.label }, geometry: framePolygon(p) }));
  const fc = (features) => ({ type: 'FeatureCollection', features });
  return { departements: fc(departements), paris: fc(parisCopies), frames: fc(frames) };
}

/** Builds the output topology; `params` gives minArea and quantization. */
export function buildTopology(official, projected, layout, params) {
  const { topology } = require('topojson-server');
  const { presimplify, simplify } = require('topojson-simplify');
  const { quantize, mergeArcs } = require('topojson-client');

  let topo = topology(placedFeatures(official, projected, layout));
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

  const regionCollection = { type: 'GeometryCollection', geometries: regions };
  assertValidRings(topo, [...Object.entries(topo.objects), ['regions', regionCollection]]);
  const anchors = anchorObjects(topo, { departements: topo.objects.departements, regions: regionCollection, paris: topo.objects.paris }, params.anchorPrecision);

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
      frames: collection(topo.objects.frames),
      ...Object.fromEntries(
        Object.values(ANCHOR_OBJECTS).map((name) => [
          name,
          { type: 'GeometryCollection', geometries: anchors[name].geometries.map((g) => ({ type: g.type, id: g.id, properties: g.properties, coordinates: g.coordinates })) }
        ])
      )
    },
    arcs: topo.arcs
  };
  return { topology: out, stats: { pointsBefore, pointsAfter, arcs: topo.arcs.length } };
}
