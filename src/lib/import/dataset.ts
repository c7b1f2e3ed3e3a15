/**
 * An imported dataset as it is kept (IndexedDB), shared (URL fragment) and handed over
 * (dataset file): the figures the join kept, what each indicator measures, and where the
 * figures come from. Anything read back from outside goes through `readDataset` (zod/mini)
 * before it is used; it then becomes the app's model through `to-model.ts`, like the
 * bundled data.
 */
import * as z from 'zod/mini';
import { FRENCH_ERRORS } from './french-errors';
import { isPartialDate } from '../domain/partial-date';
import { MISSING_KINDS, POLARITIES, QUALIFIERS, SOURCE_KINDS, type Polarity, type SourceKind } from '../domain/types';
import type { IndicatorSpec } from './columns';
import type { ImportRow, JoinReport } from './join';

export const DATASET_FORMAT = 'segur-territoires/jeu-importe';
export { NO_SOURCE } from './vocabulary';

export type { SourceKind };

export interface Provenance {
	/** Title of the table or document (empty: « source non précisée »). */
	title: string;
	publisher: string;
	/** Publication date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or empty. */
	published: string;
	url: string;
	kind: SourceKind;
}

/** No source given yet (shown as « source non précisée »). Copy it before changing it. */
export const EMPTY_PROVENANCE: Readonly<Provenance> = { title: '', publisher: '', published: '', url: '', kind: 'rapport_officiel' };

export interface DatasetIndicator extends IndicatorSpec {
	polarity: Polarity;
}

export interface DatasetRow {
	indicator: number;
	level: ImportRow['level'];
	code: string;
	period: string;
	value: number | null;
	missing?: ImportRow['missing'];
	qualifier: ImportRow['qualifier'];
	asWritten?: string;
	line: number;
	note?: string;
	/** The period is not in the file (the import date stands for it). */
	periodInferred?: boolean;
}

export interface ImportedDataset {
	format: typeof DATASET_FORMAT;
	version: 1;
	/** Short stable id: `[a-z0-9]{4,16}`. */
	id: string;
	name: string;
	fileName: string;
	/** Day of the import, `YYYY-MM-DD`. */
	importedAt: string;
	provenance: Provenance;
	indicators: DatasetIndicator[];
	rows: DatasetRow[];
	/** Total rows that do not cover all of France (e.g. « France métropolitaine »), as written. */
	references: { label: string; indicator: number; text: string }[];
}

const text = (max: number) => z.string().check(z.maxLength(max));
const date = z.string().check(z.refine(isPartialDate));

export const DatasetSchema = z.object({
	format: z.literal(DATASET_FORMAT),
	version: z.literal(1),
	id: z.string().check(z.regex(/^[a-z0-9]{4,16}$/)),
	name: text(200),
	fileName: text(300),
	importedAt: date,
	provenance: z.object({
		title: text(300),
		publisher: text(200),
		published: z.union([z.literal(''), date]),
		url: z.union([z.literal(''), z.string().check(z.regex(/^https?:\/\/\S{1,2000}$/))]),
		kind: z.enum(SOURCE_KINDS)
	}),
	indicators: z
		.array(
			z.object({
				label: text(200).check(z.minLength(1)),
				unit: text(30),
				kind: z.enum(['count', 'share', 'amount']),
				polarity: z.enum(POLARITIES)
			})
		)
		.check(z.minLength(1), z.maxLength(50)),
	rows: z
		.array(
			z.object({
				indicator: z.number().check(z.int(), z.nonnegative()),
				level: z.enum(['france', 'region', 'departement']),
				code: z.string().check(z.regex(/^[0-9A-Z]{2,3}$/)),
				period: date,
				value: z.nullable(z.number().check(z.refine(Number.isFinite))),
				missing: z.optional(z.enum(MISSING_KINDS)),
				qualifier: z.enum(QUALIFIERS),
				asWritten: z.optional(text(80)),
				line: z.number().check(z.int(), z.nonnegative()),
				note: z.optional(text(300)),
				periodInferred: z.optional(z.boolean())
			})
		)
		.check(z.maxLength(100_000)),
	references: z.array(z.object({ label: text(100), indicator: z.number().check(z.int(), z.nonnegative()), text: text(100) })).check(z.maxLength(100))
});

/** A dataset read from outside (fragment, storage, file), or a French reason why not. */
export function readDataset(input: unknown): { ok: true; dataset: ImportedDataset } | { ok: false; error: string } {
	const r = DatasetSchema.safeParse(input, { error: FRENCH_ERRORS });
	if (!r.success) {
		const issue = r.error.issues[0];
		return { ok: false, error: `jeu de données illisible (${issue ? `${issue.path.join('.') || 'racine'} : ${issue.message}` : 'format inconnu'})` };
	}
	const ds = r.data as ImportedDataset;
	if (ds.rows.some((row) => row.indicator >= ds.indicators.length) || ds.references.some((x) => x.indicator >= ds.indicators.length))
		return { ok: false, error: 'jeu de données illisible (indicateur de ligne inconnu)' };
	return { ok: true, dataset: ds };
}

/** A short id from the content (the same dataset gets the same id). */
export function datasetId(seed: string): string {
	let h1 = 0x811c9dc5;
	let h2 = 0x01000193;
	for (let i = 0; i < seed.length; i++) {
		const c = seed.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 16777619) >>> 0;
		h2 = Math.imul(h2 ^ c, 2246822519) >>> 0;
	}
	return (h1.toString(36) + h2.toString(36)).slice(0, 10).padEnd(4, '0');
}

export interface BuildInput {
	fileName: string;
	name: string;
	today: string;
	provenance: Provenance;
	indicators: DatasetIndicator[];
	rows: readonly ImportRow[];
	report: JoinReport;
	/** True when no date was in the file nor given: the import date stands for it. */
	periodInferred: boolean;
}

/** The dataset the user keeps, from the join's rows and the provenance form. */
export function buildDataset(input: BuildInput): ImportedDataset {
	const rows: DatasetRow[] = input.rows.map((r) => {
		const row: DatasetRow = { indicator: r.indicator, level: r.level, code: r.code, period: r.period, value: r.value, qualifier: r.qualifier, line: r.line };
		if (r.missing) row.missing = r.missing;
		if (r.asWritten) row.asWritten = r.asWritten;
		if (r.note) row.note = r.note;
		if (input.periodInferred) row.periodInferred = true;
		return row;
	});
	const references = input.report.totals
		.filter((t) => !t.national)
		.flatMap((t) => t.values.map((v, i) => ({ label: t.label.slice(0, 100), indicator: Math.min(i, input.indicators.length - 1), text: v.slice(0, 100) })))
		.slice(0, 100);
	const base = { fileName: input.fileName, rows, indicators: input.indicators };
	return {
		format: DATASET_FORMAT,
		version: 1,
		id: datasetId(JSON.stringify(base)),
		name: input.name.slice(0, 200),
		fileName: input.fileName.slice(0, 300),
		importedAt: input.today,
		provenance: input.provenance,
		indicators: input.indicators,
		rows,
		references
	};
}

/** The dataset as a file to send when it does not fit in a link, and to import again. */
export function datasetFileText(ds: ImportedDataset): string {
	return JSON.stringify(ds);
}
