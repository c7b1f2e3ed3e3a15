/**
 * A site list carried by a link (`#lieux=`), like a dataset (`../fragment.ts`): the same
 * compression and limit, and the same check as a list read back from this browser's storage
 * (`checkSiteList`), so a link cut or edited by hand is refused in French, never drawn half-valid.
 */
import { decodePayload, encodePayload, fitsInLink, fragmentFor, MAX_FRAGMENT_CHARS, payloadOf, SITES_FRAGMENT_KEY } from '../fragment';
import { checkSiteList, type SiteList } from './site-list';

export type SharedSites = { ok: true; link: string; chars: number } | { ok: false; chars: number; limit: number };

/** `siteRoot`: absolute URL of the explorer (ending with `/`). */
export async function shareSiteList(list: SiteList, siteRoot: string): Promise<SharedSites> {
	const payload = await encodePayload(list);
	const fragment = fragmentFor(payload, SITES_FRAGMENT_KEY);
	if (!fitsInLink(payload, SITES_FRAGMENT_KEY)) return { ok: false, chars: fragment.length, limit: MAX_FRAGMENT_CHARS };
	return { ok: true, link: `${siteRoot}${fragment}`, chars: fragment.length };
}

/** The site list a URL fragment carries: none, the list, or a French reason. */
export async function siteListInLink(hash: string): Promise<{ ok: true; list: SiteList | null } | { ok: false; error: string }> {
	const payload = payloadOf(hash, SITES_FRAGMENT_KEY);
	if (payload === null) return { ok: true, list: null };
	const d = await decodePayload(payload, 'Les lieux du lien');
	if (!d.ok) return d;
	const r = checkSiteList(d.json);
	return r.ok ? r : { ok: false, error: `Les lieux du lien sont illisibles : ${r.error} (lien coupé ou modifié ?).` };
}
