/** French labels of the explorer's fixed vocabularies (one table, not scattered literals). */
import type { ClassifyMethod, MapLevel } from '../domain/types';

export const LEVEL_LABELS: Record<MapLevel, string> = { region: 'Régions', departement: 'Départements' };
export const LEVEL_SINGULAR: Record<MapLevel, string> = { region: 'région', departement: 'département' };

export const METHOD_LABELS: Record<ClassifyMethod, string> = {
	quantile: 'Quantiles (effectifs égaux)',
	equal: 'Intervalles égaux',
	ckmeans: 'Seuils naturels (ckmeans)',
	manual: 'Seuils manuels'
};

export const SITE_KIND_LABELS: Record<string, string> = {
	sas_porteur: 'Établissement porteur d’un SAS pilote',
	projet_investissement: 'Projet d’investissement',
	exemple_rapport: 'Exemple cité par les rapports',
	hopital_proximite: 'Hôpital de proximité',
	autre: 'Lieu cité'
};
