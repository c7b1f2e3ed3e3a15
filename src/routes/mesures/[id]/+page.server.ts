import { error } from '@sveltejs/kit';
import { getFullModel, getModel } from '$lib/server/model';
import { measureSlug, socialMeta } from '$lib/server/social-pages';
import { followUpRows } from '$lib/measures/follow-up';
import { measureDetail } from '$lib/measures/detail-view';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One page per Ségur measure (`/mesures/26/`), the digital axis and each chantier (`/mesures/ms2022-c1/`). */
export const entries: EntryGenerator = () => followUpRows(getFullModel()).map((m) => ({ id: m.id }));

export const load: PageServerLoad = ({ params }) => {
	const model = getFullModel();
	const order = followUpRows(model).map((m) => m.id);
	const detail = order.includes(params.id) ? measureDetail(model, params.id, order) : undefined;
	if (!detail) error(404, `Mesure inconnue : « ${params.id.slice(0, 40)} »`);
	return { detail, social: socialMeta(getModel(), measureSlug(params.id)) };
};
