/** The map's text alternative: what it shows, highest, lowest, missing — in French. */
import { formatDate, formatDateAt } from '../domain/format';
import type { Choropleth } from './choropleth';
import { formatCell } from './display';
import type { Joined } from './join';
import { summarise } from './rank';
import { LEVEL_WORDS } from '../domain/labels';

export function mapSummary(joined: Joined, choropleth: Choropleth, names: ReadonlyMap<string, string>, date: string | null, perCapita: boolean): string {
	const ind = joined.indicator;
	const head = `${ind.label}${perCapita ? ' (pour 100 000 habitants)' : ''}, par ${LEVEL_WORDS[joined.level].singular}, ${date ? `état ${formatDateAt(date)}` : 'dernières données connues'}.`;
	const s = summarise(joined);
	const parts = [head];
	const list = (xs: { code: string }[]) =>
		xs
			.slice(0, 3)
			.map((x) => `${names.get(x.code) ?? x.code} (${formatCell(ind, joined.cells.get(x.code) ?? { kind: 'missing', missing: 'non_renseigne' }, perCapita)})`)
			.join(', ') + (xs.length > 3 ? ` et ${xs.length - 3} autre(s)` : '');
	if (s.highest.length && s.lowest.length && choropleth.breaks) {
		parts.push(`Valeur la plus élevée : ${list(s.highest)}.`);
		if (s.highest[0]?.value !== s.lowest[0]?.value) parts.push(`La plus basse : ${list(s.lowest)}.`);
	} else {
		const cats = choropleth.legend.filter((e) => e.kind === 'category' && e.count > 0);
		if (cats.length) parts.push(cats.map((e) => `${e.label} : ${e.count}`).join(' ; ') + '.');
	}
	parts.push(`${s.withValue} ${LEVEL_WORDS[joined.level].plural} sur ${s.total} avec un chiffre, ${s.missing} sans donnée.`);
	return parts.join(' ');
}
