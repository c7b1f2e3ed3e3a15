/**
 * Paint first, hydrate after: the page asks for its map picture before anything else, and
 * its code waits (a bounded time) for the picture to be painted before taking over.
 */
import { describe, expect, it, vi } from 'vitest';
import { firstInHead, picturePreload } from '../../../src/lib/server/map-preload';
import { pictureFirst, PICTURE_WAIT_MS } from '../../../src/lib/publish/picture-first';

const IMG = '<img src="../../carte/sas_pilote/departement/2021-07-20.svg" alt="Carte" width="1000" height="813" fetchpriority="high" elementtiming="carte" class="x"/>';
const PAGE = `<html><head><meta charset="utf-8" /><link href="./_app/a.js" rel="modulepreload"></head><body>${IMG}</body></html>`;

describe('picturePreload / firstInHead: the picture is the first request after the page', () => {
	it('preloads the picture’s own address, at high priority', () => {
		expect(picturePreload(PAGE)).toBe('<link rel="preload" as="image" fetchpriority="high" href="../../carte/sas_pilote/departement/2021-07-20.svg">');
	});
	it('writes nothing for a page without a map picture (other images do not count)', () => {
		expect(picturePreload('<head></head><body><img src="logo.svg" alt=""></body>')).toBe('');
	});
	it('goes right after <meta charset>, before the module preloads', () => {
		const html = firstInHead(PAGE, picturePreload(PAGE));
		const preload = html.indexOf('rel="preload" as="image"');
		expect(preload).toBeGreaterThan(html.indexOf('<meta charset'));
		expect(preload).toBeLessThan(html.indexOf('modulepreload'));
	});
	it('falls back to the start of <head>, and leaves the page alone for an empty tag', () => {
		expect(firstInHead('<html><head><title>t</title></head>', '<link x>')).toBe('<html><head><link x><title>t</title></head>');
		expect(firstInHead(PAGE, '')).toBe(PAGE);
	});
});

/** A document holding (or not) the picture, with a frame clock the test drives. */
function fakeDocument({ picture = true, complete = false, guarded = false } = {}) {
	const listeners: Record<string, () => void> = {};
	const img = { complete, addEventListener: (type: string, fn: () => void) => (listeners[type] = fn) };
	const frames: (() => void)[] = [];
	const win = { requestAnimationFrame: (fn: () => void) => frames.push(fn), setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms) };
	const doc = {
		documentElement: { dataset: guarded ? { carte: 'attente' } : {} },
		defaultView: win,
		querySelector: (selector: string) => (picture && selector === 'img[elementtiming="carte"]' ? img : null)
	} as unknown as Document;
	return { doc, fire: (type: string) => listeners[type]?.(), frame: () => frames.splice(0).forEach((f) => f()), frames };
}

async function settled(p: Promise<void>): Promise<boolean> {
	let done = false;
	void p.then(() => (done = true));
	await vi.advanceTimersByTimeAsync(1);
	return done;
}

describe('pictureFirst: the page’s code takes over once the picture has been painted', () => {
	it('waits for the image, then for one painted frame', async () => {
		vi.useFakeTimers();
		const page = fakeDocument();
		const wait = pictureFirst(page.doc);
		expect(await settled(wait)).toBe(false);
		page.fire('load');
		expect(await settled(wait)).toBe(false); // loaded, not yet painted
		expect(page.frames).toHaveLength(1);
		page.frame();
		expect(await settled(wait)).toBe(true);
		vi.useRealTimers();
	});
	it('a broken image does not hold the page', async () => {
		vi.useFakeTimers();
		const page = fakeDocument();
		const wait = pictureFirst(page.doc);
		page.fire('error');
		expect(await settled(wait)).toBe(false);
		page.frame();
		expect(await settled(wait)).toBe(true);
		vi.useRealTimers();
	});
	it('never waits longer than the bound (a slow image, a hidden tab without frames)', async () => {
		vi.useFakeTimers();
		const page = fakeDocument({ complete: true });
		const wait = pictureFirst(page.doc);
		await vi.advanceTimersByTimeAsync(PICTURE_WAIT_MS - 2);
		expect(await settled(wait)).toBe(false);
		await vi.advanceTimersByTimeAsync(2);
		expect(await settled(wait)).toBe(true);
		vi.useRealTimers();
	});
	it('does not wait when the page shows no picture, or hides it (the address asks for another view)', async () => {
		vi.useFakeTimers();
		expect(await settled(pictureFirst(fakeDocument({ picture: false }).doc))).toBe(true);
		expect(await settled(pictureFirst(fakeDocument({ guarded: true }).doc))).toBe(true);
		vi.useRealTimers();
	});
});
