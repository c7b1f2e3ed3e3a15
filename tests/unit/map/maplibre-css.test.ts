import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { trimMaplibreCss, UNUSED_MAPLIBRE_CLASSES } from '../../../src/lib/map/maplibre-css';

const require = createRequire(import.meta.url);
const full = readFileSync(require.resolve('maplibre-gl/dist/maplibre-gl.css'), 'utf8');
const trimmed = trimMaplibreCss(full);

describe('MapLibre stylesheet without the controls the map never adds', () => {
	it('keeps the rules of the map, the zoom buttons, the compact attribution, popups and markers', () => {
		for (const cls of [
			'maplibregl-map',
			'maplibregl-canvas-container',
			'maplibregl-ctrl-top-right',
			'maplibregl-ctrl-bottom-right',
			'maplibregl-ctrl-group',
			'maplibregl-ctrl-zoom-in',
			'maplibregl-ctrl-zoom-out',
			'maplibregl-ctrl-attrib',
			'maplibregl-ctrl-attrib-button',
			'maplibregl-compact',
			'maplibregl-popup',
			'maplibregl-popup-tip',
			'maplibregl-popup-close-button',
			'maplibregl-marker',
			'maplibregl-boxzoom'
		])
			expect(trimmed, cls).toMatch(new RegExp(`\\.${cls}(?![\\w-])`));
	});

	it.each(UNUSED_MAPLIBRE_CLASSES)('drops maplibregl-%s', (cls) => {
		expect(full).toContain(`.maplibregl-${cls}`);
		expect(trimmed).not.toContain(`.maplibregl-${cls}`);
	});

	it('leaves no empty rule or at-rule, and is a fraction of the original', () => {
		expect(trimmed).not.toMatch(/\{\s*\}/);
		expect(gzipSync(trimmed).length).toBeLessThan(gzipSync(full).length / 2);
	});

	it('is kept in step with the MapLibre classes the map imports', () => {
		// Adding a control (GeolocateControl, ScaleControl…) means taking its rules off the
		// list of unused classes in src/lib/map/maplibre-css.ts.
		// Every module of the map, since markers and popups live beside the component.
		const files = readdirSync('src/lib/map').filter((f) => /\.(ts|svelte)$/.test(f));
		const imports = files.flatMap((f) =>
			[...readFileSync(`src/lib/map/${f}`, 'utf8').matchAll(/import \{([^}]+)\} from 'maplibre-gl';/g)].flatMap((m) => m[1]!.split(',').map((s) => s.trim().split(' ')[0]))
		);
		const source = readFileSync('src/lib/map/FranceMap.svelte', 'utf8');
		expect([...new Set(imports)].sort()).toEqual(['AttributionControl', 'Map', 'Marker', 'NavigationControl', 'Popup', 'prewarm', 'setWorkerUrl']);
		expect(source).toContain('new NavigationControl({ showCompass: false })');
		expect(source).toContain('new AttributionControl({ compact: true');
	});
});
