/**
 * Floor page: the least a page can do to show the same map. MapLibre, the same
 * TopoJSON decoded with topojson-client, the départements as fills + lines, the camera
 * fitted to the same extent as the app (départements + overseas frames, same padding).
 * Marks `segur:map-idle` on the first `idle`, like the app.
 *
 * `?w=…&h=…` sizes the map container in CSS px (the bench passes the app's map size so
 * both rasterise the same number of pixels); default: the whole viewport.
 */
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Geometry, Position } from 'geojson';

maplibregl.setWorkerUrl(workerUrl);

const params = new URLSearchParams(location.search);
const container = document.getElementById('map')!;
for (const [key, prop] of [
	['w', 'width'],
	['h', 'height']
] as const) {
	const px = Number(params.get(key));
	if (px > 0) container.style[prop] = `${px}px`;
}

function extend(g: Geometry | null, box: number[]): void {
	const visit = ([x = 0, y = 0]: Position) => {
		box[0] = Math.min(box[0]!, x);
		box[1] = Math.min(box[1]!, y);
		box[2] = Math.max(box[2]!, x);
		box[3] = Math.max(box[3]!, y);
	};
	if (g?.type === 'Polygon') g.coordinates.forEach((r) => r.forEach(visit));
	else if (g?.type === 'MultiPolygon') g.coordinates.forEach((p) => p.forEach((r) => r.forEach(visit)));
}

async function main() {
	const topo = (await (await fetch('./france.topo.json')).json()) as Topology<{
		departements: GeometryCollection;
		frames: GeometryCollection;
	}>;
	const departements = feature(topo, topo.objects.departements) as FeatureCollection;
	const frames = feature(topo, topo.objects.frames) as FeatureCollection;
	const box = [Infinity, Infinity, -Infinity, -Infinity];
	for (const fc of [departements, frames]) for (const f of fc.features) extend(f.geometry, box);

	performance.mark('segur:map-create');
	const map = new maplibregl.Map({
		container,
		style: {
			version: 8,
			sources: { departements: { type: 'geojson', data: departements, promoteId: 'code' } },
			layers: [
				{ id: 'background', type: 'background', paint: { 'background-color': '#dce8f0' } },
				{ id: 'departements-fill', type: 'fill', source: 'departements', paint: { 'fill-color': '#ebe7de' } },
				{ id: 'departements-line', type: 'line', source: 'departements', paint: { 'line-color': '#ffffff', 'line-width': 1 } }
			]
		},
		bounds: [box[0]!, box[1]!, box[2]!, box[3]!],
		// Same padding as the app on a wide screen.
		fitBoundsOptions: { padding: { top: 12, right: 52, bottom: 32, left: 12 } },
		attributionControl: false,
		renderWorldCopies: false
	});
	map.once('style.load', () => performance.mark('segur:style-load'));
	map.once('idle', () => {
		performance.mark('segur:map-idle');
		(window as unknown as { floorMap: maplibregl.Map }).floorMap = map;
		container.dataset.ready = 'true';
	});
}

main().catch((e) => {
	document.body.textContent = `floor: ${e instanceof Error ? e.message : String(e)}`;
	throw e;
});
