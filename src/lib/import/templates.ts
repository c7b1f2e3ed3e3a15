/**
 * Collection templates: for an indicator and a level, every territory's code and name with
 * empty value, date and source columns, ready for an ARS to fill in and import again (it
 * then joins 100 %). CSV for French Excel (`;`, BOM, decimal comma) or XLSX/ODS with the
 * codes as text cells.
 */
import { toFrenchCsv } from '../domain/csv-export';
import { LEVEL_WORDS } from '../domain/labels';
import type { SheetTable } from '../publish/sheet-file';
import { territoriesOf, type TerritoryLevel } from '../territories';

export interface TemplateIndicator {
	id: string;
	label: string;
	unit?: string;
}

export const TEMPLATE_HEADERS = ['code', 'territoire', 'valeur', 'date', 'source', 'note'] as const;

export function templateTitle(ind: TemplateIndicator, level: TerritoryLevel): string {
	return `Modèle de collecte — ${ind.label}${ind.unit ? ` (${ind.unit})` : ''} — ${LEVEL_WORDS[level].by.toLowerCase()} — date au format AAAA, AAAA-MM ou JJ/MM/AAAA ; cellule vide, « s » (secret) ou « nd » si pas de chiffre`;
}

export function templateTable(ind: TemplateIndicator, level: TerritoryLevel): SheetTable {
	return {
		name: 'Modèle',
		title: templateTitle(ind, level),
		headers: TEMPLATE_HEADERS,
		rows: territoriesOf(level).map((t) => [t.code, t.nom, null, null, null, null]),
		textColumns: [0, 3]
	};
}

/** The template as a CSV French Excel opens directly (title row, then the table). */
export function templateCsv(ind: TemplateIndicator, level: TerritoryLevel): string {
	const t = templateTable(ind, level);
	const body = toFrenchCsv(t.headers, t.rows.map((r) => [...r]));
	return `\uFEFF${toFrenchCsv([t.title!], []).replace(/^\uFEFF/, '')}${body.replace(/^\uFEFF/, '')}`;
}

export function templateFileName(ind: TemplateIndicator, level: TerritoryLevel, ext: 'csv' | 'xlsx' | 'ods'): string {
	return `modele-${ind.id.replace(/_/g, '-')}-${level === 'region' ? 'regions' : 'departements'}.${ext}`;
}
