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

export function ownSiteLines(list: SiteList, site: SiteList['sites'][number]): string[] {
	return [
		// First: what the list beside the map shows next to the name.
		site.kind ? `${site.kind} (votre liste)` : 'Lieu de votre liste',
		`De votre fichier « ${list.fileName} », ligne ${site.line} (importé le ${formatDate(list.importedAt.slice(0, 10))})`,
		'Non vérifié par Ségur Territoires ; gardé dans ce navigateur seulement'
	];
}

export function ownSiteMarkers(lists: readonly SiteList[]): MapSite[] {
	return lists.flatMap((list) =>
		list.sites.map((s) => {
			const [lon, lat] = placePoint([s.lon, s.lat]);
			return { id: `${OWN_SITE_PREFIX}${list.id}:${s.id}`, lon, lat, title: s.name, lines: ownSiteLines(list, s) };
		})
	);
}
