/**
 * The territory under the pointer: outlined through feature-state (`hover`), described by
 * plain-text lines that the map shows as a tooltip (text, never HTML).
 */
import type { Map as MlMap, MapGeoJSONFeature, MapMouseEvent } from 'maplibre-gl';

export interface HoverTip {
	/** Pointer position in the map's CSS pixels. */
	x: number;
	y: number;
	lines: string[];
}

export interface HoverOptions {
	/** Layers whose features answer the pointer. */
	layers: string[];
	describe: (code: string, name: string) => string[];
	/** Whether a click does something (a pointer cursor then). */
	clickable: () => boolean;
	ontip: (tip: HoverTip | null) => void;
}

/** One listener each for all the layers: one feature query per pointer event. */
export function trackHover(m: MlMap, { layers, describe, clickable, ontip }: HoverOptions): void {
	let hovered: { source: string; id: string } | null = null;
	const clear = () => {
		if (hovered) m.setFeatureState(hovered, { hover: false });
		hovered = null;
		ontip(null);
		m.getCanvas().style.cursor = '';
	};
	m.on('mousemove', layers, (ev: MapMouseEvent & { features?: MapGeoJSONFeature[] }) => {
		const f = ev.features?.[0];
		if (!f || f.id === undefined) return;
		const id = String(f.id);
		if (!hovered || hovered.id !== id || hovered.source !== f.source) {
			clear();
			hovered = { source: f.source, id };
			m.setFeatureState({ source: f.source, id }, { hover: true });
		}
		m.getCanvas().style.cursor = clickable() ? 'pointer' : '';
		const lines = describe(id, String(f.properties.nom));
		ontip(lines.length ? { x: ev.point.x, y: ev.point.y, lines } : null);
	});
	m.on('mouseleave', layers, clear);
}
