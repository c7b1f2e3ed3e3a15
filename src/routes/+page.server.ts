import { getModel } from '$lib/server/model';
import { explorerPageData } from '$lib/server/page-data';
import { EXPLORER_SLUG, socialMeta } from '$lib/server/social-pages';
import { DEFAULT_INDICATOR } from '$lib/url/view-state';

// Read and validated once at build time; the prerendered page carries its view's figures
// only (the whole model is `donnees/modele.json`, read after the first paint).
export const load = () => ({ ...explorerPageData(getModel(), DEFAULT_INDICATOR), social: socialMeta(getModel(), EXPLORER_SLUG) });
