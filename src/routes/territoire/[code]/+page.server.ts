import { error } from '@sveltejs/kit';
import { getModel } from '$lib/server/model';
import { buildProfile, parseProfileSlug, profileSlugs } from '$lib/publish/portrait';
import { socialMeta, territorySlug } from '$lib/server/social-pages';
import type { EntryGenerator, PageServerLoad } from './$types';

/** The 119 profiles: `/territoire/73/` (département), `/territoire/region-84/` (région). */
export const entries: EntryGenerator = () => profileSlugs().map((code) => ({ code }));

// Only this territory's profile travels with the page (figures, comparisons, cited sources,
// sites), a few kilobytes — never the whole model.
export const load: PageServerLoad = ({ params }) => {
	const territory = parseProfileSlug(params.code);
	if (!territory) error(404, `Territoire inconnu : « ${params.code.slice(0, 40)} »`);
	return { profile: buildProfile(getModel(), territory.level, territory.code), social: socialMeta(getModel(), territorySlug(params.code)) };
};
