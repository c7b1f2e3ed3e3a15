/**
 * SVG export: a golden file for a fixed view (« Pilote SAS », départements, latest date,
 * real data and committed geometry), drawn the way the explorer's « Image SVG » button draws
 * it — the URL read by `readViewState`, its view model, `viewSvg` — plus structure checks
 * that do not depend on the golden file.
 *
 * When the output differs from the golden file, the new output is written beside it as
 * `*.actual.svg` (git-ignored) so the two can be compared; `UPDATE_GOLDEN=1 npx vitest
 * run tests/unit/publish` rewrites the golden file instead.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkDataDir } from '../../../src/lib/data/check-data-dir';
import { geometryFromTopology } from '../../../src/lib/map/geometry';
import { viewModel } from '../../../src/lib/explorer/view-model';
import { viewSvg } from '../../../src/lib/publish/view-svg';
import { readViewState } from '../../../src/lib/url/view-state';
import { departements, regions } from '../../../src/lib/territories';
import { escapeXml, frameLabelSize, renderSvgMap, SVG_LAYER_IDS, wrapText } from '../../../src/lib/publish/svg-map';
import { ringPath, type Projection } from '../../../src/lib/publish/svg-layers';
import { checkWellFormed, layer } from '../helpers/svg';
import { buildSymbols } from '../../../src/lib/explorer/symbols';
import { svgSymbolDrawing } from '../../../src/lib/publish/svg-symbols';

const ROOT = join(import.meta.dirname, '../../..');
const GOLDEN = join(ROOT, 'tests/fixtures/golden/sas-pilote.svg');
const ACTUAL = join(ROOT, 'tests/fixtures/golden/sas-pilote.actual.svg');

const { model } = checkDataDir(join(ROOT, 'data'));
const geometry = geometryFromTopology(JSON.parse(readFileSync(join(ROOT, 'static/geo/france.topo.json'), 'utf8')));

/** The SVG the explorer exports for the view at this URL query. */
function exported(query: string): string {
	const { state, warnings } = readViewState(new URLSearchParams(query), model);
	expect(warnings).toEqual([]);
	return viewSvg(viewModel(model, state), geometry);
}
const GOLDEN_VIEW = 'i=sas_pilote';
const REGION_VIEW = 'i=cpts_en_fonctionnement&niv=region';

const topLevelGroups = (svg: string) => [...svg.matchAll(/^<g id="([^"]+)">$/gm)].map((m) => m[1]);

describe('SVG export — golden file', () => {
	it('« Pilote SAS » by département matches tests/fixtures/golden/sas-pilote.svg', () => {
		const svg = exported(GOLDEN_VIEW);
		if (process.env.UPDATE_GOLDEN) {
			writeFileSync(GOLDEN, svg);
			if (existsSync(ACTUAL)) rmSync(ACTUAL);
			return;
		}
		const expected = existsSync(GOLDEN) ? readFileSync(GOLDEN, 'utf8') : null;
		if (svg === expected) {
			if (existsSync(ACTUAL)) rmSync(ACTUAL);
			return;
		}
		writeFileSync(ACTUAL, svg);
		const [g, a] = [GOLDEN, ACTUAL].map((p) => relative(ROOT, p));
		throw new Error(
			expected === null
				? `${g} is missing; the output was written to ${a} (run UPDATE_GOLDEN=1 npx vitest run tests/unit/publish to create it)`
				: `SVG differs from ${g}; the new output was written to ${a} — compare them, then run UPDATE_GOLDEN=1 npx vitest run tests/unit/publish if the change is intended`
		);
	});

	it('is deterministic', () => {
		expect(exported(GOLDEN_VIEW)).toBe(exported(GOLDEN_VIEW));
	});
});

describe('SVG export — structure', () => {
	const svg = exported(GOLDEN_VIEW);
	const region = exported(REGION_VIEW);

	it('is a standalone, well-formed SVG 1.1 document in French', () => {
		checkWellFormed(svg);
		expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" version="1.1"')).toBe(true);
		expect(svg).toMatch(/<svg [^>]*\bwidth="800" height="(\d+)" viewBox="0 0 800 \1"/);
		expect(svg).toMatch(/<svg [^>]*xml:lang="fr"/);
		expect(svg).toContain('<title id="svg-titre">Département couvert par un pilote du service d&apos;accès aux soins (SAS)</title>');
		expect(svg).toMatch(/<desc id="svg-desc">[^<]*Oui : 26 ; Non : 75[^<]*<\/desc>/);
		expect(svg).not.toMatch(/font-family="(?!system-ui, sans-serif")/);
		expect(svg).not.toMatch(/@import|url\((?!#)|href="http/);
	});

	it('has one group per layer, in drawing order', () => {
		expect(topLevelGroups(svg)).toEqual([...SVG_LAYER_IDS]);
		expect(topLevelGroups(region)).toEqual(SVG_LAYER_IDS.filter((id) => id !== 'paris'));
	});

	it('draws one path per département, ids = codes, 26 in the « Oui » colour', () => {
		const territoires = layer(svg, 'territoires');
		const paths = [...territoires.matchAll(/<path id="dep-([^"]+)" d="[^"]+" fill="([^"]+)"/g)];
		expect(paths.map((m) => m[1]).sort()).toEqual(departements.map((d) => d.code).sort());
		expect([...svg.matchAll(/<path id="dep-/g)]).toHaveLength(101);
		const oui = /<rect [^>]*fill="([^"]+)"[^>]*\/>\s*<text [^>]*>Oui \(26\)<\/text>/.exec(layer(svg, 'legende'))?.[1];
		expect(oui).toMatch(/^#[0-9a-fA-F]{6}$/);
		expect(paths.filter((m) => m[2] === oui)).toHaveLength(26);
		expect(territoires).toContain('<title>Corse-du-Sud (2A)</title>');
	});

	it('draws the enlarged Paris copies only at département level', () => {
		const ids = [...layer(svg, 'paris').matchAll(/<path id="([^"]+)"/g)].map((m) => m[1]);
		expect(ids).toEqual(['paris-75', 'paris-92', 'paris-93', 'paris-94']);
		expect(region).not.toContain('id="paris-');
	});

	it('draws 18 régions at région level', () => {
		checkWellFormed(region);
		const ids = [...layer(region, 'territoires').matchAll(/<path id="reg-([^"]+)"/g)].map((m) => m[1]);
		expect(ids.sort()).toEqual(regions.map((r) => r.code).sort());
		expect(ids).toHaveLength(18);
		expect(region).not.toContain('id="dep-');
	});

	it('labels the six inset frames, above the territories and borders', () => {
		expect([...layer(svg, 'cadres').matchAll(/<path id="cadre-/g)]).toHaveLength(6);
		const names = layer(svg, 'noms-cadres');
		for (const word of ['Guadeloupe', 'Martinique', 'Guyane', 'Réunion', 'Mayotte', 'Paris']) expect(names).toMatch(new RegExp(`<text [^>]*>[^<]*${word}`));
		// Drawn after the map (SVG paints in document order), each over a white halo of itself.
		expect(svg.indexOf('<g id="noms-cadres"')).toBeGreaterThan(svg.indexOf('<g id="limites-regions"'));
		const texts = [...names.matchAll(/<text [^>]*>([^<]*)<\/text>/g)];
		expect(texts).toHaveLength(2 * 7); // six names, the Paris one on two lines
		const halos = texts.filter((t) => t[0].includes('stroke="#ffffff"'));
		const inks = texts.filter((t) => t[0].includes('fill="#3d4a55"'));
		expect(halos.map((t) => t[1])).toEqual(inks.map((t) => t[1]));
		halos.forEach((h, i) => expect(h.index).toBeLessThan(inks[i]!.index));
	});

	it('puts the legend entries, title and source in their layers', () => {
		const legende = layer(svg, 'legende');
		expect(legende).toContain('>Pilote SAS</text>');
		expect(legende).toContain('>Oui (26)</text>');
		expect(legende).toContain('>Non (75)</text>');
		expect(layer(svg, 'titre')).toContain('font-weight="700"');
		expect(layer(svg, 'source')).toMatch(/>Sources? : [^<]+<\/text>/);
	});

	it('keeps coordinates at one decimal', () => {
		const numbers = [...layer(svg, 'territoires').matchAll(/ d="([^"]+)"/g)].flatMap((m) => (m[1] ?? '').match(/-?(\d+(\.\d+)?|\.\d+)/g) ?? []);
		expect(numbers.length).toBeGreaterThan(1000);
		for (const n of numbers) expect(n).toMatch(/^-?(\d+(\.\d)?|\.\d)$/);
	});
});

/** The absolute points of compact path data (`M x y l dx dy dx dy … [Z]`, repeated). */
function decodePath(d: string): [number, number][][] {
	return [...d.matchAll(/M([^l]+)l([^MZ]*)Z?/g)].map((m) => {
		const start = (m[1]!.match(/-?(\d+(\.\d+)?|\.\d+)/g) ?? []).map(Number);
		const steps = (m[2]!.match(/-?(\d+(\.\d+)?|\.\d+)/g) ?? []).map(Number);
		let x = Math.round(start[0]! * 10);
		let y = Math.round(start[1]! * 10);
		const points: [number, number][] = [[x / 10, y / 10]];
		for (let i = 0; i < steps.length; i += 2) {
			x += Math.round(steps[i]! * 10);
			y += Math.round(steps[i + 1]! * 10);
			points.push([x / 10, y / 10]);
		}
		return points;
	});
}

describe('ringPath: compact relative path data, the same points as absolute ones', () => {
	const identity = ((p: number[]) => p) as unknown as Projection;
	const round = (v: number) => Math.round(v * 10) / 10;
	it('writes the first point absolute and the others as steps, with separators only where needed', () => {
		expect(ringPath([[0, 0], [1.26, 0.04], [1.26, 0.04], [-3, 2.55], [10, 10]], identity, true)).toBe('M0 0l1.3 0-4.3 2.6 13 7.4Z');
		expect(ringPath([[5.25, -3], [5.3, -2.9]], identity, false)).toBe('M5.3-3l0 .1');
		expect(ringPath([[0, 0], [0.5, 0.5], [1, 1.5]], identity, false)).toBe('M0 0l.5.5.5 1');
		expect(ringPath([[1, 1], [1.01, 1.02]], identity, true)).toBe(''); // one point once rounded
	});
	it('decodes, point for point, to the rounded absolute points (no drift along a ring)', () => {
		let seed = 7;
		const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2000 - 1000;
		for (let n = 0; n < 200; n++) {
			const ring = Array.from({ length: 3 + (n % 50) }, () => [rand(), rand() / 7]);
			const expected: [number, number][] = [];
			for (const [x, y] of ring) {
				const pt: [number, number] = [round(x!), round(y!)];
				const last = expected.at(-1);
				if (!last || last[0] !== pt[0] || last[1] !== pt[1]) expected.push(pt);
			}
			const d = ringPath(ring, identity, n % 2 === 0);
			expect(decodePath(d)[0]).toEqual(expected.map(([x, y]) => [x === 0 ? 0 : x, y === 0 ? 0 : y]));
		}
	});
	it('every polygon of the map survives the round trip', () => {
		const svg = exported(GOLDEN_VIEW);
		const paths = [...layer(svg, 'territoires').matchAll(/ d="([^"]+)"/g)].map((m) => m[1]!);
		expect(paths.length).toBeGreaterThan(100);
		for (const d of paths) for (const ring of decodePath(d)) expect(ring.length).toBeGreaterThanOrEqual(2);
	});
});

describe('renderSvgMap — escaping and patterns', () => {
	const evil = '<img src=x onerror=alert(1)> & "quotes" \'apos\'';
	const svg = renderSvgMap({
		geometry,
		level: 'departement',
		width: 800,
		title: evil,
		subtitle: evil,
		source: evil,
		alt: evil,
		legend: {
			title: evil,
			entries: [
				{ label: evil, color: '#123456', pattern: 'none', count: 1 },
				{ label: 'Sans objet', color: '#ffffff', pattern: 'hatch', count: 2 },
				{ label: 'Pas encore', color: '#d9c7a3', pattern: 'dots', count: 3 },
				{ label: 'Couleur piégée', color: '"/><script>alert(1)</script>', pattern: 'none', count: 0 }
			]
		},
		names: new Map([['2A', evil]]),
		fills: new Map([
			['2A', { color: 'red"><script>', pattern: 'hatch' }],
			['2B', { color: '#d9c7a3', pattern: 'dots' }]
		])
	});

	it('escapes every piece of text that comes from data', () => {
		checkWellFormed(svg);
		expect(svg).not.toContain('<img');
		expect(svg).not.toContain('<script');
		expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot; &apos;apos&apos;');
		expect(svg).toContain(`<title>&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot; &apos;apos&apos; (2A)</title>`);
		expect(escapeXml('a\u0000b\u0007c')).toBe('abc');
	});

	it('draws patterns as an overlay path using the shared <pattern> defs', () => {
		expect(svg).toContain('<pattern id="motif-hachures"');
		expect(svg).toContain('<pattern id="motif-points"');
		const t = layer(svg, 'territoires');
		expect(t).toMatch(/<path id="dep-2A" d="([^"]+)" fill="#bdbdbd"[^>]*>.*?<\/path>\n<path d="\1" fill="url\(#motif-hachures\)"/);
		expect(t).toMatch(/<path id="dep-2B" d="([^"]+)" fill="#d9c7a3"[^>]*>.*?<\/path>\n<path d="\1" fill="url\(#motif-points\)"/);
		expect(layer(svg, 'legende')).toContain('fill="url(#motif-hachures)"');
		expect(layer(svg, 'legende')).toContain('fill="url(#motif-points)"');
	});

	it('draws a territory without a fill in the land colour', () => {
		expect(layer(svg, 'territoires')).toMatch(/<path id="dep-01" d="[^"]+" fill="#ebe7de"/);
	});
});

describe('frameLabelSize: an overseas label along its frame never runs past it', () => {
	const BOLD_EM = 0.66; // the estimate the wrap uses for bold text
	it.each([
		['Guadeloupe', 200, 9],
		['La Réunion', 120, 9],
		['Guadeloupe', 45, null],
		['La Réunion', 40, null],
		['Mayotte', 30, null]
	] as const)('« %s » along %i px', (label, length, expected) => {
		const size = frameLabelSize(label, length);
		if (expected !== null) expect(size).toBe(expected);
		else expect(size).toBeLessThan(9);
		expect(size * label.length * BOLD_EM).toBeLessThanOrEqual(length - 2 + 1e-9);
	});
});

describe('wrapText', () => {
	it('wraps on words within the estimated width', () => {
		expect(wrapText('Paris et petite couronne', 60, 10)).toEqual(['Paris et', 'petite', 'couronne']);
		expect(wrapText('court', 500, 10)).toEqual(['court']);
		expect(wrapText('', 100, 10)).toEqual(['']);
	});
});

describe('SVG export — proportional circles (rep=cercles)', () => {
	const query = 'i=cpts_en_fonctionnement&rep=cercles';
	const { state } = readViewState(new URLSearchParams(query), model);
	const vm = viewModel(model, state);
	const symbols = buildSymbols(vm.shown);
	const svg = viewSvg(vm, geometry, undefined, svgSymbolDrawing(symbols));

	it('is well-formed, with a `symboles` layer over the borders', () => {
		checkWellFormed(svg);
		const groups = topLevelGroups(svg);
		expect(groups.indexOf('symboles')).toBe(groups.indexOf('limites-regions') + 1);
	});
	it('one circle per territory with a figure, largest first; a hollow mark for each without', () => {
		const circles = [...layer(svg, 'symboles').matchAll(/<circle id="sym-(?!nd-)([^"]+)"[^>]* r="([\d.]+)"/g)];
		expect(circles.map((m) => m[1])).toEqual(symbols.circles.map((c) => c.code));
		const radii = circles.map((m) => Number(m[2]));
		radii.forEach((r, i) => i === 0 || expect(r).toBeLessThanOrEqual(radii[i - 1]!));
		expect([...layer(svg, 'symboles').matchAll(/id="sym-nd-/g)].length).toBe(symbols.missing.length);
		expect(symbols.circles.length).toBeGreaterThan(0);
	});
	it('territories keep the land colour; the legend shows nested circles of round values', () => {
		expect(layer(svg, 'territoires')).not.toMatch(/fill="#(?!ebe7de)[0-9a-f]{6}" fill-rule/);
		const legend = layer(svg, 'legende');
		for (const l of symbols.legend) expect(legend).toContain(`>${escapeXml(l.label)}</text>`);
		expect(legend).toContain('Sans donnée');
	});
});
