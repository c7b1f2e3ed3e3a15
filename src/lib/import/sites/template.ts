/**
 * The site list template offered for download: the header `csv.ts` reads, `;` between fields
 * and decimal commas as French spreadsheets write them, UTF-8 with a byte-order mark so that
 * Excel opens the accents right. No example row: whatever is left in it would be imported.
 */
export const SITE_TEMPLATE_NAME = 'modele-liste-de-lieux.csv';
export const SITE_TEMPLATE_COLUMNS = ['nom', 'nature', 'departement', 'longitude', 'latitude'] as const;

export function siteTemplateText(): string {
	return `\uFEFF${SITE_TEMPLATE_COLUMNS.join(';')}\r\n`;
}
