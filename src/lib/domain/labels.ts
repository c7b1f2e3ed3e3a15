/**
 * The French words of the app's fixed vocabularies — levels, classification methods, kinds
 * of missing data, kinds of sites — in one table, so that every page, warning and export
 * says the same thing (and agrees in gender: « régions renseignées », « départements
 * renseignés »).
 */
import type { ClassifyMethod, MapLevel, MissingKind, ObservationScope } from './types';

interface LevelWords {
	/** « région » */ singular: string;
	/** « régions » */ plural: string;
	/** « Régions » (a choice, a caption) */ title: string;
	/** « Par région » (a subtitle) */ by: string;
	feminine: boolean;
}

/** A phrase that starts a sentence, to follow a comma (« Par département » → « par département »). */
export const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

export const LEVEL_WORDS: Readonly<Record<MapLevel, LevelWords>> = {
	region: { singular: 'région', plural: 'régions', title: 'Régions', by: 'Par région', feminine: true },
	departement: { singular: 'département', plural: 'départements', title: 'Départements', by: 'Par département', feminine: false }
};

/** « régions renseignées », « départements renseignés »: the territories that have a figure. */
export function informedTerritories(level: MapLevel): string {
	const w = LEVEL_WORDS[level];
	return `${w.plural} ${w.feminine ? 'renseignées' : 'renseignés'}`;
}

export const METHOD_WORDS: Readonly<Record<ClassifyMethod, { label: string; short: string }>> = {
	quantile: { label: 'Quantiles (effectifs égaux)', short: 'quantiles' },
	equal: { label: 'Intervalles égaux', short: 'intervalles égaux' },
	ckmeans: { label: 'Seuils naturels (ckmeans)', short: 'seuils naturels' },
	manual: { label: 'Seuils manuels', short: 'bornes manuelles' }
};

export const MISSING_LABELS: Readonly<Record<MissingKind, string>> = {
	non_renseigne: 'Non renseigné',
	secret: 'Secret statistique',
	sans_objet: 'Sans objet',
	pas_encore: 'Pas encore'
};

export function missingLabel(kind: MissingKind): string {
	return MISSING_LABELS[kind];
}

export const SITE_KIND_LABELS: Readonly<Record<string, string>> = {
	sas_porteur: 'Établissement porteur d’un SAS pilote',
	projet_investissement: 'Projet d’investissement',
	exemple_rapport: 'Exemple cité par les rapports',
	hopital_proximite: 'Hôpital de proximité',
	autre: 'Lieu cité'
};

export function siteKindLabel(kind: string): string {
	return SITE_KIND_LABELS[kind] ?? kind;
}

/** What a figure covers when it is not its whole territory (an observation's `scope`). */
export const SCOPE_LABELS: Readonly<Record<ObservationScope, string>> = {
	metropole: 'métropole seulement',
	partiel: 'une partie des régions ou des ARS'
};

/** The same, for a figure that covers its whole territory (downloads write it out). */
export const WHOLE_TERRITORY_LABEL = 'tout le territoire';
