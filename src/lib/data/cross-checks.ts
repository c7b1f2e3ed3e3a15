/** Checks that need every file read: they run last, on what the readers kept. */
import type { CitationChecker } from './citations';
import type { Observation } from './model';
import type { ReadPilots } from './read-pilots';
import type { SourceIndex } from './read-catalogue';
import type { Reporter } from './report';

/** sas_pilotes.csv and the per-département `sas_pilote` observations name the same départements. */
export function checkPilotsAgree({ report }: Reporter, pilots: ReadPilots, observations: readonly Observation[]): void {
	const yes = new Map(observations.filter((o) => o.indicator === 'sas_pilote' && o.value === true).map((o) => [o.code, o.ref]));
	for (const [code, ref] of pilots.departements)
		if (!yes.has(code)) report(ref, 'departements', `${code} couvert par un pilote mais sans observation sas_pilote=oui — les deux fichiers concordent`);
	for (const [code, ref] of yes)
		if (!pilots.departements.has(code)) report(ref, 'code', `${code} marqué sas_pilote=oui mais absent de data/sas_pilotes.csv — les deux fichiers concordent`);
}

/** Every source is cited at least once. */
export function checkSourcesCited({ report }: Reporter, sources: SourceIndex, citations: CitationChecker): void {
	for (const { source, ref } of sources.byId.values())
		if (!citations.used.has(source.id)) report(ref, 'id', `source « ${source.id} » jamais citée — chaque source sert au moins une fois`);
}
