/**
 * The explorer's side of the user's own site lists: nothing is loaded unless a list is kept
 * in this browser (`hasSiteLists`, without opening the database); then the lists and their
 * markers for the sites layer, added to the bundled sites.
 */
import { hasSiteLists } from '../probe';
import type { MapSite } from '../../map/site-features';

export class OwnSites {
	markers = $state.raw<MapSite[]>([]);
	/** The files the sites come from, for the notice beside the map. */
	files = $state.raw<string[]>([]);
	error = $state('');

	async load(): Promise<void> {
		if (!(await hasSiteLists())) return;
		try {
			const [{ listSiteLists }, { ownSiteMarkers }] = await Promise.all([import('./storage'), import('./markers')]);
			const lists = await listSiteLists();
			this.files = lists.map((l) => l.fileName);
			this.markers = ownSiteMarkers(lists);
		} catch {
			this.error = 'Vos listes de lieux enregistrées dans ce navigateur n’ont pas pu être lues.';
		}
	}
}
