/**
 * The explorer's side of the user's own site lists: nothing is loaded unless a list is kept
 * in this browser (`hasSiteLists`, without opening the database) or carried by the link
 * (`#lieux=`); then the lists and their markers for the sites layer, added to the bundled
 * sites. A list from a link is shown, not kept, until the person chooses to keep it.
 */
import { hasSiteLists } from '../probe';
import type { MapSite } from '../../map/site-features';
import type { SiteList } from './site-list';

export class OwnSites {
	markers = $state.raw<MapSite[]>([]);
	/** The files the kept sites come from, for the notice beside the map. */
	files = $state.raw<string[]>([]);
	/** The list the link carries, if any (not kept in this browser unless asked). */
	shared = $state.raw<SiteList | null>(null);
	sharedSaved = $state(false);
	error = $state('');

	async load(hash = ''): Promise<void> {
		if (!(await hasSiteLists(hash))) return;
		try {
			const [{ listSiteLists }, { ownSiteMarkers }, { siteListInLink }] = await Promise.all([import('./storage'), import('./markers'), import('./share-sites')]);
			const fromLink = await siteListInLink(hash);
			if (!fromLink.ok) this.error = fromLink.error;
			// Opening the database creates it: only when this browser keeps lists already.
			const lists = (await hasSiteLists()) ? await listSiteLists() : [];
			// The link's list, when this browser keeps it already, is drawn once.
			const shared = fromLink.ok && fromLink.list && !lists.some((l) => l.id === fromLink.list!.id) ? fromLink.list : null;
			this.shared = shared;
			this.sharedSaved = !!(fromLink.ok && fromLink.list && !shared);
			this.files = lists.map((l) => l.fileName);
			this.markers = [...ownSiteMarkers(lists), ...(shared ? ownSiteMarkers([shared], 'link') : [])];
		} catch {
			this.error = 'Vos listes de lieux enregistrées dans ce navigateur n’ont pas pu être lues.';
		}
	}

	/** Keeps the link's list in this browser. */
	async keepShared(): Promise<void> {
		if (!this.shared) return;
		const { saveSiteList } = await import('./storage');
		await saveSiteList(this.shared);
		this.sharedSaved = true;
	}
}
