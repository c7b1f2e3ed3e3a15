/**
 * The slim commune table the import page fetches when a file holds commune codes: built at
 * build time from `@etalab/decoupage-administratif` (the code officiel géographique), as the
 * ends of each département's commune codes (≈ 40 kB gzipped instead of 8.6 MB).
 */
import { createRequire } from 'node:module';
import type { CommuneTableFile } from '../import/communes';
import { departementOfCommune } from '../import/communes';
import { millesime } from '../territories';

interface EtalabCommune {
	code: string;
	type: 'commune-actuelle' | 'commune-deleguee' | 'commune-associee' | 'arrondissement-municipal';
}

let cached: CommuneTableFile | undefined;

export function buildCommuneTable(): CommuneTableFile {
	if (cached) return cached;
	const require = createRequire(import.meta.url);
	const list = require('@etalab/decoupage-administratif/data/communes.json') as EtalabCommune[];
	const version = (require('@etalab/decoupage-administratif/package.json') as { version: string }).version;
	const group = (types: EtalabCommune['type'][], skip: Set<string>) => {
		const out: Record<string, string[]> = {};
		for (const c of list) {
			if (!types.includes(c.type) || skip.has(c.code)) continue;
			const dep = departementOfCommune(c.code);
			(out[dep] ??= []).push(c.code.slice(dep.length));
		}
		return Object.fromEntries(Object.entries(out).map(([dep, ends]) => [dep, [...new Set(ends)].sort().join('')]));
	};
	const actual = new Set(list.filter((c) => c.type === 'commune-actuelle').map((c) => c.code));
	cached = {
		source: `@etalab/decoupage-administratif@${version}`,
		cog: millesime.cog,
		communes: group(['commune-actuelle'], new Set()),
		former: group(['commune-deleguee', 'commune-associee'], actual)
	};
	return cached;
}
