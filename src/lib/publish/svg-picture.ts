/**
 * The map's *picture*: the map alone, framed exactly as the interactive map frames it on
 * opening (the layout's bounds fitted into the box, same Web Mercator transform), drawn by
 * the same layers as the SVG export (`svg-layers.ts`), and shown by the pages until
 * MapLibre is ready. Pure: a string from plain data, the same in Node and in the browser.
 */
import type { MapGeometry } from '../map/geometry';
import { COLORS } from '../map/map-style';
import { escapeXml, fitProjection, frameEdges, framesAt, mapLayers, num, patternDefs } from './svg-layers';
import type { SvgMapInput } from './svg-map';

/** Width of a picture's drawing in its own units: it is scaled to its box, like the map. */
export const PICTURE_WIDTH = 1000;

/** Where an inset frame's name goes on the picture: its frame's top-left corner and size. */
export interface PictureInset {
	id: string;
	label: string;
	/** Picture units, from the top-left corner of the layout. */
	x: number;
	y: number;
	width: number;
	height: number;
}

/**
 * The map's frame on opening, in picture units: the layout's bounds (metropolitan France
 * and its insets) fitted into a box {@link PICTURE_WIDTH} wide with the Web Mercator
 * transform of `renderSvgMap` (svg-map.ts). Scaled uniformly and centred in the map's area less the
 * map's padding, it covers exactly what MapLibre's `fitBounds` shows there.
 */
export interface PictureFrame {
	width: number;
	height: number;
	/** Where the interactive map writes each inset's name (top-left corner of its frame). */
	insets: PictureInset[];
}

export function pictureFrame(geometry: MapGeometry, width = PICTURE_WIDTH): PictureFrame {
	const project = fitProjection(geometry.bounds, 0, 0, width);
	const insets = geometry.frames.features.map((f) => {
		const { left, right, top, bottom } = frameEdges(f, project);
		return { id: f.properties.id, label: f.properties.label, x: left, y: top, width: right - left, height: bottom - top };
	});
	return { width, height: project.height, insets };
}

export interface MapPictureInput extends Pick<SvgMapInput, 'geometry' | 'level' | 'fills' | 'names' | 'title' | 'alt'> {}

/**
 * The map alone, in {@link pictureFrame}: sea, frames, territories and borders drawn by the
 * same code as `renderSvgMap` (svg-map.ts), without title, legend, source or inset names (the page
 * writes those as text). A style sheet of its own makes lines look as the map's do: widths
 * in screen pixels whatever size the picture is shown at, inset frames outlined plainly.
 */
export function renderMapPicture(input: MapPictureInput): string {
	const frame = pictureFrame(input.geometry);
	const project = fitProjection(input.geometry.bounds, 0, 0, frame.width);
	const { cadres, territoires, paris, limites } = mapLayers(input, project, framesAt(input.geometry, input.level));
	const W = num(frame.width);
	const H = num(frame.height);
	const group = (id: string, body: string[]) => [`<g id="${id}">`, ...body, '</g>'];
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" preserveAspectRatio="xMidYMid meet" xml:lang="fr" lang="fr" role="img" aria-labelledby="svg-titre svg-desc">`,
		`<title id="svg-titre">${escapeXml(input.title)}</title>`,
		`<desc id="svg-desc">${escapeXml(input.alt?.trim() || input.title)}</desc>`,
		// Lines as the map draws them: widths in screen pixels, inset frames outlined plainly.
		'<style>g path{vector-effect:non-scaling-stroke}#cadres path{stroke-dasharray:none}</style>',
		...patternDefs(),
		...group('fond', [`<rect x="0" y="0" width="${W}" height="${H}" fill="${COLORS.sea}"/>`]),
		...group('cadres', cadres),
		...group('territoires', territoires),
		...(input.level === 'departement' ? group('paris', paris) : []),
		...group('limites-regions', limites),
		'</svg>',
		''
	].join('\n');
}
