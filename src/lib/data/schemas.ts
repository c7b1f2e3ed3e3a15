/**
 * The data model: one zod schema per entity, read from the cells of a CSV record
 * (strings, snake_case columns) and producing typed values with camelCase keys. Types
 * are inferred from the schemas. Checks that need other files (does this source exist?
 * is this code a département?) live in the readers called by `validate.ts`; these
 * schemas only check what one cell can tell.
 */
import { z } from 'zod';
import { isDateSpan, isPartialDate } from '../domain/partial-date';
import { INDICATOR_KINDS, MISSING_KINDS, OBSERVATION_SCOPES, POLARITIES, QUALIFIERS, SOURCE_KINDS } from '../domain/types';

export const LEVELS = ['france', 'region', 'departement'] as const;
export const INDICATOR_LEVELS = ['france', 'region', 'departement', 'site'] as const;
export { SOURCE_KINDS };
export const SITE_KINDS = ['sas_porteur', 'projet_investissement', 'exemple_rapport', 'hopital_proximite', 'autre'] as const;
export const INFERRED_PARTS = ['period', 'reported', 'territory', 'value'] as const;

type Camel<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;
/** The row with its column names in camelCase (`as_written` → `asWritten`), keys in the same order. */
export type CamelKeys<T> = { [K in keyof T as K extends string ? Camel<K> : K]: T[K] };
function camelKeys<T extends object>(row: T): CamelKeys<T> {
	return Object.fromEntries(
		Object.entries(row).map(([key, value]) => [key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()), value])
	) as CamelKeys<T>;
}

const quote = (v: unknown) => `« ${String(v).slice(0, 60)} »`;

const required = (what: string) =>
	z.string({ error: `manquant — ${what}` }).min(1, { error: `vide — ${what}`, abort: true });
const optional = z
	.string()
	.optional()
	.transform((v) => (v ? v : undefined));
const id = required('un identifiant').regex(/^[a-z0-9][a-z0-9_.-]*$/, {
	error: (iss) => `${quote(iss.input)} n’est pas un identifiant — minuscules, chiffres, « _ », « - » ou « . »`
});
const DATE_FORMS = 'AAAA, AAAA-MM, AAAA-MM-JJ, AAAA-S1, AAAA-T4 ou AAAA-ete (voir data/FORMAT.md)';
const date = required(`une date ${DATE_FORMS}`).refine(isPartialDate, {
	error: (iss) => `${quote(iss.input)} n’est pas une date — ${DATE_FORMS}, date réelle`
});
const optionalDate = optional.refine((v) => v === undefined || isPartialDate(v), {
	error: (iss) => `${quote(iss.input)} n’est pas une date — ${DATE_FORMS}, ou vide`
});
function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
	return z.enum(values, { error: (iss) => `${quote(iss.input ?? '')} n’est pas reconnu — l’une des valeurs ${values.join(', ')}` });
}
function listOf<const T extends readonly [string, ...string[]]>(values: T) {
	return z
		.string()
		.optional()
		.transform((v) => (v ? v.split(';').map((x) => x.trim()).filter(Boolean) : []))
		.pipe(z.array(oneOf(values)));
}
const url = optional.refine((v) => v === undefined || /^https?:\/\/\S+$/.test(v), {
	error: (iss) => `${quote(iss.input)} n’est pas une adresse web — http(s)://…`
});

export const SourceSchema = z.object({
	id,
	title: required('le titre du document ou de la page'),
	publisher: required('l’éditeur'),
	/** Empty only for a web page that shows no date (say so in `note`). */
	published: optionalDate,
	kind: oneOf(SOURCE_KINDS),
	url,
	document: optional.refine((v) => v === undefined || /^[\w.-]+\.txt$/.test(v), {
		error: (iss) => `${quote(iss.input)} n’est pas un nom de fichier — un fichier .txt de data/documents/`
	}),
	note: optional
});
export type Source = z.output<typeof SourceSchema>;

const categoryList = z
	.string()
	.optional()
	.transform((v, ctx) => {
		const out: { id: string; label: string }[] = [];
		for (const part of (v ?? '').split(';').map((x) => x.trim()).filter(Boolean)) {
			const m = /^([a-z0-9_]+)=(.+)$/.exec(part);
			if (!m) {
				ctx.addIssue({ code: 'custom', message: `${quote(part)} mal formé — paires id=Libellé séparées par « ; »` });
				continue;
			}
			out.push({ id: m[1] as string, label: (m[2] as string).trim() });
		}
		return out;
	});

export const IndicatorSchema = z
	.object({
		id,
		label: required('un libellé'),
		short_label: required('un libellé court'),
		description: required('une description'),
		unit: optional,
		kind: oneOf(INDICATOR_KINDS),
		pillar: required('le pilier du Ségur ou le chantier de Ma santé 2022'),
		measure: optional,
		levels: listOf(INDICATOR_LEVELS).refine((l) => l.length > 0, { error: 'vide — au moins un niveau' }),
		polarity: oneOf(POLARITIES),
		categories: categoryList,
		absent_means: z
			.enum(['', 'non'], { error: (iss) => `${quote(iss.input)} n’est pas reconnu — vide ou « non »` })
			.optional()
			.transform((v) => (v ? v : undefined))
	})
	.superRefine((ind, ctx) => {
		if (ind.kind === 'category' && ind.categories.length === 0)
			ctx.addIssue({ code: 'custom', path: ['categories'], message: 'vide — la liste des catégories d’un indicateur catégoriel' });
		if (ind.kind !== 'category' && ind.categories.length > 0)
			ctx.addIssue({ code: 'custom', path: ['categories'], message: 'renseigné — vide sauf pour kind=category' });
		if (ind.absent_means && ind.kind !== 'boolean')
			ctx.addIssue({ code: 'custom', path: ['absent_means'], message: '« non » — réservé aux indicateurs oui/non (kind=boolean)' });
	})
	.transform(camelKeys);
export type Indicator = z.output<typeof IndicatorSchema>;

/** Cells shared by observations, targets, sites and pilots that cite a source. */
const citation = {
	source: id,
	locator: required('où trouver le chiffre dans la source (L123 ou « § 2 »)'),
	as_written: optional.refine((v) => v === undefined || v.length <= 80, {
		error: 'trop long — un court extrait du chiffre tel qu’écrit (80 caractères au plus), pas une phrase'
	})
};

export const TARGET_KINDS = ['echeance', 'periode'] as const;

export const TargetSchema = z.object({
	indicator: id,
	value: required('la valeur de la cible'),
	value_max: optional,
	/** The deadline; empty for a target the source gives without one. */
	date: optionalDate,
	...citation,
	note: optional,
	/**
	 * Optional column. `echeance` (default): a level to reach by `date`; `periode`: what is
	 * to be done within the period `date` (« 2 000 places à la rentrée 2020 », « 105 M€ de 2021 »).
	 */
	kind: z
		.string()
		.optional()
		.transform((v) => (v ? v : 'echeance'))
		.pipe(oneOf(TARGET_KINDS)),
	/** Optional column: id of the milestone (data/jalons.csv) from which the target runs. */
	start: optional
}).transform(camelKeys);
export type TargetRow = z.output<typeof TargetSchema>;

export const ObservationSchema = z.object({
	indicator: id,
	level: oneOf(LEVELS),
	code: required('un code de territoire (FR, code région ou code département INSEE)'),
	period: date,
	/** Publication date of the source; empty only when the source shows none. */
	reported: optionalDate,
	value: optional,
	value_max: optional,
	qualifier: oneOf(QUALIFIERS),
	missing: z
		.string()
		.optional()
		.transform((v) => (v ? v : undefined))
		.pipe(oneOf(MISSING_KINDS).optional()),
	...citation,
	inferred: listOf(INFERRED_PARTS),
	note: optional,
	/** Optional column: empty = the whole territory of level/code; else what it covers. */
	scope: z
		.string()
		.optional()
		.transform((v) => (v ? v : undefined))
		.pipe(oneOf(OBSERVATION_SCOPES).optional())
}).transform(camelKeys);
export type ObservationRow = z.output<typeof ObservationSchema>;

const coordinate = (name: string, min: number, max: number) =>
	required(`la ${name} en degrés décimaux`).transform((v, ctx) => {
		const n = Number(v.replace(',', '.'));
		if (!Number.isFinite(n) || n < min || n > max) {
			ctx.addIssue({ code: 'custom', message: `${quote(v)} n’est pas une ${name} — un nombre entre ${min} et ${max}` });
			return z.NEVER;
		}
		return n;
	});

export const SiteSchema = z.object({
	id,
	name: required('le nom du lieu'),
	kind: oneOf(SITE_KINDS),
	departement: required('le code du département'),
	lon: coordinate('longitude', -180, 180),
	lat: coordinate('latitude', -90, 90),
	location: oneOf(['stated', 'inferred'] as const),
	status: optional,
	date: optionalDate,
	...citation,
	note: optional
}).transform(camelKeys);
export type SiteRow = z.output<typeof SiteSchema>;

export const SasPilotSchema = z.object({
	id,
	label: required('le libellé du pilote tel que la source l’écrit'),
	departements: required('les codes des départements couverts, séparés par « ; »').transform((v) =>
		v.split(';').map((x) => x.trim()).filter(Boolean)
	),
	...citation,
	inferred: listOf(INFERRED_PARTS),
	note: optional
}).transform(camelKeys);
export type SasPilotRow = z.output<typeof SasPilotSchema>;

export const MEASURE_KINDS = ['programme', 'pilier', 'axe', 'mesure', 'chantier', 'projet'] as const;

/** data/mesures.csv: the programmes, their pillars, measures, chantiers and projects. */
export const MeasureSchema = z
	.object({
		id,
		kind: oneOf(MEASURE_KINDS),
		parent: optional,
		number: optional.refine((v) => v === undefined || /^[1-9]\d*$/.test(v), {
			error: (iss) => `${quote(iss.input)} n’est pas un numéro — un entier positif, ou vide`
		}),
		/** As the document writes it (checked at the cited lines). */
		title: required('le titre tel que le document l’écrit'),
		label: required('un libellé court, en français'),
		/** Organisations that lead it (never people's names). */
		lead: optional,
		...citation,
		note: optional
	})
	.transform(camelKeys);
export type MeasureRow = z.output<typeof MeasureSchema>;

export const MILESTONE_STATUSES = ['realise', 'prevu'] as const;
export const MILESTONE_INFERRED = ['date', 'measure'] as const;

/** data/jalons.csv: every dated event of the documents. */
export const MilestoneSchema = z
	.object({
		id,
		measure: id,
		status: oneOf(MILESTONE_STATUSES),
		label: required('un libellé court, en français'),
		date: required('une date ou une période').refine(isDateSpan, {
			error: (iss) => `${quote(iss.input)} n’est pas une date — ${DATE_FORMS}, ou une période A/B ou ../B`
		}),
		/** The date as the document writes it (checked at the cited lines unless inferred). */
		date_text: optional,
		...citation,
		/** For an achievement: the ids of the planned milestones it fulfils, separated by « ; ». */
		fulfils: z
			.string()
			.optional()
			.transform((v) => (v ? v.split(';').map((x) => x.trim()).filter(Boolean) : [])),
		inferred: listOf(MILESTONE_INFERRED),
		note: optional
	})
	.transform(camelKeys);
export type MilestoneRow = z.output<typeof MilestoneSchema>;

export const STATED_WORDINGS = ['atteint', 'depasse'] as const;

/** data/progres_declares.csv: indicators whose figures are a document's own statement of progress. */
export const StatedProgressSchema = z
	.object({
		indicator: id,
		of: id,
		wording: oneOf(STATED_WORDINGS),
		note: optional
	})
	.transform(camelKeys);
export type StatedProgressRow = z.output<typeof StatedProgressSchema>;

/** data/groupes.csv: series of comparable indicators (checked against indicators.csv by its reader). */
export const GroupSchema = z.object({
	id,
	label: required('le nom du groupe, en français'),
	indicators: required('les identifiants des indicateurs du groupe, séparés par « ; »').transform((v) => v.split(';').map((x) => x.trim()).filter(Boolean)),
	note: optional
});
export type GroupRow = z.output<typeof GroupSchema>;

/** Columns of each file, in order (data/FORMAT.md). */
export const COLUMNS = {
	sources: ['id', 'title', 'publisher', 'published', 'kind', 'url', 'document', 'note'],
	indicators: ['id', 'label', 'short_label', 'description', 'unit', 'kind', 'pillar', 'measure', 'levels', 'polarity', 'categories', 'absent_means'],
	targets: ['indicator', 'value', 'value_max', 'date', 'source', 'locator', 'as_written', 'note'],
	observations: ['indicator', 'level', 'code', 'period', 'reported', 'value', 'value_max', 'qualifier', 'missing', 'source', 'locator', 'as_written', 'inferred', 'note'],
	sites: ['id', 'name', 'kind', 'departement', 'lon', 'lat', 'location', 'status', 'date', 'source', 'locator', 'as_written', 'note'],
	sas_pilotes: ['id', 'label', 'departements', 'source', 'locator', 'as_written', 'inferred', 'note'],
	mesures: ['id', 'kind', 'parent', 'number', 'title', 'label', 'lead', 'source', 'locator', 'as_written', 'note'],
	jalons: ['id', 'measure', 'status', 'label', 'date', 'date_text', 'source', 'locator', 'as_written', 'fulfils', 'inferred', 'note'],
	progres_declares: ['indicator', 'of', 'wording', 'note'],
	groupes: ['id', 'label', 'indicators', 'note']
} as const;

/** Columns a file may have after its required ones (older files and imports stay valid without). */
export const OPTIONAL_COLUMNS = {
	targets: ['kind', 'start'],
	observations: ['scope']
} as const;
