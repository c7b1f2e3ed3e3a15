import { pictureSvg, viewSvgRoute } from '$lib/server/static-map';

export const prerender = true;

/** The map picture of every view the explorer can show (see publish/map-picture). */
export const { entries, GET } = viewSvgRoute(pictureSvg, 'Image de carte');
