import { getModel } from '$lib/server/model';
import { EXPLORER_SLUG, socialMeta } from '$lib/server/social-pages';

// Read and validated once at build time; the prerendered page carries the model.
export const load = () => ({ model: getModel(), social: socialMeta(getModel(), EXPLORER_SLUG) });
