/** Reader of sites.csv: named places, each inside its département (with tolerance). */
import { duplicateId } from './read-catalogue';
import { readTable, type DataFile } from './read-table';
import { COLUMNS, SiteSchema } from './schemas';
import type { Site } from './model';
import type { Step } from './step';
import { clean, levelExpected } from './values';

export function readSites(file: DataFile, { reporter, citations, ctx }: Step): Site[] {
	const { report } = reporter;
	const { rows } = readTable(file, COLUMNS.sites, SiteSchema, reporter);
	const sites: Site[] = [];
	const ids = new Set<string>();
	for (const { ref, row } of rows) {
		citations.check(ref, row);
		if (ids.has(row.id)) report(ref, 'id', duplicateId(row.id));
		ids.add(row.id);
		if (!ctx.isTerritory('departement', row.departement)) {
			report(ref, 'departement', `« ${row.departement} » n’est pas un code de département — ${levelExpected('departement')}`);
			continue;
		}
		const outside = ctx.checkSiteLocation?.(row.departement, row.lon, row.lat);
		if (outside) report(ref, 'lon/lat', `${outside} — un point dans le département ${row.departement}`);
		sites.push(clean({ ...row, ref }));
	}
	return sites;
}
