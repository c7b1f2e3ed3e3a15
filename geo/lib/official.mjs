// Official list of régions and départements, names and populations: @etalab/decoupage-administratif.

import fs from 'node:fs';
import path from 'node:path';
import { BuildError, packageInfo } from './common.mjs';

/** INSEE order: 01…19, 2A, 2B, 21…95, 971… (string compare with 2A/2B sorted as 20.1/20.2). */
export function compareInseeCodes(a, b) {
  const key = (c) => (c === '2A' ? 20.1 : c === '2B' ? 20.2 : Number(c));
  return key(a) - key(b);
}

/** The 18 régions and 101 départements (metro + drom), INSEE order, population per département. */
export function loadOfficial() {
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
