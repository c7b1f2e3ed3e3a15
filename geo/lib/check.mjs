// Checks: every output geometry decodes to valid rings; `--check` compares a fresh build, written
// to a temporary directory, byte for byte with the committed outputs.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BuildError, polygonsOf, require } from './common.mjs';
import { ringArea } from './geometry.mjs';

/** Throws BuildError naming every empty geometry or degenerate ring of the named objects. */
export function assertValidRings(topo, objects) {
  const { feature } = require('topojson-client');
  const problems = [];
  for (const [name, o] of objects) {
    for (const f of feature(topo, o).features) {
      const polys = polygonsOf(f.geometry) ?? [];
      if (!polys.length) problems.push(`${name}/${f.id} : géométrie vide`);
      for (const poly of polys) for (const r of poly) if (r.length < 4 || ringArea(r) === 0) problems.push(`${name}/${f.id} : anneau dégénéré`);
    }
  }
  if (problems.length) throw new BuildError(`géométrie invalide après simplification/quantification (réduire minArea ?) :\n  - ${problems.join('\n  - ')}`);
}

export function writeFiles(files, outRoot) {
  for (const [rel, buf] of Object.entries(files)) {
    const target = path.join(outRoot, rel);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, buf);
  }
}

/**
 * Writes `files` to a temporary directory, reads them back and compares them with those under
 * `outRoot`. Returns the differing paths (« (absent) » appended for a missing file).
 */
export function compareWithCommitted(files, outRoot) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'segur-geo-check-'));
  try {
    writeFiles(files, tmp);
    const differ = [];
    for (const rel of Object.keys(files)) {
      const committed = path.join(outRoot, rel);
      const fresh = fs.readFileSync(path.join(tmp, rel));
      if (!fs.existsSync(committed)) differ.push(`${rel} (absent)`);
      else if (!fresh.equals(fs.readFileSync(committed))) differ.push(rel);
    }
    return differ;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
