/**
 * The design tokens of src/app.css, light and dark: every pair of colours the components
 * put together keeps its WCAG contrast (text 4.5:1, borders and focus that matter 3:1), and
 * the dark theme overrides only tokens that exist, nothing else.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contrastRatio } from '../../../src/lib/domain/color';
import { PATTERN_INK } from '../../../src/lib/domain/palette';

const CSS = readFileSync(join(import.meta.dirname, '../../../src/app.css'), 'utf8');

/** The custom properties declared in a block of declarations. */
function declarations(block: string): Map<string, string> {
	return new Map([...block.matchAll(/(--[a-z-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.replace(/\/\*.*?\*\//g, '').trim()]));
}

/** The body of the first rule whose selector text matches. */
function ruleBody(css: string, selector: RegExp): string {
	const m = selector.exec(css);
	if (!m) throw new Error(`no rule ${selector}`);
	const start = css.indexOf('{', m.index) + 1;
	return css.slice(start, css.indexOf('}', start));
}

const light = declarations(ruleBody(CSS, /^:root,\s*\.maplibregl-map\s*\{/m));
const darkMedia = CSS.slice(CSS.indexOf('@media screen and (prefers-color-scheme: dark)'));
const darkOverrides = declarations(ruleBody(darkMedia, /:root\s*\{/));
const dark = new Map([...light, ...darkOverrides]);

/** A token's colour, following var() references. */
function resolve(tokens: Map<string, string>, name: string): string {
	const value = tokens.get(name);
	if (value === undefined) throw new Error(`unknown token ${name}`);
	const ref = /^var\((--[a-z-]+)\)$/.exec(value);
	return ref ? resolve(tokens, ref[1]!) : value;
}

// [foreground, background, minimum ratio, where the pair is used]
const PAIRS: [string, string, number, string][] = [
	['--color-text', '--color-bg', 4.5, 'body text'],
	['--color-text', '--color-bg-subtle', 4.5, 'table heads, headline strip'],
	['--color-text', '--color-warn-bg', 4.5, 'notices'],
	['--color-text', '--color-highlight-tint', 4.5, 'the selected row'],
	['--color-text', '--color-brand-tint', 4.5, 'the indicator in a territory sheet'],
	['--color-text-muted', '--color-bg', 4.5, 'secondary text'],
	['--color-text-muted', '--color-bg-subtle', 4.5, 'secondary text in the headline strip'],
	['--color-text-muted', '--color-brand-tint', 4.5, 'secondary text in a territory sheet'],
	['--color-text-soft', '--color-bg', 4.5, 'portraits'],
	['--color-text-faint', '--color-bg', 4.5, '« — » where no source gives a figure'],
	['--color-brand', '--color-bg', 4.5, 'links and buttons'],
	['--color-brand', '--color-bg-subtle', 4.5, 'links in the headline strip'],
	['--color-brand', '--color-brand-tint', 4.5, 'links in a territory sheet'],
	['--color-brand', '--color-highlight-tint', 4.5, 'the selected row’s name button'],
	['--color-brand-strong', '--color-bg', 4.5, 'portrait headings'],
	['--color-on-brand', '--color-brand', 4.5, 'primary buttons, the skip link'],
	['--color-warn-text', '--color-warn-bg', 4.5, 'warnings'],
	['--color-error', '--color-bg', 4.5, 'form errors'],
	['--color-error-text', '--color-error-bg', 4.5, 'the map’s error'],
	['--color-swatch-border', '--color-bg', 3, 'swatch outlines'],
	['--color-swatch-border', '--color-bg-subtle', 3, 'swatch outlines on a tinted row'],
	['--color-swatch-border', '--color-highlight-tint', 3, 'swatch outline in the selected row'],
	['--color-brand', '--color-bg-subtle', 3, 'focus ring on a tinted background'],
	['--color-highlight', '--color-bg', 3, 'highlighted territories'],
	['--color-track', '--color-brand', 3, 'progress bar: done against to do']
];

describe.each([
	['light', light],
	['dark', dark]
] as const)('%s theme', (_, tokens) => {
	it.each(PAIRS)('%s on %s ≥ %d:1 (%s)', (fg, bg, min) => {
		expect(contrastRatio(resolve(tokens, fg), resolve(tokens, bg))).toBeGreaterThanOrEqual(min);
	});

	it('the focus ring is 3 px of the brand colour', () => {
		expect(tokens.get('--focus-ring')).toBe('3px solid var(--color-brand)');
	});
});

describe('dark theme', () => {
	it('overrides only tokens the light theme declares, and every colour token but the map’s pattern ink and print ink', () => {
		for (const name of darkOverrides.keys()) expect(light.has(name), name).toBe(true);
		const colours = [...light.keys()].filter((n) => n.startsWith('--color-') && !/^var\(/.test(light.get(n)!));
		expect(colours.filter((n) => !darkOverrides.has(n)).sort()).toEqual(['--color-pattern-ink', '--color-print-ink']);
	});

	it('keeps the pattern ink of the map and its exports (domain/palette.ts) in its token', () => {
		expect(light.get('--color-pattern-ink')).toBe(PATTERN_INK);
	});

	it('is a screen theme only: printing stays dark on white', () => {
		expect(CSS).toContain('@media screen and (prefers-color-scheme: dark)');
		expect(CSS).not.toMatch(/@media\s*\(prefers-color-scheme: dark\)/);
	});
});

describe('the static 404 page (served by the host, without the app’s stylesheet)', () => {
	const html = readFileSync(join(import.meta.dirname, '../../../static/404.html'), 'utf8');
	const style = html.slice(html.indexOf('<style>'), html.indexOf('</style>'));
	const ownLight = declarations(ruleBody(style, /^\s*:root\s*\{/m));
	const ownDark = declarations(ruleBody(style.slice(style.indexOf('prefers-color-scheme: dark')), /:root\s*\{/));

	it.each([
		['light', ownLight, light],
		['dark', ownDark, dark]
	] as const)('copies the %s values of src/app.css', (_, own, app) => {
		expect(own.size).toBeGreaterThan(3);
		for (const [name, value] of own) expect(value, name).toBe(resolve(app, name));
	});
});
