import { describe, expect, it } from 'vitest';
import { FOOTER_HEIGHT, HEADER_HEIGHT, LEGEND_WIDTH, pngParts, pngSize } from '../../../src/lib/publish/png-export';
import type { Choropleth, LegendEntry } from '../../../src/lib/explorer/choropleth';
import { makeIndicator } from '../helpers/model';

describe('pngSize: the map with the legend beside it, a title above and the source below', () => {
	it.each([
		[800, 600, 1, { width: 800 + LEGEND_WIDTH, height: 600 + HEADER_HEIGHT + FOOTER_HEIGHT }],
		[800, 600, 2, { width: 2 * (800 + LEGEND_WIDTH), height: 2 * (600 + HEADER_HEIGHT + FOOTER_HEIGHT) }],
		[640.5, 480.25, 2, { width: Math.round(2 * (640.5 + LEGEND_WIDTH)), height: Math.round(2 * (480.25 + HEADER_HEIGHT + FOOTER_HEIGHT)) }]
	])('%d × %d at %d×', (w, h, scale, size) => {
		expect(pngSize(w, h, scale)).toEqual(size);
	});
});

describe('pngParts: the texts burnt into the picture are the view’s own', () => {
	it('title, subtitle, legend and source line of the view model', () => {
		const legend: LegendEntry[] = [{ key: 'c0', label: '1 à 2', color: '#eee', pattern: 'none', count: 3, kind: 'class' }];
		const vm = {
			indicator: makeIndicator({ label: 'Lits à la demande' }),
			subtitle: 'Par région, dernières données connues',
			legendTitle: 'Lits',
			choropleth: { legend, fills: new Map(), breaks: null } as unknown as Choropleth,
			sourceLine: 'Source : ministère (2021)'
		};
		expect(pngParts(vm)).toEqual({ title: 'Lits à la demande', subtitle: 'Par région, dernières données connues', legendTitle: 'Lits', legend, source: 'Source : ministère (2021)' });
	});
});
