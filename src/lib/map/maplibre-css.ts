/**
 * MapLibre's stylesheet, without the rules of the controls this app never adds.
 *
 * `maplibre-gl.css` weighs about 10 kB gzipped, four fifths of it inline SVG icons (the
 * MapLibre logo three times over, geolocation, fullscreen, globe, terrain…). The map uses
 * only NavigationControl without compass, a compact AttributionControl, Popup and Marker
 * (see the imports of the modules in map/; tests/unit/map/maplibre-css.test.ts keeps both
 * lists in step), so the rest goes at build time — about 8 kB less for every reader.
 */
import postcss from 'postcss';
import type { Plugin } from 'vite';

/** Class names (after `maplibregl-`) of what the map never shows. */
export const UNUSED_MAPLIBRE_CLASSES = [
	'ctrl-compass',
	'ctrl-fullscreen',
	'ctrl-geolocate',
	'ctrl-globe',
	'ctrl-logo',
	'ctrl-scale',
	'ctrl-shrink',
	'ctrl-terrain',
	'cooperative-gesture',
	'desktop-message',
	'marker-draggable',
	'mobile-message',
	'pseudo-fullscreen',
	'user-location'
] as const;

const UNUSED = new RegExp(`\\.maplibregl-(?:${UNUSED_MAPLIBRE_CLASSES.join('|')})`);

/** Drops every selector naming an unused class, then the rules and at-rules left empty. */
export function trimMaplibreCss(css: string): string {
	const root = postcss.parse(css);
	root.walkRules((rule) => {
		const kept = rule.selectors.filter((s) => !UNUSED.test(s));
		if (kept.length === 0) rule.remove();
		else if (kept.length < rule.selectors.length) rule.selectors = kept;
	});
	let emptied = true;
	while (emptied) {
		emptied = false;
		root.walkAtRules((at) => {
			if (at.nodes && at.nodes.length === 0) {
				at.remove();
				emptied = true;
			}
		});
	}
	return root.toString();
}

const MAPLIBRE_CSS = /[\\/]maplibre-gl[\\/]dist[\\/]maplibre-gl\.css(?:\?.*)?$/;

export function trimMaplibreCssPlugin(): Plugin {
	return {
		name: 'segur-trim-maplibre-css',
		enforce: 'pre',
		transform(code, id) {
			if (MAPLIBRE_CSS.test(id)) return { code: trimMaplibreCss(code), map: null };
		}
	};
}
