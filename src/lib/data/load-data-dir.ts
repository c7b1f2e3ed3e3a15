/**
 * Node side: reads `data/` from disk and validates it. Used by the build (vite plugin
 * and prerender load), by `npm run data:check` and by the tests.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { validateData, type DataFile, type DataInput, type ValidationContext, type ValidationResult } from './validate';

/** `label` prefixes the paths shown in messages (`data/observations/sas.csv`). */
export function readDataDir(dir: string, label = 'data'): DataInput {
	const file = (name: string): DataFile => {
		const path = join(dir, name);
		return { path: `${label}/${name}`, text: existsSync(path) ? readFileSync(path, 'utf8') : '' };
	};
	const obsDir = join(dir, 'observations');
	const docDir = join(dir, 'documents');
	const csvIn = (d: string) => (existsSync(d) ? readdirSync(d).filter((f) => f.endsWith('.csv')).sort() : []);
	const documents: Record<string, string> = {};
	if (existsSync(docDir)) for (const f of readdirSync(docDir).filter((f) => f.endsWith('.txt'))) documents[f] = readFileSync(join(docDir, f), 'utf8');
	return {
		sources: file('sources.csv'),
		indicators: file('indicators.csv'),
		targets: file('targets.csv'),
		sasPilots: file('sas_pilotes.csv'),
		sites: file('sites.csv'),
		observations: csvIn(obsDir).map((f) => file(join('observations', f))),
		// The follow-up files are optional: a directory without them has no measures page.
		...(existsSync(join(dir, 'mesures.csv')) && { measures: file('mesures.csv') }),
		...(existsSync(join(dir, 'jalons.csv')) && { milestones: file('jalons.csv') }),
		...(existsSync(join(dir, 'progres_declares.csv')) && { statedProgress: file('progres_declares.csv') }),
		documents
	};
}

export function loadDataDir(dir: string, ctx: ValidationContext, label = 'data'): ValidationResult {
	return validateData(readDataDir(dir, label), ctx);
}
