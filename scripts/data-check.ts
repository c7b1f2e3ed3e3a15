/**
 * `npm run data:check`: validates everything under data/ and prints each problem as
 * `file:line: field — what is wrong — what was expected`, then how many there are, per
 * file. Exit code 1 on any problem.
 * `npm run data:check -- path/to/dir` checks another directory (e.g. a fixture).
 *
 * Everything is written before the process ends on its own (`process.exitCode`, never
 * `process.exit()`): Node writes to a pipe asynchronously, and exiting at once would cut
 * a long list, summary included, when the output goes to a CI log or `| tee`.
 */
import { relative, resolve } from 'node:path';
import { checkDataDir } from '../src/lib/data/check-data-dir';
import { problemSummary } from '../src/lib/data/report';

const dir = resolve(process.argv[2] ?? 'data');
const { problems, notes, model } = checkDataDir(dir);
process.stdout.write(notes.map((n) => `  ${n}\n`).join(''));
if (problems.length) {
	const rel = relative(process.cwd(), dir);
	const where = rel.startsWith('..') ? dir : rel || '.';
	process.stderr.write(`${problems.join('\n')}\n\n${problemSummary(problems, where)}\n`);
	process.exitCode = 1;
} else {
	process.stdout.write(
		`Données valides : ${model.sources.length} sources, ${model.indicators.length} indicateurs, ${model.observations.length} observations, ${model.targets.length} cibles, ${model.sites.length} sites, ${model.pilots.length} pilotes SAS.\n`
	);
}
