/**
 * `npm run data:check`: validates everything under data/ and prints each problem as
 * `file:line: field — what is wrong — what was expected`. Exit code 1 on any problem.
 * `npm run data:check -- path/to/dir` checks another directory (e.g. a fixture).
 */
import { resolve } from 'node:path';
import { checkDataDir } from '../src/lib/data/check-data-dir';

const dir = resolve(process.argv[2] ?? 'data');
const { problems, notes, model } = checkDataDir(dir);
for (const n of notes) console.log(`  ${n}`);
if (problems.length) {
	for (const p of problems) console.error(p);
	console.error(`\n${problems.length} problème(s) dans ${dir}.`);
	process.exit(1);
}
console.log(
	`Données valides : ${model.sources.length} sources, ${model.indicators.length} indicateurs, ${model.observations.length} observations, ${model.targets.length} cibles, ${model.sites.length} sites, ${model.pilots.length} pilotes SAS.`
);
