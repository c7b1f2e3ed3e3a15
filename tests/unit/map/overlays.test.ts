import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { geometryFromTopology } from '../../../src/lib/map/geometry';
import { frameTop } from '../../../src/lib/map/inset-labels';
import { markerFace } from '../../../src/lib/map/site-markers';

describe('markerFace: one site, or a numbered group naming its members', () => {
	it.each([
		['one site', ['CHU Grenoble Alpes'], { className: 'site-marker', text: '', label: 'Lieu : CHU Grenoble Alpes' }],
		['two sites', ['Hôpital A', 'Hôpital B'], { className: 'site-marker site-group', text: '2', label: '2 lieux : Hôpital A, Hôpital B' }],
		['a name with markup stays text', ['<b>Lieu</b>'], { className: 'site-marker', text: '', label: 'Lieu : <b>Lieu</b>' }]
	])('%s', (_, titles, face) => {
		expect(markerFace(titles.map((title) => ({ title })))).toEqual(face);
	});
});

describe('frameTop: where an inset’s name goes', () => {
	it('is the top edge of the outline', () => {
		expect(
			frameTop([
				[1, 2],
				[5, 2],
				[5, 9],
				[1, 9],
				[1, 2]
			])
		).toEqual({ west: 1, east: 5, north: 9 });
	});

	it('every inset of the committed geometry has a name and a top edge wider than zero', () => {
		const geo = geometryFromTopology(JSON.parse(readFileSync('static/geo/france.topo.json', 'utf8')));
		expect(geo.frames.features.length).toBeGreaterThan(0);
		for (const f of geo.frames.features) {
			const top = frameTop(f.geometry.coordinates[0] ?? []);
			expect(f.properties.label, f.properties.id).not.toBe('');
			expect(top.east - top.west, f.properties.id).toBeGreaterThan(0);
		}
	});
});
