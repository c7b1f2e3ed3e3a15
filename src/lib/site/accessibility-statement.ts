/**
 * The facts of the accessibility statement (`/accessibilite/`), in one place: what was
 * assessed, how, what was found, and how to reach the team. The page only lays them out;
 * the footer of every page shows the status (`accessibility-status.ts`, where it is set).
 * Update this file after each assessment (and the date with it).
 *
 * No complete audit (all 106 criteria on a sample of pages) has been made yet: the status is
 * « non conforme », whatever the partial assessment below found.
 */
import { CONFORMITY_STATUS, STATUS_LINE } from './accessibility-status';

export { STATUS_LINE };
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
	status: CONFORMITY_STATUS,
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
		'Chromium 156 (Debian) piloté par Playwright 1.65, sans tête, fenêtres de 1 280 × 800, 375 × 667, 360 × 740 et 320 × 640 pixels',
		'Thème clair et thème sombre (réglage « prefers-color-scheme » du système), et couleurs forcées (« forced-colors: active », le mode de contraste élevé de Windows), émulés par Playwright',
		'axe-core 4.13 (par @axe-core/playwright), règles WCAG 2.0, 2.1 et 2.2 niveaux A et AA, et bonnes pratiques d’axe-core',
		'Aucun lecteur d’écran n’était disponible sur la machine de test (ni NVDA, ni JAWS, ni VoiceOver) : à la place, l’arbre d’accessibilité que le navigateur transmet aux lecteurs d’écran a été relevé (noms, rôles et ordre de lecture, par l’instantané d’accessibilité de Playwright)'
	],
	pages: [
		'la carte (/) en vue « Carte », avec un territoire sélectionné, avec une comparaison et un filtre d’écarts',
		'la vue « Tableau » (/?vue=tableau)',
		'la fenêtre « Intégrer / exporter » (constructeur de carte intégrée)',
		'la liste des portraits (/territoire/), des portraits de département (/territoire/73/, /territoire/33/) et de région (/territoire/region-84/, /territoire/region-93/)',
		'la page Données (/donnees/)',
		'des cartes intégrées (/embed/sas_pilote/, et une carte par région avec la légende en bas)',
		'la page « Page introuvable » (celle du site et celle que sert l’hébergeur) et la présente déclaration'
	],
	automated:
		'Les tests du projet passent axe-core sur chaque type de page à chaque modification, en thème clair et en thème sombre, et sur un écran de téléphone ; ils vérifient aussi, dans les deux thèmes, que le contour du focus est visible (3 pixels, contraste d’au moins 3:1) sur les liens, boutons, listes, champs et commandes de la carte, et que les pastilles de couleur de la légende et du tableau ont un contour contrasté ; en couleurs forcées, que les motifs des pastilles restent dessinés. Les règles d’axe-core vérifient ce qu’une machine peut juger : présence d’un nom pour chaque bouton, lien, champ et image, validité des rôles et attributs ARIA, contraste du texte quand il est calculable (pas sur la carte elle-même), langue et titre de la page, structure des listes et des tableaux, unicité des repères de page, taille des cibles (WCAG 2.2). Elles ne disent pas si un nom ou une alternative est pertinent, si l’ordre de lecture a du sens, ni si tout se fait au clavier : cela a été vérifié à la main.',
	/** What was done with the keyboard alone, view by view, and what was found. */
	keyboard: [
		'Sur chaque page du site, le premier arrêt de la touche Tab est le lien « Aller au contenu », visible dès qu’il a le focus ; Entrée place le focus sur la zone principale de la page. Les cartes intégrées n’en ont pas : rien ne précède leur carte.',
		'Carte : la touche Tab parcourt l’en-tête (Intégrer / exporter, Carte, Tableau, Portraits, Données), le bandeau des chiffres nationaux, les choix (recherche, indicateur, date, options, territoire, filtre d’écarts), la carte (flèches pour la déplacer, + et − pour zoomer), chaque lieu cité, puis les boutons de zoom et le bouton des sources. L’ordre suit l’affichage ; le focus est toujours visible, dans les deux thèmes ; aucun piège.',
		'Sélectionner un territoire sans souris : par la liste « Choisir un département / une région » ou le tableau. Dans Chromium, chaque flèche dans la liste fermée sélectionne déjà le territoire suivant (la fiche change, le focus reste sur la liste).',
		'Lieux cités : la liste « Lieux cités visibles sur la carte », sous la case « Afficher les lieux cités », nomme chaque lieu de la partie affichée de la carte (cinquante à la fois) ; Entrée sur un lieu ouvre sa bulle et y place le focus, Échap la referme et rend le focus à la liste. Les lieux dessinés sur la carte ne sont pas des arrêts de tabulation.',
		'Fiche d’un territoire : Fermer, Ajouter à la comparaison, Portrait imprimable, puis les liens vers les sources, dans cet ordre.',
		'Tableau : chaque en-tête de colonne est un bouton qui trie (Entrée), l’ordre est annoncé (aria-sort) ; le nom de chaque territoire est un bouton qui le sélectionne ; le focus reste en place.',
		'Intégrer / exporter : la fenêtre s’ouvre avec le focus dedans, Tab en fait le tour (options, code, exports, aperçu) sans en sortir vers la page, Échap la ferme et rend le focus au bouton qui l’a ouverte.',
		'Portraits, Données, page introuvable, déclaration : des liens et boutons dans l’ordre de lecture, focus visible.',
		'Carte intégrée : la carte, les boutons de zoom, « Voir la carte complète ».'
	],
	/** What a screen reader would be given, as read from the accessibility tree. */
	screenReader: [
		'La carte est une région nommée « Carte : <indicateur>, par <niveau> » ; sa zone de dessin, qui prend le focus, est nommée « Carte interactive : flèches pour la déplacer, touches + et − pour zoomer ». Elle est suivie d’un résumé en texte (valeur la plus élevée, la plus basse, nombre de territoires sans donnée), annoncé quand la vue change (aria-live « polite »).',
		'Le tableau donne, pour chaque territoire, la classe de la carte en texte, à côté de sa pastille de couleur (décorative, cachée aux lecteurs d’écran).',
		'Le tableau a un titre (caption), des en-têtes de colonnes, le nom de chaque territoire en en-tête de ligne, et une cellule « Non renseigné » là où il n’y a pas de chiffre : il se lit ligne par ligne.',
		'Chaque lieu cité de la liste est un bouton nommé par le lieu ; la liste dit combien de lieux sont visibles sur combien.',
		'La légende d’une carte intégrée est une figure nommée par son titre, avec une liste des classes et de leurs effectifs.'
	],
	criteria: [
		{ id: '1.1', topic: 'Alternative textuelle des images porteuses d’information', by: 'automatique et manuel', verdict: 'respecté', note: 'La carte a un nom et un résumé textuel ; chaque image statique (SVG) a un texte alternatif (valeur la plus haute, la plus basse, données manquantes).' },
		{ id: '1.3', topic: 'Pertinence des alternatives', by: 'manuel', verdict: 'respecté', note: 'Le résumé dit ce que montre la carte : extrêmes, nombre de territoires renseignés.' },
		{ id: '2.1', topic: 'Titre des cadres', by: 'automatique', verdict: 'respecté', note: 'L’aperçu d’intégration et le code à coller ont un titre.' },
		{ id: '3.1', topic: 'Information pas seulement par la couleur', by: 'automatique et manuel', verdict: 'respecté', note: 'Chaque classe a son libellé et son effectif dans la légende ; les données manquantes ont un motif (hachures, pointillés) et un libellé, qui restent dessinés en couleurs forcées ; le tableau donne les mêmes chiffres et la classe de chaque territoire en texte.' },
		{ id: '3.2', topic: 'Contraste du texte', by: 'automatique', verdict: 'respecté', note: 'Aucun défaut relevé, en thème clair comme en thème sombre, là où axe-core peut calculer le contraste (il ne le peut pas sur la carte) ; les couleurs de chaque thème sont vérifiées deux à deux par les tests (4,5:1 pour le texte).' },
		{ id: '3.3', topic: 'Contraste des éléments graphiques (3:1)', by: 'automatique et manuel', verdict: 'non respecté', note: 'Les pastilles de la légende et du tableau ont un contour d’au moins 3:1 avec le fond, dans les deux thèmes ; sur la carte elle-même, les territoires de couleur claire ne sont séparés de leurs voisins que par un trait blanc.' },
		{ id: '5.4', topic: 'Titre des tableaux de données', by: 'automatique et manuel', verdict: 'respecté', note: 'Le tableau a un titre (caption) : indicateur et niveau.' },
		{ id: '5.6', topic: 'En-têtes de colonnes et de lignes', by: 'automatique et manuel', verdict: 'respecté', note: 'Colonnes en th, nom du territoire en en-tête de ligne.' },
		{ id: '6.1', topic: 'Liens explicites', by: 'manuel', verdict: 'respecté', note: 'Intitulés relus sur chaque page vérifiée.' },
		{ id: '6.2', topic: 'Intitulé des liens', by: 'automatique', verdict: 'respecté', note: '' },
		{ id: '7.1', topic: 'Scripts compatibles avec les technologies d’assistance', by: 'automatique et manuel', verdict: 'respecté', note: 'La zone de dessin de la carte a un nom en français qui dit comment s’en servir ; boutons, listes, fenêtre et tableau triable ont nom, rôle et état.' },
		{ id: '7.3', topic: 'Scripts utilisables au clavier', by: 'manuel', verdict: 'respecté', note: 'Tout se fait au clavier (voir le parcours) ; la bulle d’un lieu se ferme par Échap ou par son bouton.' },
		{ id: '7.5', topic: 'Messages de statut', by: 'manuel', verdict: 'respecté', note: 'Le résumé de la carte et les corrections d’adresse sont annoncés sans prendre le focus.' },
		{ id: '8.3', topic: 'Langue par défaut', by: 'automatique', verdict: 'respecté', note: 'lang="fr" sur chaque page.' },
		{ id: '8.5', topic: 'Titre de page', by: 'automatique', verdict: 'respecté', note: '' },
		{ id: '8.6', topic: 'Pertinence du titre de page', by: 'manuel', verdict: 'respecté', note: 'Le titre nomme l’indicateur affiché, le territoire du portrait ou la page.' },
		{ id: '8.7', topic: 'Changements de langue', by: 'manuel', verdict: 'respecté', note: 'Plus de nom anglais sur la carte : sa zone de dessin est nommée en français. Restent des noms propres (Natural Earth, MapLibre).' },
		{ id: '9.1', topic: 'Titres', by: 'automatique et manuel', verdict: 'respecté', note: 'Un titre de niveau 1 par page, puis une hiérarchie suivie ; une carte intégrée sans titre (option titre=0) n’en a aucun, à la demande de la page qui l’accueille.' },
		{ id: '9.2', topic: 'Structure du document', by: 'automatique et manuel', verdict: 'respecté', note: 'Chaque page, carte intégrée comprise, a une zone principale (main), et tout son contenu est dans une zone de la page.' },
		{ id: '9.3', topic: 'Listes', by: 'automatique', verdict: 'respecté', note: '' },
		{ id: '10.7', topic: 'Focus visible', by: 'automatique et manuel', verdict: 'respecté', note: 'Un contour de 3 px, d’au moins 3:1 avec le fond, dans les deux thèmes, sur les éléments du site comme sur les boutons de zoom, le bouton des sources et la zone de dessin de la carte ; en couleurs forcées, le contour prend la couleur du système.' },
		{ id: '10.11', topic: 'Pas de défilement horizontal à 320 pixels', by: 'manuel', verdict: 'respecté', note: 'Vérifié par les tests à 320 et 360 pixels sur chaque page, et jusqu’à 280 pixels pour la carte intégrée.' },
		{ id: '11.1', topic: 'Étiquette des champs', by: 'automatique', verdict: 'respecté', note: '' },
		{ id: '11.2', topic: 'Pertinence des étiquettes', by: 'manuel', verdict: 'respecté', note: '' },
		{ id: '11.5', topic: 'Regroupement des champs de même nature', by: 'manuel', verdict: 'respecté', note: 'Les options d’intégration sont groupées avec une légende (fieldset).' },
		{ id: '12.7', topic: 'Lien d’évitement', by: 'automatique et manuel', verdict: 'respecté', note: 'Un lien « Aller au contenu », premier arrêt de la touche Tab sur chaque page du site (y compris la page introuvable de l’hébergeur) ; les cartes intégrées n’ont pas de bloc à éviter.' },
		{ id: '12.8', topic: 'Ordre de tabulation', by: 'manuel', verdict: 'respecté', note: 'Voir le parcours au clavier.' },
		{ id: '12.9', topic: 'Pas de piège au clavier', by: 'manuel', verdict: 'respecté', note: '' },
		{ id: '13.10', topic: 'Gestes complexes', by: 'manuel', verdict: 'respecté', note: 'Déplacer et zoomer la carte se fait aussi par les boutons, le clavier, la liste des territoires et le tableau.' }
	] as AssessedCriterion[],
	/** Known problems, with what is done about them. */
	nonConformities: [
		'Sur la carte, les territoires de couleur claire ne sont séparés de leurs voisins que par un trait blanc, de contraste inférieur à 3:1 (critère 3.3). La légende et le tableau donnent la classe de chaque territoire en texte ; leurs pastilles ont un contour contrasté.'
	],
	/** How the site follows the reader's display settings, and what the map does there. */
	display: [
		'Thème sombre : le site suit le réglage clair ou sombre du système. En thème sombre, la carte garde son fond clair (mer et terres), comme une carte imprimée posée sur la page : ses couleurs vont du clair (peu) au foncé (beaucoup) et se lisent sur un fond clair. La bulle et les pastilles des lieux restent sombres sur clair.',
		'Couleurs forcées (mode de contraste élevé de Windows) : le texte, les fonds, les contours et le focus prennent les couleurs du système. La carte est une image calculée (WebGL) que ce mode ne modifie pas : elle garde ses couleurs et ses motifs. Les pastilles de la légende et du tableau gardent donc les mêmes couleurs et motifs qu’elle, entourées de la couleur du texte du système, pour qu’on puisse les rapprocher. Le tableau et le résumé sous la carte donnent les mêmes informations en texte.',
		'Impression : toujours en noir sur blanc, quel que soit le thème.'
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
