#!/usr/bin/env node
// Construction de la géométrie de Ségur Territoires.
//
//   cd geo && npm ci && node build.mjs            (écrit les sorties versionnées)
//   node geo/build.mjs --check                     (reconstruit dans un dossier temporaire et compare)
//   node geo/build.mjs --departements f.geojson --code-property INSEE_DEP   (géométrie fournie)
//
// Plain Node ESM, no TypeScript. A thin command line over geo/lib/*.mjs (the steps) and
// src/lib/geo/projection.js (Web Mercator and placement maths, shared with the application).
// Every path is resolved from the modules' own location, so it runs from anywhere.
// See README.md beside this file for the sources, their licences and the layout.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { HELP, parseArgs } from './lib/cli.mjs';
import { BuildError } from './lib/common.mjs';
import { compareWithCommitted, writeFiles } from './lib/check.mjs';
import { build } from './lib/pipeline.mjs';

export { OUTPUTS } from './lib/params.mjs';
export { compareInseeCodes } from './lib/official.mjs';
export { extractTopoFromDatamaps } from './lib/source.mjs';
export { parseCsv } from './lib/crosswalk.mjs';

function main(argv) {
  const opts = parseArgs(argv);
  if (opts.help) return void console.log(HELP);
  const log = opts.quiet ? () => {} : (...a) => console.log(...a);

  const { files, stats, placements } = build(opts);
  if (opts.check) {
    const differ = compareWithCommitted(files, opts.outRoot);
    if (differ.length) {
      console.error(`geo --check : ${differ.length} fichier(s) différent(s) de la reconstruction :\n  - ${differ.join('\n  - ')}\nRelancer : npm run geo (ou node geo/build.mjs) puis versionner.`);
      return 1;
    }
    log(`geo --check : OK, ${Object.keys(files).length} fichiers identiques à la reconstruction`);
    return 0;
  }

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
