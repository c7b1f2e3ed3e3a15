import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { geometryFromTopology } from '../../../src/lib/map/geometry';
import { frameBox } from '../../../src/lib/map/inset-labels';
import { clusterLabel, siteLayers, siteSource, sitesCollection, sitesWithin, SITE_LAYERS, type MapSite } from '../../../src/lib/map/site-features';

const site = (id: string, lon: number, lat: number, title = id): MapSite => ({ id, lon, lat, title, lines: [] });

describe('clusterLabel: the number on a cluster', () => {
	it.each([
		[2, '2'],
		[999, '999'],
		[1000, '1\u202Fk'],
		[1234, '1,2\u202Fk'],
		[9999, '9,9\u202Fk'],
		[20000, '20\u202Fk']
	])('%i → %s', (count, text) => expect(clusterLabel(count)).toBe(text));
});

describe('sites as a clustered GeoJSON source', () => {
	it('one point per site, its id promoted for feature-state and popups', () => {
		const fc = sitesCollection([site('a', 2, 45), site('b', -61, 16)]);
		expect(fc.features.map((f) => [f.id, f.properties.id, f.geometry.coordinates])).toEqual([
			['a', 'a', [2, 45]],
			['b', 'b', [-61, 16]]
		]);
		expect(siteSource([])).toMatchObject({ type: 'geojson', cluster: true, promoteId: 'id' });
	});
	it('clusters, their counts (an image per count: no glyphs), then single sites', () => {
		const layers = siteLayers();
		expect(layers.map((l) => [l.id, l.type])).toEqual([
			[SITE_LAYERS.clusters, 'circle'],
			[SITE_LAYERS.counts, 'symbol'],
			[SITE_LAYERS.points, 'circle']
		]);
		expect(JSON.stringify(layers)).not.toContain('text-field');
	});
});

describe('sitesWithin: the sites the list beside the map offers', () => {
	const all = [site('z', 2, 45, 'Zénith'), site('e', 3, 46, 'École'), site('a', 20, 45, 'Ailleurs'), site('b', 2.5, 45.5, 'Bastia')];
	it.each([
		{ bounds: [[0, 40], [10, 50]] as [[number, number], [number, number]], expected: ['Bastia', 'École', 'Zénith'] },
		{ bounds: [[2.2, 45.2], [10, 50]] as [[number, number], [number, number]], expected: ['Bastia', 'École'] },
		{ bounds: [[-5, 0], [0, 1]] as [[number, number], [number, number]], expected: [] }
	])('$bounds → $expected (French order)', ({ bounds, expected }) => expect(sitesWithin(all, bounds).map((s) => s.title)).toEqual(expected));
});

describe('frameBox: where an inset’s name goes', () => {
	it('is the edges of the outline (the name at its top-left corner, or under it)', () => {
		expect(
			frameBox([
				[1, 2],
				[5, 2],
				[5, 9],
				[1, 9],
				[1, 2]
			])
		).toEqual({ west: 1, east: 5, north: 9, south: 2 });
	});

	it('every inset of the committed geometry has a name and a size', () => {
		const geo = geometryFromTopology(JSON.parse(readFileSync('static/geo/france.topo.json', 'utf8')));
		expect(geo.frames.features.length).toBeGreaterThan(0);
		for (const f of geo.frames.features) {
			const box = frameBox(f.geometry.coordinates[0] ?? []);
			expect(f.properties.label, f.properties.id).not.toBe('');
			expect(box.east - box.west, f.properties.id).toBeGreaterThan(0);
			expect(box.north - box.south, f.properties.id).toBeGreaterThan(0);
		}
	});
});
