/**
 * A site list as this browser keeps it: the sites placed by an import (never the rows that
 * were reported), the file they came from and how the import went. Anything read back from
 * storage goes through `readSiteList` (zod/mini): a record that no longer reads is skipped,
 * never drawn half-valid.
 */
import * as z from 'zod/mini';
import { FRENCH_ERRORS } from '../french-errors';
import { getDepartement } from '../../territories';
import type { SiteImport } from './import-sites';
import type { ImportedSite } from './types';

export const SITE_LIST_VERSION = 1;
/** Enough for the whole FINESS extract (≈ 100 000 établissements). */
const MAX_SITES = 200_000;

export interface SiteList {
	version: typeof SITE_LIST_VERSION;
	id: string;
	fileName: string;
	/** ISO date and time of the import. */
	importedAt: string;
	format: SiteImport['format'];
	/** Rows read, and report lines, at import time. */
	read: number;
	problems: number;
	sites: ImportedSite[];
}

const text = (max: number) => z.string().check(z.maxLength(max));
const finite = z.number().check(z.refine(Number.isFinite));

const SiteListSchema = z.object({
	version: z.literal(SITE_LIST_VERSION),
	id: z.string().check(z.regex(/^lieux-[a-z0-9-]{4,40}$/)),
	fileName: text(300),
	importedAt: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T/)),
	format: z.enum(['finess', 'csv']),
	read: z.number().check(z.int(), z.nonnegative()),
	problems: z.number().check(z.int(), z.nonnegative()),
	sites: z
		.array(
			z.object({
				line: z.number().check(z.int(), z.positive()),
				id: text(200).check(z.minLength(1)),
				name: text(500).check(z.minLength(1)),
				kind: text(300),
				departement: z.string().check(z.refine((code) => !!getDepartement(code))),
				lon: finite.check(z.gte(-180), z.lte(180)),
				lat: finite.check(z.gte(-90), z.lte(90))
			})
		)
		.check(z.maxLength(MAX_SITES))
});

/** The stored form of an import (its placed sites only). */
export function siteListOf(result: SiteImport, fileName: string, now: Date, random = Math.random): SiteList {
	const stamp = now.getTime().toString(36);
	const salt = Math.floor(random() * 36 ** 4)
		.toString(36)
		.padStart(4, '0');
	return {
		version: SITE_LIST_VERSION,
		id: `lieux-${stamp}-${salt}`,
		fileName: fileName.slice(0, 300),
		importedAt: now.toISOString(),
		format: result.format,
		read: result.read,
		problems: result.problems.length,
		sites: result.sites.map(({ line, id, name, kind, departement, lon, lat }) => ({ line, id, name, kind, departement, lon, lat }))
	};
}

/** A stored record as a site list, or null when it does not read as one. */
export function readSiteList(value: unknown): SiteList | null {
	const r = checkSiteList(value);
	return r.ok ? r.list : null;
}

/** A site list, or where it does not read as one (the first field at fault). */
export function checkSiteList(value: unknown): { ok: true; list: SiteList } | { ok: false; error: string } {
	const r = SiteListSchema.safeParse(value, { error: FRENCH_ERRORS });
	if (r.success) return { ok: true, list: r.data as SiteList };
	const issue = r.error.issues[0];
	return { ok: false, error: `liste de lieux illisible (${issue ? `${issue.path.join('.') || 'racine'} : ${issue.message}` : 'format inconnu'})` };
}
