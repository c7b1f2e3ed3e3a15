import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { LayerSpecification } from 'maplibre-gl';
import { geometryFromTopology } from '../../../src/lib/map/geometry';
import { buildStyle, levelAdditions, LEVEL_LAYERS, type Level } from '../../../src/lib/map/map-style';

const geo = geometryFromTopology(JSON.parse(readFileSync('static/geo/france.topo.json', 'utf8')));
const ids = (layers: LayerSpecification[]) => layers.map((l) => l.id);
const visibility = (l: LayerSpecification | undefined) => (l?.layout as { visibility?: string } | undefined)?.visibility ?? 'visible';

describe('the style at its first level', () => {
	it.each([
		['departement', ['frames', 'departements', 'paris', 'region-borders']],
		['region', ['frames', 'regions', 'departements', 'region-borders']]
	] as const)('%s: loads only the sources that level draws', (level, sources) => {
		expect(Object.keys(buildStyle(geo, level).sources).sort()).toEqual([...sources].sort());
	});

	it.each(['departement', 'region'] as const)('%s: every layer’s source is in the style', (level) => {
		const style = buildStyle(geo, level);
		const sourced = style.layers.flatMap((l) => ('source' in l ? [{ layer: l.id, source: String(l.source) }] : []));
		expect(sourced).not.toEqual([]);
		expect(sourced.filter((l) => !(l.source in style.sources))).toEqual([]);
	});

	it('shows the level’s fills and outlines, hides its pattern and highlight layers', () => {
		const layers = buildStyle(geo, 'departement').layers;
		const byId = new Map(layers.map((l) => [l.id, l]));
		expect(visibility(byId.get('departements-fill'))).toBe('visible');
		expect(visibility(byId.get('paris-outline'))).toBe('visible');
		expect(visibility(byId.get('departements-hatch'))).toBe('none');
		expect(visibility(byId.get('departements-marked'))).toBe('none');
		// Drawn at both levels: the départements' lines and the borders between régions.
		expect(ids(layers)).toEqual(expect.arrayContaining(['departements-line', 'region-borders']));
		expect(ids(layers).filter((id) => id.startsWith('regions-'))).toEqual([]);
	});
});

describe('adding the other level when it is first shown', () => {
	/** Applies the additions as FranceMap does: addSource, then addLayer(layer, before). */
	function switchTo(from: Level, to: Level) {
		const style = buildStyle(geo, from);
		const layers = ids(style.layers);
		const sources = new Set(Object.keys(style.sources));
		const add = levelAdditions(geo, to, { layer: (id) => layers.includes(id), source: (id) => sources.has(id) });
		/** Layers asked to go under a layer that is not there (MapLibre would throw). */
		const underMissing: string[] = [];
		for (const { layer, before } of add.layers) {
			if (before !== undefined && !layers.includes(before)) underMissing.push(`${layer.id} under ${before}`);
			layers.splice(before === undefined ? layers.length : layers.indexOf(before), 0, layer.id);
		}
		return { add, layers, underMissing };
	}

	it.each([
		['departement', 'region'],
		['region', 'departement']
	] as const)('%s → %s puts each added layer under one that exists', (from, to) => {
		const { add, underMissing } = switchTo(from, to);
		expect(add.layers.filter((l) => l.before !== undefined)).not.toEqual([]);
		expect(underMissing).toEqual([]);
	});

	it.each([
		['departement', 'region', ['regions']],
		['region', 'departement', ['paris']]
	] as const)('%s → %s adds only the missing sources', (from, to, sources) => {
		expect(Object.keys(switchTo(from, to).add.sources)).toEqual(sources);
	});

	it.each([
		['departement', 'region'],
		['region', 'departement']
	] as const)('%s → %s ends with every layer, in the drawing order of both styles', (from, to) => {
		const { layers } = switchTo(from, to);
		for (const level of ['departement', 'region'] as const) {
			const own = ids(buildStyle(geo, level).layers);
			expect(layers.filter((id) => own.includes(id))).toEqual(own);
		}
		expect(layers).toEqual(expect.arrayContaining([...LEVEL_LAYERS.departement, ...LEVEL_LAYERS.region]));
		expect(new Set(layers).size).toBe(layers.length);
	});

	it('adds the layers hidden (the map then shows what the view uses)', () => {
		for (const { layer } of switchTo('departement', 'region').add.layers) expect(visibility(layer), layer.id).toBe('none');
	});

	it('adds nothing when the level is already there', () => {
		const { add } = switchTo('departement', 'departement');
		expect(add.layers).toEqual([]);
		expect(add.sources).toEqual({});
	});
});
