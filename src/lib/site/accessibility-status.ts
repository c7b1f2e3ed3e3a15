/**
 * The site's accessibility status, apart from the statement it summarises: every page's
 * footer shows it, and the statement's full text (`accessibility-statement.ts`, 16 kB) then
 * loads only with `/accessibilite/`. Change it there, after an assessment, with the reason.
 *
 * Status, as the RGAA defines it: « totalement conforme » when every criterion is met,
 * « partiellement conforme » when a complete audit finds at least half of them met,
 * « non conforme » otherwise — including when no complete audit exists.
 */
export type ConformityStatus = 'totalement conforme' | 'partiellement conforme' | 'non conforme';

/** No complete audit (all 106 criteria on a sample of pages) has been made yet. */
export const CONFORMITY_STATUS: ConformityStatus = 'non conforme';

export const STATUS_LINE = `Accessibilité : ${CONFORMITY_STATUS}`;
