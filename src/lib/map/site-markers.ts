/**
 * Site markers: HTML buttons (keyboard reachable), grouped when they would overlap on
 * screen, each opening a popup of plain text.
 */
import { Marker, Popup } from 'maplibre-gl';
import type { Map as MlMap } from 'maplibre-gl';
import { groupOverlapping } from './site-groups';

export interface MapSite {
	id: string;
	/** Position on the drawn map (overseas sites already placed in their inset). */
	lon: number;
	lat: number;
	title: string;
	/** Plain-text lines for the popup (kind, dates, status, source). */
	lines: string[];
}

/** Markers closer than this on screen (px) become one numbered marker. */
const GROUP_RADIUS = 18;

/** A marker's class, visible text and accessible name, for one site or a group. */
export function markerFace(members: readonly Pick<MapSite, 'title'>[]): { className: string; text: string; label: string } {
	if (members.length > 1)
		return { className: 'site-marker site-group', text: String(members.length), label: `${members.length} lieux : ${members.map((s) => s.title).join(', ')}` };
	return { className: 'site-marker', text: '', label: `Lieu : ${members[0]?.title ?? ''}` };
}

/** The popup's content, built with textContent only: names and sources are data, never HTML. */
function popupContent(members: readonly MapSite[]): HTMLElement {
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
	return box;
}

export interface SiteMarkers {
	/** Shows these sites (again only when they differ from the ones shown). */
	show(sites: readonly MapSite[]): void;
}

/** The map's site markers; groups are made again after each zoom (screen distances change). */
export function siteMarkers(m: MlMap): SiteMarkers {
	let sites: readonly MapSite[] = [];
	let shownKey: string | null = null;
	let markers: Marker[] = [];
	let popup: Popup | undefined;

	function open(at: [number, number], members: MapSite[]) {
		popup?.remove();
		popup = new Popup({ maxWidth: '320px', focusAfterOpen: true }).setLngLat(at).setDOMContent(popupContent(members)).addTo(m);
	}

	function place() {
		for (const mk of markers) mk.remove();
		markers = [];
		const byId = new Map(sites.map((s) => [s.id, s]));
		const groups = groupOverlapping(
			sites.map((s) => ({ id: s.id, ...m.project([s.lon, s.lat]) })),
			GROUP_RADIUS
		);
		for (const g of groups) {
			const members = g.ids.map((id) => byId.get(id)).filter((s): s is MapSite => !!s);
			const face = markerFace(members);
			const el = document.createElement('button');
			el.type = 'button';
			el.className = face.className;
			el.textContent = face.text;
			el.setAttribute('aria-label', face.label);
			el.dataset.sites = g.ids.join(' ');
			const at = m.unproject([g.x, g.y]);
			el.addEventListener('click', (ev) => {
				ev.stopPropagation();
				open([at.lng, at.lat], members);
			});
			markers.push(new Marker({ element: el }).setLngLat(at).addTo(m));
		}
	}

	m.on('zoomend', place);
	return {
		show(next) {
			const key = next.map((x) => `${x.id}@${x.lon},${x.lat}`).join(';');
			if (key === shownKey) return;
			shownKey = key;
			sites = next;
			place();
		}
	};
}
