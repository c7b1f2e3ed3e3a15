import type { Handle } from '@sveltejs/kit';
import { firstInHead, mapPreloads, picturePreload } from '$lib/server/map-preload';

/**
 * Pages that show a map picture ask for it first (high priority), and hint the browser at
 * the interactive map's code (low priority).
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => {
			if (!html.includes('data-testid="map-picture"') || !html.includes('</head>')) return html;
			const depth = event.url.pathname.split('/').filter(Boolean).length;
			return firstInHead(html, picturePreload(html)).replace('</head>', `${mapPreloads(html, depth)}</head>`);
		}
	});
