/**
 * Sites as a WebGL layer: a clustered GeoJSON source (clusters are made in MapLibre's
 * worker, so 20 000 sites cost no more DOM than 20), a popup of plain text for a site, a
 * click on a cluster zooms in (or lists its sites when they share a position), and the sites
 * in view reported for the list beside the map, which keyboard and screen-reader users use.
 */
import { Popup } from 'maplibre-gl';
import type { GeoJSONSource, Map as MlMap, MapGeoJSONFeature, MapMouseEvent, PointLike } from 'maplibre-gl';
import {
	clusterLabel,
	COUNT_IMAGE_PREFIX,
	SITE_CLICKABLE,
	SITE_LAYERS,
	SITE_SOURCE,
	siteLayers,
	siteSource,
	sitesCollection,
	sitesWithin,
	type MapSite
} from './site-features';

/** A cluster that cannot be split (its sites share a position) lists at most this many. */
const LIST_MAX = 30;

/** The popup's content, built with textContent only: names and sources are data, never HTML. */
function popupContent(members: readonly MapSite[], more = 0): HTMLElement {
	const box = document.createElement('div');
	box.className = 'site-popup';
	for (const s of members) {
		const h = document.createElement('h3');
		h.textContent = s.title;
		box.append(h);
		for (const line of s.lines) {
			const p = document.createElement('p');
			p.textContent = line;
			box.append(p);
		}
	}
	if (more > 0) {
		const p = document.createElement('p');
		p.className = 'site-popup-more';
		p.textContent = `et ${more} autre(s) lieu(x) au même endroit : zoomez ou voyez la liste des lieux visibles.`;
		box.append(p);
	}
	return box;
}

/** A cluster's number as an image (white on the cluster's disc), at the screen's pixel ratio. */
function countImage(text: string): { width: number; height: number; data: Uint8Array } | null {
	const ratio = Math.max(1, Math.round(window.devicePixelRatio || 1));
	const font = `700 ${11 * ratio}px system-ui, sans-serif`;
	const probe = document.createElement('canvas').getContext('2d');
	if (!probe) return null;
	probe.font = font;
	const width = Math.ceil(probe.measureText(text).width) + 2 * ratio;
	const height = 14 * ratio;
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	const ctx = canvas.getContext('2d');
	if (!ctx) return null;
	ctx.font = font;
	ctx.fillStyle = '#ffffff';
	ctx.textAlign = 'center';
	ctx.textBaseline = 'middle';
	ctx.fillText(text, width / 2, height / 2 + ratio * 0.5);
	return { width, height, data: new Uint8Array(ctx.getImageData(0, 0, width, height).data.buffer) };
}

export interface SiteLayer {
	/** Shows these sites (again only when they differ from the ones shown). */
	show(sites: readonly MapSite[]): void;
	/** Opens a site's popup (from the list); focus goes back to `from` when it closes. */
	open(id: string, from?: HTMLElement): void;
	/** Whether a site or cluster is under this point (a click there is not a territory's). */
	hit(point: PointLike): boolean;
	/** The id of the layer drawn first, for layers to be added under the sites. */
	readonly bottom: string;
}

export function siteLayer(m: MlMap, onvisible: (sites: MapSite[]) => void): SiteLayer {
	let sites: readonly MapSite[] = [];
	let byId = new Map<string, MapSite>();
	let shownKey = '';
	let popup: Popup | undefined;
	let firstShown = false;
	const ratio = () => Math.max(1, Math.round(window.devicePixelRatio || 1));

	m.addSource(SITE_SOURCE, siteSource([]));
	for (const layer of siteLayers()) m.addLayer(layer);
	// A cluster's number is drawn the first time a tile needs it (before the tile is laid out).
	m.setMissingStyleImageResolver((id) => {
		if (!id.startsWith(COUNT_IMAGE_PREFIX) || m.hasImage(id)) return;
		const image = countImage(clusterLabel(Number(id.slice(COUNT_IMAGE_PREFIX.length))));
		if (image) m.addImage(id, image, { pixelRatio: ratio() });
	});

	function report() {
		const b = m.getBounds();
		onvisible(
			sitesWithin(sites, [
				[b.getWest(), b.getSouth()],
				[b.getEast(), b.getNorth()]
			])
		);
	}
	m.on('moveend', report);

	function openAt(at: [number, number], members: MapSite[], more = 0, from?: HTMLElement) {
		popup?.remove();
		const opened = new Popup({ maxWidth: '320px', focusAfterOpen: true }).setLngLat(at).setDOMContent(popupContent(members, more)).addTo(m);
		popup = opened;
		// Escape closes it, as it would a dialog; focus then goes back where it came from.
		opened.getElement().addEventListener('keydown', (ev) => {
			if (ev.key === 'Escape') opened.remove();
		});
		if (from) opened.once('close', () => from.isConnected && from.focus());
	}

	m.on('click', SITE_LAYERS.points, (ev: MapMouseEvent & { features?: MapGeoJSONFeature[] }) => {
		const site = byId.get(String(ev.features?.[0]?.properties.id));
		if (site) openAt([site.lon, site.lat], [site]);
	});
	m.on('click', SITE_LAYERS.clusters, async (ev: MapMouseEvent & { features?: MapGeoJSONFeature[] }) => {
		const f = ev.features?.[0];
		const source = m.getSource<GeoJSONSource>(SITE_SOURCE);
		if (!f || !source || f.geometry.type !== 'Point') return;
		const clusterId = Number(f.properties.cluster_id);
		const count = Number(f.properties.point_count);
		const at = f.geometry.coordinates as [number, number];
		const zoom = await source.getClusterExpansionZoom(clusterId);
		if (zoom <= m.getMaxZoom() && zoom > m.getZoom()) m.easeTo({ center: at, zoom });
		else {
			const leaves = await source.getClusterLeaves(clusterId, LIST_MAX, 0);
			const members = leaves.map((l) => byId.get(String(l.properties?.id))).filter((s): s is MapSite => !!s);
			openAt(at, members, count - members.length);
		}
	});
	for (const id of SITE_CLICKABLE) {
		m.on('mouseenter', id, () => (m.getCanvas().style.cursor = 'pointer'));
		m.on('mouseleave', id, () => (m.getCanvas().style.cursor = ''));
	}

	return {
		bottom: SITE_LAYERS.clusters,
		show(next) {
			const key = next.map((x) => `${x.id}@${x.lon},${x.lat}`).join(';');
			if (key === shownKey) return;
			shownKey = key;
			sites = next;
			byId = new Map(next.map((s) => [s.id, s]));
			popup?.remove();
			m.getSource<GeoJSONSource>(SITE_SOURCE)?.setData(sitesCollection(next));
			if (next.length && !firstShown) {
				// Read by `npm run bench` (sites at scale): first sites given, then drawn.
				firstShown = true;
				performance.mark('segur:sites-shown');
				m.once('idle', () => performance.mark('segur:sites-idle'));
			}
			report();
		},
		open(id, from) {
			const site = byId.get(id);
			if (site) openAt([site.lon, site.lat], [site], 0, from);
		},
		hit(point) {
			return sites.length > 0 && m.queryRenderedFeatures(point, { layers: SITE_CLICKABLE }).length > 0;
		}
	};
}
