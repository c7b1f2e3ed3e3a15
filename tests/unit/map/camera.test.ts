import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { cameraDiffers, cssPadding, fitPadding, FIT_PADDING, panLimits, type Bounds } from '../../../src/lib/map/camera';

describe('fitPadding: room for the zoom buttons and the attribution', () => {
	it.each([
		[375, { top: 8, right: 40, bottom: 26, left: 8 }],
		[599, { top: 8, right: 40, bottom: 26, left: 8 }],
		[600, { top: 12, right: 52, bottom: 32, left: 12 }],
		[1280, { top: 12, right: 52, bottom: 32, left: 12 }]
	])('%i px wide', (width, padding) => {
		expect(fitPadding(width)).toEqual(padding);
	});
});

describe('the map picture is framed with the map’s own padding', () => {
	it('writes it as CSS, and switches where the map does', () => {
		expect(cssPadding(FIT_PADDING.wide)).toBe('12px 52px 32px 12px');
		const view = readFileSync('src/lib/ui/ViewMap.svelte', 'utf8');
		expect(view).toContain(`@container carte (width < ${FIT_PADDING.narrowBelow}px)`);
		expect(view).toContain('cssPadding(FIT_PADDING.wide)');
		expect(view).toContain('cssPadding(FIT_PADDING.narrow)');
	});
});

describe('panLimits: half the layout around it, never inside the fitted view', () => {
	const layout: Bounds = [
		[-10, 40],
		[10, 50]
	];
	it.each<[string, Bounds, Bounds]>([
		[
			'a view inside the margins: the margins',
			[
				[-12, 39],
				[12, 52]
			],
			[
				[-20, 35],
				[20, 55]
			]
		],
		[
			'a tall phone view past the margins north and south: the view',
			[
				[-11, 20],
				[11, 70]
			],
			[
				[-20, 20],
				[20, 70]
			]
		],
		[
			'a wide view past the margins east and west: the view',
			[
				[-30, 41],
				[30, 49]
			],
			[
				[-30, 35],
				[30, 55]
			]
		]
	])('%s', (_, view, limits) => {
		expect(panLimits(layout, view)).toEqual(limits);
	});
});

describe('cameraDiffers: the URL rounds the camera, a rounded copy is the same camera', () => {
	const here = { lon: 2.35, lat: 46.5, zoom: 5.2 };
	it.each([
		['the same', here, false],
		['rounded by the URL', { lon: 2.3504, lat: 46.4996, zoom: 5.205 }, false],
		['another longitude', { ...here, lon: 2.36 }, true],
		['another latitude', { ...here, lat: 46.49 }, true],
		['another zoom', { ...here, zoom: 5.25 }, true]
	])('%s', (_, wanted, differs) => {
		expect(cameraDiffers(here, wanted)).toBe(differs);
	});
});
