/**
 * How an indicator names its measure (the `measure` column of data/indicators.csv) and how
 * the site names a measure page. One table for the ids, the words and the addresses:
 * `26` → Ségur measure 26, `9;10` → measures 9 and 10, `MS2022 chantier 6` → chantier 6 of
 * Ma santé 2022, `numerique` → the digital axis of the Ségur.
 */

/** Ids of data/mesures.csv an indicator's `measure` cell points to (in the cell's order). */
export function measureIds(cell: string | undefined | null): string[] {
	if (!cell) return [];
	return cell
		.split(';')
		.map((part) => part.trim())
		.filter(Boolean)
		.map((part) => {
			const chantier = /^MS2022 chantier (\d+)$/i.exec(part);
			return chantier ? `ms2022-c${chantier[1]}` : part;
		});
}

/** « Mesure 26 », « Chantier 6 de Ma santé 2022 », « Axe numérique du Ségur » — from the id alone. */
export function measureRefLabel(id: string): string {
	if (/^\d+$/.test(id)) return `Mesure ${id}`;
	const chantier = /^ms2022-c(\d+)$/.exec(id);
	if (chantier) return `Chantier ${chantier[1]} de Ma santé 2022`;
	const project = /^ms2022-c(\d+)-p(\d+)$/.exec(id);
	if (project) return `Projet ${project[2]} du chantier ${project[1]} de Ma santé 2022`;
	if (id === 'numerique') return 'Axe numérique du Ségur';
	return id;
}

/** Path of a measure's page, relative to the site root, without a leading slash: `mesures/26/`. */
export function measurePath(id: string): string {
	return `mesures/${encodeURIComponent(id)}/`;
}

export interface MeasureRef {
	id: string;
	label: string;
	path: string;
}

/** The measure pages an indicator links to. */
export function measureRefs(cell: string | undefined | null): MeasureRef[] {
	return measureIds(cell).map((id) => ({ id, label: measureRefLabel(id), path: measurePath(id) }));
}
