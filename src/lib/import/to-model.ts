/**
 * An imported dataset in the project's own data format (data/FORMAT.md): one source row, one
 * indicator row per value column, an observations file — and, through the very validation the
 * bundled files go through (`validateData`, same zod schemas), the app's model. One model,
 * whatever its origin: the explorer, the table and the exports cannot tell them apart, except
 * by the « Mes données » group and the source that says where the figures come from.
 */
import type { DataModel } from '../data/model';
import { formatProblem } from '../data/model';
import { COLUMNS } from '../data/schemas';
import { validateData } from '../data/validate';
import { frenchCsvNumber } from '../domain/csv-export';
import { formatDate } from '../domain/format';
import { isDepartementCode, isRegionCode } from '../territories';
import type { ImportedDataset } from './dataset';
import { IMPORTED_PILLAR, IMPORTED_PREFIX, isImportedIndicator, NO_SOURCE } from './vocabulary';

export { IMPORTED_PILLAR, isImportedIndicator };

export function indicatorIdOf(ds: ImportedDataset, i: number): string {
	return ds.indicators.length === 1 ? `${IMPORTED_PREFIX}${ds.id}` : `${IMPORTED_PREFIX}${ds.id}_${i + 1}`;
}

export function sourceIdOf(ds: ImportedDataset): string {
	return `mes-${ds.id}`;
}

/** Text cells of the data files: quoted when needed, formulas neutralised (`'=…`). */
function cell(value: string | number | null | undefined, text = true): string {
	if (value === null || value === undefined) return '';
	let s = typeof value === 'number' ? frenchCsvNumber(value).replace(',', '.') : value;
	if (text && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
const line = (cells: string[]) => cells.join(',');

export interface DataFiles {
	/** Suggested file names under data/. */
	names: { sources: string; indicators: string; observations: string };
	sources: string;
	indicators: string;
	observations: string;
}

/** The dataset as the three CSV files of `data/` (each with its header). */
export function datasetToFiles(ds: ImportedDataset): DataFiles {
	const p = ds.provenance;
	const sid = sourceIdOf(ds);
	const imported = `le ${formatDate(ds.importedAt)}`;
	const sources = [
		COLUMNS.sources.join(','),
		line([
			sid,
			cell(p.title.trim() || NO_SOURCE),
			cell(p.publisher.trim() || NO_SOURCE),
			p.published,
			p.kind,
			cell(p.url, false),
			'',
			cell(`Importé depuis le fichier « ${ds.fileName} » ${imported} ; chiffres non vérifiés par Ségur Territoires.`)
		])
	];
	const levelsOf = (i: number) => ['france', 'region', 'departement'].filter((l) => ds.rows.some((r) => r.indicator === i && r.level === l));
	const indicators = [
		COLUMNS.indicators.join(','),
		...ds.indicators.map((ind, i) =>
			line([
				indicatorIdOf(ds, i),
				cell(ind.label),
				cell(ds.indicators.length === 1 ? ds.name : `${ds.name} — ${ind.label}`),
				cell(`Chiffres importés depuis le fichier « ${ds.fileName} » ${imported}. Ils n’ont pas été vérifiés par Ségur Territoires : leur source est celle que la personne qui les a importés a indiquée.`),
				cell(ind.unit),
				ind.kind,
				cell(IMPORTED_PILLAR),
				'',
				levelsOf(i).join(';') || 'departement',
				ind.polarity,
				'',
				''
			])
		)
	];
	const observations = [
		COLUMNS.observations.join(','),
		...ds.rows.map((r) =>
			line([
				indicatorIdOf(ds, r.indicator),
				r.level,
				r.code,
				r.period,
				p.published,
				r.value === null ? '' : cell(r.value, false),
				'',
				r.qualifier,
				r.missing ?? '',
				sid,
				`ligne ${r.line}`,
				cell(r.asWritten),
				r.periodInferred ? 'period' : '',
				cell(r.note)
			])
		)
	];
	const slug = `mes-donnees-${ds.id}`;
	return {
		names: { sources: `sources-${slug}.csv`, indicators: `indicateurs-${slug}.csv`, observations: `${slug}.csv` },
		sources: sources.join('\n') + '\n',
		indicators: indicators.join('\n') + '\n',
		observations: observations.join('\n') + '\n'
	};
}

const isTerritory = (level: string, code: string) =>
	level === 'france' ? code === 'FR' : level === 'region' ? isRegionCode(code) : isDepartementCode(code);

/** The model of one dataset, validated like the bundled files; throws (in French) if it is not valid. */
export function datasetToModel(ds: ImportedDataset): DataModel {
	const files = datasetToFiles(ds);
	const dir = `mes-donnees/${ds.id}`;
	const { model, problems } = validateData(
		{
			sources: { path: `${dir}/sources.csv`, text: files.sources },
			indicators: { path: `${dir}/indicators.csv`, text: files.indicators },
			observations: [{ path: `${dir}/observations.csv`, text: files.observations }],
			documents: {}
		},
		{ isTerritory }
	);
	if (problems.length) throw new Error(`Données importées invalides : ${problems.slice(0, 3).map(formatProblem).join(' ; ')}`);
	return model;
}
