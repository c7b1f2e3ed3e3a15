/**
 * The newsroom kit's pure parts: the social preview card, the oEmbed JSON, the resize
 * messages, the PNG chunks (300 dpi), the print page and the site address.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { checkDataDir } from '../../../src/lib/data/check-data-dir';
import { geometryFromTopology } from '../../../src/lib/map/geometry';
import { viewModel } from '../../../src/lib/explorer/view-model';
import { DEFAULT_VIEW } from '../../../src/lib/url/view-state';
import { socialCardSvg, SOCIAL_CARD } from '../../../src/lib/publish/social-card';
import { oembedJson, oembedPath, OEMBED_SIZE } from '../../../src/lib/publish/oembed';
import { ampSizeMessage, heightMessage, resizeMessages } from '../../../src/lib/publish/embed-options';
import { crc32, pngChunk, pngDimensions, pngDpi, PNG_SIGNATURE, withResolution } from '../../../src/lib/publish/png-chunks';
import { A4_AT_300_DPI, printFileName, printSvg } from '../../../src/lib/publish/print-png';
import { embedSvg, svgSize } from '../../../src/lib/publish/svg-embed';
import { absoluteUrl, normaliseSiteUrl, siteUrl, DEFAULT_SITE_URL } from '../../../src/lib/server/site-url';
import { palettePng } from '../../../src/lib/server/png-palette';

const ROOT = join(import.meta.dirname, '../../..');
const { model } = checkDataDir(join(ROOT, 'data'));
const geometry = geometryFromTopology(JSON.parse(readFileSync(join(ROOT, 'static/geo/france.topo.json'), 'utf8')));
const vm = viewModel(model, DEFAULT_VIEW);

/** A minimal valid PNG (1 × 1, grey). */
function tinyPng(): Uint8Array {
	const ihdr = new Uint8Array(13);
	new DataView(ihdr.buffer).setUint32(0, 3);
	new DataView(ihdr.buffer).setUint32(4, 2);
	ihdr.set([8, 0, 0, 0, 0], 8);
	const parts = [PNG_SIGNATURE, pngChunk('IHDR', ihdr), pngChunk('IDAT', deflateSync(new Uint8Array(8))), pngChunk('IEND', new Uint8Array(0))];
	return Uint8Array.from(parts.flatMap((p) => [...p]));
}

describe('social preview card', () => {
	const svg = socialCardSvg({
		geometry,
		level: 'departement',
		fills: vm.choropleth.fills,
		names: vm.names,
		title: vm.indicator.label,
		subtitle: vm.subtitle,
		legend: { title: vm.legendTitle, entries: vm.choropleth.legend },
		source: vm.sourceLine
	});

	it('is 1200 × 630 with the map, the title, the legend and the source', () => {
		expect(svgSize(svg)).toEqual(SOCIAL_CARD);
		expect(svg.match(/<path id="dep-/g)).toHaveLength(101);
		expect(svg).toContain('Ségur Territoires');
		expect(svg).toContain('Oui (26)');
		expect(svg).toContain('Pilote SAS');
		expect(svg).toMatch(/Source/);
		// The map alone is drawn, without the export's own title, legend and source groups.
		expect(svg).not.toContain('<g id="legende">');
	});

	it('keeps long titles to four lines, ending with an ellipsis', () => {
		const long = socialCardSvg({ geometry, level: 'region', fills: new Map(), names: new Map(), title: 'mot '.repeat(80), subtitle: '', source: 's' });
		const titleLines = long.match(/font-size="34"/g) ?? [];
		expect(titleLines).toHaveLength(4);
		expect(long).toContain('…');
	});
});

describe('oEmbed', () => {
	const json = oembedJson({
		siteUrl: 'https://exemple.fr/segur/',
		indicator: 'sas_pilote',
		title: 'Pilote SAS — Ségur Territoires',
		thumbnail: { url: 'https://exemple.fr/segur/og/indicateur-sas_pilote.png', width: 1200, height: 630 }
	});

	it('is a rich oEmbed 1.0 response with every required field', () => {
		expect(json).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Ségur Territoires', provider_url: 'https://exemple.fr/segur/' });
		expect(json.width).toBe(OEMBED_SIZE.width);
		expect(json.height).toBe(OEMBED_SIZE.height);
		expect(Object.keys(json).sort()).toEqual(
			['cache_age', 'height', 'html', 'provider_name', 'provider_url', 'thumbnail_height', 'thumbnail_url', 'thumbnail_width', 'title', 'type', 'version', 'width'].sort()
		);
	});

	it('embeds the page with an absolute iframe address, attributes escaped', () => {
		expect(json.html).toMatch(/^<iframe src="https:\/\/exemple\.fr\/segur\/embed\/sas_pilote\/" title="Pilote SAS — Ségur Territoires" width="640" height="600"/);
		const evil = oembedJson({ siteUrl: 'https://e.fr/', indicator: 'x', title: '"><script>', thumbnail: { url: 'u', width: 1, height: 1 } });
		expect(evil.html).not.toContain('<script>');
		expect(evil.html).toContain('&quot;&gt;&lt;script&gt;');
	});

	it('lives beside its embed page', () => {
		expect(oembedPath('sas_pilote')).toBe('embed/sas_pilote/oembed.json');
	});
});

describe('resize messages: Datawrapper’s and AMP’s', () => {
	it.each([
		[612, 612],
		[611.2, 612]
	])('%d px', (height, rounded) => {
		expect(heightMessage(height)).toEqual({ 'datawrapper-height': { 'segur-territoires': rounded } });
		expect(ampSizeMessage(height)).toEqual({ sentinel: 'amp', type: 'embed-size', height: rounded });
		expect(resizeMessages(height)).toEqual([heightMessage(height), ampSizeMessage(height)]);
	});
});

describe('PNG chunks', () => {
	it('crc32 of known strings', () => {
		expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
		expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
	});

	it('reads the size, adds a 300 dpi pHYs right after IHDR, replaces an older one', () => {
		const png = tinyPng();
		expect(pngDimensions(png)).toEqual({ width: 3, height: 2 });
		expect(pngDpi(png)).toBeUndefined();
		const at300 = withResolution(png, 300);
		expect(pngDpi(at300)).toBe(300);
		expect(pngDimensions(at300)).toEqual({ width: 3, height: 2 });
		expect(String.fromCharCode(...at300.subarray(37, 41))).toBe('pHYs');
		const again = withResolution(at300, 150);
		expect(pngDpi(again)).toBe(150);
		expect(again.length).toBe(at300.length);
		expect(() => withResolution(new Uint8Array(30), 300)).toThrow();
	});

	it('a palette PNG keeps the size and is a valid PNG', () => {
		const rgba = new Uint8Array(4 * 4 * 3).map((_, i) => (i % 4 === 3 ? 255 : (i * 37) % 256));
		const png = palettePng(rgba, 4, 3);
		expect(pngDimensions(png)).toEqual({ width: 4, height: 3 });
		expect(String.fromCharCode(...png.subarray(37, 41))).toBe('PLTE');
	});
});

describe('print presets', () => {
	it.each(['portrait', 'paysage'] as const)('A4 %s at 300 dpi holds the view with its title, legend and source', (orientation) => {
		const svg = printSvg(vm, geometry, orientation);
		expect(svgSize(svg)).toEqual(A4_AT_300_DPI[orientation]);
		expect(A4_AT_300_DPI[orientation].width * A4_AT_300_DPI[orientation].height).toBe(2480 * 3508);
		for (const group of ['titre', 'legende', 'source', 'territoires']) expect(svg).toContain(`<g id="${group}">`);
		expect(svg).toContain(vm.indicator.label.replace(/'/g, '&apos;'));
		expect(printFileName('segur-territoires_sas_pilote_departement', orientation)).toBe(`segur-territoires_sas_pilote_departement_A4-${orientation}.png`);
	});

	it('embedSvg fits a document into a box, uniformly', () => {
		const g = embedSvg('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><rect/></svg>', { x: 10, y: 20, width: 400, height: 400 }, 'x', 'top');
		expect(g).toEqual(['<g id="x" transform="translate(10.0 20.0) scale(4.0000)">', '<rect/>', '</g>']);
		// The root's font goes with the content.
		const withFont = embedSvg('<svg width="10" height="10" font-family="system-ui, sans-serif"><text/></svg>', { x: 0, y: 0, width: 10, height: 10 }, 'y');
		expect(withFont[0]).toContain('font-family="system-ui, sans-serif"');
	});
});

describe('the site’s public address', () => {
	it.each([
		['https://exemple.fr/segur', 'https://exemple.fr/segur/'],
		['https://exemple.fr/segur/?x=1#y', 'https://exemple.fr/segur/'],
		['  http://127.0.0.1:4173  ', 'http://127.0.0.1:4173/'],
		['ftp://exemple.fr/', undefined],
		['pas une adresse', undefined],
		['', undefined]
	])('%s → %s', (raw, url) => {
		expect(normaliseSiteUrl(raw)).toBe(url);
	});

	it('defaults to the address npm start serves, refuses a bad one clearly, makes paths absolute', () => {
		expect(siteUrl({})).toBe(DEFAULT_SITE_URL);
		expect(() => siteUrl({ SEGUR_SITE_URL: 'javascript:alert(1)' })).toThrow(/SEGUR_SITE_URL invalide/);
		expect(absoluteUrl('/og/explorateur.png', 'https://exemple.fr/segur/')).toBe('https://exemple.fr/segur/og/explorateur.png');
	});
});
