import { staticKeySvg, viewSvgRoute } from '$lib/server/static-map';

export const prerender = true;

/** Every view the explorer can show: each level and date, and per inhabitant where offered. */
export const { entries, GET } = viewSvgRoute(staticKeySvg, 'Vue statique');
