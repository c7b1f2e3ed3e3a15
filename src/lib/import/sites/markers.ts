/**
 * A user's site lists as the explorer's clustered sites layer draws them: overseas sites
 * moved into their inset like the bundled ones, ids that cannot meet a bundled site's, and a
 * popup that says where the site comes from and that the site did not check it.
 */
import { placePoint } from '../../geo/placement';
import { formatDate } from '../../domain/format';
import type { MapSite } from '../../map/site-features';
import type { SiteList } from './site-list';

/** Every id of an imported site starts so (bundled sites' ids are slugs without `:`). */
export const OWN_SITE_PREFIX = 'mes-lieux:';

/** Where a list comes from: kept in this browser, or carried by the link that was opened. */
export type ListOrigin = 'kept' | 'link';

export function ownSiteLines(list: SiteList, site: SiteList['sites'][number], origin: ListOrigin = 'kept'): string[] {
	const imported = `ligne ${site.line} (importé le ${formatDate(list.importedAt.slice(0, 10))})`;
	return origin === 'kept'
		? [
				// First: what the list beside the map shows next to the name.
				site.kind ? `${site.kind} (votre liste)` : 'Lieu de votre liste',
				`De votre fichier « ${list.fileName} », ${imported}`,
				'Non vérifié par Ségur Territoires ; gardé dans ce navigateur seulement'
			]
		: [
				site.kind ? `${site.kind} (liste reçue par lien)` : 'Lieu d’une liste reçue par lien',
				`Du fichier « ${list.fileName} », ${imported}`,
				'Apporté par le lien, non vérifié par Ségur Territoires'
			];
}

export function ownSiteMarkers(lists: readonly SiteList[], origin: ListOrigin = 'kept'): MapSite[] {
	return lists.flatMap((list) =>
		list.sites.map((s) => {
			const [lon, lat] = placePoint([s.lon, s.lat]);
			return { id: `${OWN_SITE_PREFIX}${list.id}:${s.id}`, lon, lat, title: s.name, lines: ownSiteLines(list, s, origin) };
		})
	);
}
