/**
 * The facts of the accessibility statement (`/accessibilite/`), in one place: what was
 * assessed, how, what was found, and how to reach the team. The page only lays them out;
 * the footer of every page shows `STATEMENT.status`. Update this file after each
 * assessment (and the date with it).
 *
 * Status, as the RGAA defines it: « totalement conforme » when every criterion is met,
 * « partiellement conforme » when a complete audit finds at least half of them met,
 * « non conforme » otherwise — including when no complete audit exists. No complete audit
 * (all 106 criteria on a sample of pages) has been made yet: the status is « non
 * conforme », whatever the partial assessment below found.
 */

export type ConformityStatus = 'totalement conforme' | 'partiellement conforme' | 'non conforme';
/** How a criterion was assessed: automated checks (axe-core), by hand, or both. */
export type AssessedBy = 'automatique' | 'manuel' | 'automatique et manuel';
export type Verdict = 'respecté' | 'non respecté' | 'non applicable';

export interface AssessedCriterion {
	/** RGAA 4.1 criterion number, `thème.critère`. */
	id: string;
	topic: string;
	by: AssessedBy;
	verdict: Verdict;
	/** What was looked at, and what was found. */
	note: string;
}

export interface StatementLink {
	label: string;
	href: string;
}

export const STATEMENT = {
	site: 'Ségur Territoires',
	/** Day the assessment below was made (ISO). */
	date: '2026-12-07',
	rgaaVersion: '4.1',
	status: 'non conforme' as ConformityStatus,
	statusReason:
		'Aucun audit complet du RGAA (les 106 critères sur un échantillon de pages) n’a encore été réalisé : le référentiel demande alors de se déclarer « non conforme ». L’évaluation partielle ci-dessous, faite par l’équipe du projet, porte sur les critères que les tests et le parcours à la main permettent de juger.',
	/**
	 * Where users report a problem: the issue tracker of the project's source repository.
	 * Set `issuesUrl` to its address when the site is published; until then the page names
	 * the route without a link (no address is invented here).
	 */
	contact: {
		issuesUrl: null as string | null,
		route: 'le suivi des tickets (« issues ») du dépôt du code source de Ségur Territoires'
	},
	technologies: ['HTML5', 'CSS', 'JavaScript (SvelteKit)', 'WebGL (carte MapLibre GL JS)', 'SVG (images statiques et exports)'],
	environment: [
		'Chromium 156 (Debian) piloté par Playwright 1.65, sans tête, fenêtres de 1 280 × 800, 360 × 740 et 320 × 640 pixels',
		'axe-core 4.13 (par @axe-core/playwright), règles WCAG 2.0, 2.1 et 2.2 niveaux A et AA',
		'Aucun lecteur d’écran n’était disponible sur la machine de test (ni NVDA, ni JAWS, ni VoiceOver) : à la place, l’arbre d’accessibilité que le navigateur transmet aux lecteurs d’écran a été relevé (noms, rôles et ordre de lecture, par l’instantané d’accessibilité de Playwright)'
	],
	pages: [
		'la carte (/) en vue « Carte », avec un territoire sélectionné, avec une comparaison et un filtre d’écarts',
		'la vue « Tableau » (/?vue=tableau)',
		'la fenêtre « Intégrer / exporter » (constructeur de carte intégrée)',
		'la liste des portraits (/territoire/) et un portrait (/territoire/73/)',
		'la page Données (/donnees/)',
		'une carte intégrée (/embed/sas_pilote/)',
		'la page « Page introuvable » et la présente déclaration'
	],
	automated:
		'Les tests du projet passent axe-core sur les vues principales à chaque modification. Ces règles vérifient ce qu’une machine peut juger : présence d’un nom pour chaque bouton, lien, champ et image, validité des rôles et attributs ARIA, contraste du texte quand il est calculable (pas sur la carte elle-même), langue et titre de la page, structure des listes et des tableaux, unicité des repères de page, taille des cibles (WCAG 2.2). Elles ne disent pas si un nom ou une alternative est pertinent, si l’ordre de lecture a du sens, ni si tout se fait au clavier : cela a été vérifié à la main.',
	/** What was done with the keyboard alone, view by view, and what was found. */
	keyboard: [
		'Carte : la touche Tab parcourt l’en-tête (Intégrer / exporter, Carte, Tableau, Portraits, Données), le bandeau des chiffres nationaux, les choix (recherche, indicateur, date, options, territoire, filtre d’écarts), la carte (flèches pour la déplacer, + et − pour zoomer), chaque lieu cité, puis les boutons de zoom. L’ordre suit l’affichage ; le focus est toujours visible ; aucun piège.',
		'Sélectionner un territoire sans souris : par la liste « Choisir un département / une région » ou le tableau. Dans Chromium, chaque flèche dans la liste fermée sélectionne déjà le territoire suivant (la fiche change, le focus reste sur la liste).',
		'Lieux cités : Entrée ouvre la bulle et y place le focus sur « Fermer » ; la touche Échap ne la ferme pas (il faut activer « Fermer »). Les 20 lieux sont 20 arrêts de tabulation avant les boutons de zoom.',
		'Fiche d’un territoire : Fermer, Ajouter à la comparaison, Portrait imprimable, puis les liens vers les sources, dans cet ordre.',
		'Tableau : chaque en-tête de colonne est un bouton qui trie (Entrée), l’ordre est annoncé (aria-sort) ; le nom de chaque territoire est un bouton qui le sélectionne ; le focus reste en place.',
		'Intégrer / exporter : la fenêtre s’ouvre avec le focus dedans, Tab en fait le tour (options, code, aperçu, exports) sans en sortir vers la page, Échap la ferme et rend le focus au bouton qui l’a ouverte.',
		'Portraits, Données, page introuvable, déclaration : des liens et boutons dans l’ordre de lecture, focus visible.',
		'Carte intégrée : la carte, les boutons de zoom, « Voir la carte complète ».'
	],
	/** What a screen reader would be given, as read from the accessibility tree. */
	screenReader: [
		'La carte est une région nommée « Carte : <indicateur>, par <niveau> » ; elle est suivie d’un résumé en texte (valeur la plus élevée, la plus basse, nombre de territoires sans donnée), annoncé quand la vue change (aria-live « polite »).',
		'Le tableau a un titre (caption), des en-têtes de colonnes, le nom de chaque territoire en en-tête de ligne, et une cellule « Non renseigné » là où il n’y a pas de chiffre : il se lit ligne par ligne.',
		'Chaque lieu cité est un bouton nommé « Lieu : <nom> » (ou « 2 lieux : … »).',
		'La légende d’une carte intégrée est une figure nommée par son titre, avec une liste des classes et de leurs effectifs.'
	],
	criteria: [
		{ id: '1.1', topic: 'Alternative textuelle des images porteuses d’information', by: 'automatique et manuel', verdict: 'respecté', note: 'La carte a un nom et un résumé textuel ; chaque image statique (SVG) a un texte alternatif (valeur la plus haute, la plus basse, données manquantes).' },
		{ id: '1.3', topic: 'Pertinence des alternatives', by: 'manuel', verdict: 'respecté', note: 'Le résumé dit ce que montre la carte : extrêmes, nombre de territoires renseignés.' },
		{ id: '2.1', topic: 'Titre des cadres', by: 'automatique', verdict: 'respecté', note: 'L’aperçu d’intégration et le code à coller ont un titre.' },
		{ id: '3.1', topic: 'Information pas seulement par la couleur', by: 'manuel', verdict: 'respecté', note: 'Chaque classe a son libellé et son effectif dans la légende ; les données manquantes ont un motif (hachures, pointillés) et un libellé ; le tableau donne les mêmes chiffres en texte.' },
		{ id: '3.2', topic: 'Contraste du texte', by: 'automatique', verdict: 'respecté', note: 'Aucun défaut relevé là où axe-core peut calculer le contraste (il ne le peut pas sur la carte).' },
		{ id: '3.3', topic: 'Contraste des éléments graphiques (3:1)', by: 'manuel', verdict: 'non respecté', note: 'Les couleurs claires de la carte et les pastilles claires de la légende n’ont pas de contour contrasté.' },
		{ id: '5.4', topic: 'Titre des tableaux de données', by: 'automatique et manuel', verdict: 'respecté', note: 'Le tableau a un titre (caption) : indicateur et niveau.' },
		{ id: '5.6', topic: 'En-têtes de colonnes et de lignes', by: 'automatique et manuel', verdict: 'respecté', note: 'Colonnes en th, nom du territoire en en-tête de ligne.' },
		{ id: '6.1', topic: 'Liens explicites', by: 'manuel', verdict: 'respecté', note: 'Intitulés relus sur chaque page vérifiée.' },
		{ id: '6.2', topic: 'Intitulé des liens', by: 'automatique', verdict: 'respecté', note: '' },
		{ id: '7.1', topic: 'Scripts compatibles avec les technologies d’assistance', by: 'automatique et manuel', verdict: 'non respecté', note: 'La zone de dessin de la carte est nommée « Map », en anglais, par la bibliothèque de carte ; le reste (boutons, listes, fenêtre, tableau triable) a nom, rôle et état.' },
		{ id: '7.3', topic: 'Scripts utilisables au clavier', by: 'manuel', verdict: 'respecté', note: 'Tout se fait au clavier (voir le parcours) ; la bulle d’un lieu se ferme par son bouton, pas par Échap.' },
		{ id: '7.5', topic: 'Messages de statut', by: 'manuel', verdict: 'respecté', note: 'Le résumé de la carte et les corrections d’adresse sont annoncés sans prendre le focus.' },
		{ id: '8.3', topic: 'Langue par défaut', by: 'automatique', verdict: 'respecté', note: 'lang="fr" sur chaque page.' },
		{ id: '8.5', topic: 'Titre de page', by: 'automatique', verdict: 'respecté', note: '' },
		{ id: '8.6', topic: 'Pertinence du titre de page', by: 'manuel', verdict: 'respecté', note: 'Le titre nomme l’indicateur affiché, le territoire du portrait ou la page.' },
		{ id: '8.7', topic: 'Changements de langue', by: 'manuel', verdict: 'non respecté', note: 'Le nom « Map » de la zone de dessin de la carte est en anglais sans indication de langue.' },
		{ id: '9.1', topic: 'Titres', by: 'automatique et manuel', verdict: 'respecté', note: 'Un titre de niveau 1 par page, puis une hiérarchie suivie ; une carte intégrée sans titre (option titre=0) n’en a aucun, à la demande de la page qui l’accueille.' },
		{ id: '9.2', topic: 'Structure du document', by: 'manuel', verdict: 'non respecté', note: 'La carte intégrée n’a pas de zone principale (main) ; les autres pages en ont une.' },
		{ id: '9.3', topic: 'Listes', by: 'automatique', verdict: 'respecté', note: '' },
		{ id: '10.7', topic: 'Focus visible', by: 'manuel', verdict: 'respecté', note: 'Un contour de 3 px sur les éléments du site ; un halo bleu sur les boutons de zoom.' },
		{ id: '10.11', topic: 'Pas de défilement horizontal à 320 pixels', by: 'manuel', verdict: 'respecté', note: 'Vérifié par les tests à 320 et 360 pixels sur chaque page, et jusqu’à 280 pixels pour la carte intégrée.' },
		{ id: '11.1', topic: 'Étiquette des champs', by: 'automatique', verdict: 'respecté', note: '' },
		{ id: '11.2', topic: 'Pertinence des étiquettes', by: 'manuel', verdict: 'respecté', note: '' },
		{ id: '11.5', topic: 'Regroupement des champs de même nature', by: 'manuel', verdict: 'respecté', note: 'Les options d’intégration sont groupées avec une légende (fieldset).' },
		{ id: '12.7', topic: 'Lien d’évitement', by: 'manuel', verdict: 'non respecté', note: 'Aucune page n’a de lien « Aller au contenu ».' },
		{ id: '12.8', topic: 'Ordre de tabulation', by: 'manuel', verdict: 'respecté', note: 'Voir le parcours au clavier.' },
		{ id: '12.9', topic: 'Pas de piège au clavier', by: 'manuel', verdict: 'respecté', note: '' },
		{ id: '13.10', topic: 'Gestes complexes', by: 'manuel', verdict: 'respecté', note: 'Déplacer et zoomer la carte se fait aussi par les boutons, le clavier, la liste des territoires et le tableau.' }
	] as AssessedCriterion[],
	/** Known problems, with what is done about them. */
	nonConformities: [
		'Les repères des lieux cités sur la carte (14 pixels) et les boutons « Copier » de la fenêtre d’intégration (22 pixels) sont plus petits que la taille de cible de 24 pixels demandée par les WCAG 2.2 (critère 2.5.8, hors RGAA 4.1) : 6 cibles trop petites sur la carte, 8 avec la fenêtre d’intégration ouverte. Correction prévue.',
		'La zone de dessin de la carte est annoncée « Map », en anglais (critères 7.1 et 8.7). Le nom français de la carte, sur la région qui l’entoure, est annoncé juste avant.',
		'Couleurs claires de la carte et de la légende sans contour contrasté (critère 3.3) ; les motifs des données manquantes ne sont pas garantis en mode de contraste élevé de Windows. Correction prévue.',
		'Pas de lien d’évitement (critère 12.7) ; la carte intégrée n’a pas de zone principale (critère 9.2).',
		'La bulle d’un lieu cité ne se ferme pas par la touche Échap (son bouton « Fermer » reçoit le focus).'
	],
	/** Equivalent ways to get what the map shows. */
	alternatives: [
		'Le tableau (bouton « Tableau ») : les mêmes chiffres que la carte, avec leur date, leur rang et leur source, triables au clavier et exportables en CSV.',
		'Le résumé en texte sous la carte : valeur la plus élevée, la plus basse, nombre de territoires renseignés et sans donnée.',
		'La liste « Choisir un département / une région » et la fiche du territoire : tous ses chiffres, chacun avec sa source.',
		'Les portraits de territoire : une page de texte par région et par département, imprimable.',
		'Les images statiques de la carte (SVG), chacune avec un texte alternatif (valeur la plus haute, la plus basse, données manquantes).',
		'Les fichiers de la page Données (CSV pour Excel, JSON) : toutes les observations et leurs sources.'
	],
	defenseurDesDroits: {
		form: 'https://formulaire.defenseurdesdroits.fr/',
		delegates: 'https://www.defenseurdesdroits.fr/carte-des-delegues',
		address: ['Défenseur des droits', 'Libre réponse 71120', '75342 Paris CEDEX 07']
	}
} as const;

/** « Accessibilité : non conforme », as the footer of every page says it. */
export const STATUS_LINE = `Accessibilité : ${STATEMENT.status}`;
