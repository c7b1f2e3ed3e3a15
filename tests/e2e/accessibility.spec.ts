/**
 * Accessibility of every kind of page, in the light and the dark theme: no axe-core
 * violation (WCAG 2.2 AA and best practices, whatever the impact), a skip link, a visible
 * focus ring, legend and table swatches outlined, and what forced colours leave of them.
 */
import { test as base, type Locator, type Page } from '@playwright/test';
import { test, expect, openMap, colourAt, hideSites, near, hex, expectNoAxeViolations, expectSkipLink, type AxeCheck } from './fixtures';
import { serveBuild } from './static-server';
import { contrastRatio } from '../../src/lib/domain/color';
import { MISSING_STYLES } from '../../src/lib/domain/palette';
import { COLORS } from '../../src/lib/map/map-style';
import { placePoint } from '../../src/lib/geo/placement';

type Theme = 'light' | 'dark';
const THEMES: Theme[] = ['light', 'dark'];
/** Each page is checked on a desktop in both themes, and most on a phone too (layouts change there). */
const RUNS: { theme: Theme; phone: boolean }[] = [
	{ theme: 'light', phone: false },
	{ theme: 'dark', phone: false },
	{ theme: 'light', phone: true }
];
const PHONE = { width: 375, height: 667 };

interface PageType {
	name: string;
	path: string;
	/** The page draws a map: wait for it. */
	map?: boolean;
	/** What to do once the page is there (open a dialog…). */
	then?: (page: Page) => Promise<void>;
	check?: AxeCheck;
	/** Embeds have no skip link: nothing precedes their map. */
	skipLink?: boolean;
	/** The page answers 404 (which the browser logs as an error). */
	notFound?: boolean;
	/** Laid out like another page on a phone: no phone run. */
	desktopOnly?: boolean;
}

const explorer: AxeCheck = {};
const PAGES: PageType[] = [
	{ name: 'explorer, map view', path: '/', map: true, check: explorer },
	{ name: 'explorer, table view', path: '/?vue=tableau', map: true, check: explorer },
	{ name: 'explorer, a territory selected', path: '/?sel=73', map: true, check: explorer },
	{ name: 'explorer, comparison and gap filter', path: '/?i=invest_segur_enveloppe_region&niv=region&sel=84&cmp=11,84&gap=lt:1000', map: true, check: explorer, desktopOnly: true },
	{
		name: 'explorer, share dialog open',
		path: '/',
		map: true,
		then: async (page) => {
			await page.getByTestId('open-share').click();
			await expect(page.getByTestId('embed-preview').contentFrame().getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
		},
		// Behind a modal dialog the page is inert; axe-core does not see it in Chromium and
		// would compare the preview's landmarks with the page's. The page is checked above.
		check: { include: '[data-testid="share-dialog"]' },
		skipLink: false
	},
	{ name: 'embed', path: '/embed/sas_pilote/', map: true, skipLink: false },
	{ name: 'embed, région level, legend below', path: '/embed/invest_segur_enveloppe_region/?niv=region&legende=bas&sel=84', map: true, skipLink: false, desktopOnly: true },
	{ name: 'portraits index', path: '/territoire/' },
	{ name: 'département portrait', path: '/territoire/73/' },
	{ name: 'département portrait (Gironde)', path: '/territoire/33/', desktopOnly: true },
	{ name: 'région portrait', path: '/territoire/region-84/' },
	{ name: 'région portrait (PACA)', path: '/territoire/region-93/', desktopOnly: true },
	{ name: 'data page', path: '/donnees/' },
	{ name: 'accessibility statement', path: '/accessibilite/' },
	{ name: 'import page', path: '/importer/' },
	{ name: 'measures', path: '/mesures/' },
	{ name: 'a measure', path: '/mesures/25/', desktopOnly: true },
	{ name: 'a chantier', path: '/mesures/ms2022-c1/', desktopOnly: true },
	{ name: 'programme calendar', path: '/mesures/calendrier/', desktopOnly: true },
	{ name: 'page not found', path: '/page-inexistante/', notFound: true }
];

async function open(page: Page, p: PageType, theme: Theme): Promise<void> {
	await page.emulateMedia({ colorScheme: theme });
	if (p.map) await openMap(page, p.path);
	else await page.goto(p.path);
	await p.then?.(page);
}

for (const p of PAGES)
	for (const { theme, phone } of RUNS.filter((r) => !r.phone || !p.desktopOnly))
		test(`${p.name} (${p.path}), ${phone ? 'phone' : theme}: no axe-core violation${theme === 'light' && !phone && p.skipLink !== false ? ', a skip link' : ''}`, async ({ page, watch }) => {
			if (phone) await page.setViewportSize(PHONE);
			await open(page, p, theme);
			// An unknown address is a 404 document, which the browser reports: expected there.
			if (p.notFound) watch.errors.splice(0, watch.errors.length, ...watch.errors.filter((e) => !/status of 404/.test(e)));
			expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(theme === 'dark');
			await expectNoAxeViolations(page, p.check);
			if (theme === 'light' && !phone && p.skipLink !== false) await expectSkipLink(page);
		});

// The page a host serves for an unknown address (static/404.html), outside the app.
for (const theme of THEMES)
	base(`the host's 404 page, ${theme}: no axe-core violation, a skip link`, async ({ page }) => {
		const server = await serveBuild();
		try {
			await page.emulateMedia({ colorScheme: theme });
			expect((await page.goto(`${server.url}/nulle-part/`))?.status()).toBe(404);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
			await expectNoAxeViolations(page);
			await expectSkipLink(page);
		} finally {
			await server.close();
		}
	});

test('the map canvas has a French name that says how to use it', async ({ page }) => {
	await openMap(page, '/');
	await expect(page.locator('canvas.maplibregl-canvas')).toHaveAccessibleName('Carte interactive : flèches pour la déplacer, touches + et − pour zoomer');
	await expect(page.getByLabel('Map', { exact: true })).toHaveCount(0);
});

test('dark: the map keeps its light sea, land and light tokens (text, background) in a dark page', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await openMap(page, '/');
	const look = await page.evaluate(() => {
		const map = getComputedStyle(document.querySelector('.maplibregl-map') as Element);
		return { page: getComputedStyle(document.body).backgroundColor, text: map.color, bg: map.getPropertyValue('--color-bg').trim() };
	});
	expect(look).toEqual({ page: 'rgb(21, 25, 29)', text: 'rgb(27, 31, 35)', bg: '#fff' });
	const sea = await colourAt(page, placePoint([4.2, 42.6])); // Gulf of Lion
	expect(near(sea, COLORS.sea), `sea is ${hex(sea)}`).toBe(true);
});

/** The focus ring of an element once focused from the keyboard: style, width, and contrast with the background it sits on. */
async function focusRing(target: Locator): Promise<{ focusVisible: boolean; style: string; width: number; color: string; bg: string }> {
	await target.focus();
	return target.evaluate((el) => {
		const s = getComputedStyle(el);
		return { focusVisible: el.matches(':focus-visible'), style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor, bg: s.getPropertyValue('--color-bg').trim() };
	});
}

const FOCUSABLE: { path: string; map?: boolean; targets: [string, (page: Page) => Locator][] }[] = [
	{
		path: '/?sel=73',
		map: true,
		targets: [
			['header link', (page) => page.getByRole('link', { name: 'Portraits', exact: true })],
			['header button', (page) => page.getByTestId('open-share')],
			['search box', (page) => page.getByTestId('indicator-search')],
			['select', (page) => page.getByTestId('indicator-select')],
			['checkbox', (page) => page.getByRole('checkbox', { name: 'Afficher les lieux cités' })],
			['sheet link', (page) => page.getByTestId('profile-link')],
			['footer link', (page) => page.getByTestId('site-footer').getByRole('link', { name: 'Données', exact: true })],
			['map canvas', (page) => page.locator('canvas.maplibregl-canvas')],
			['zoom button', (page) => page.getByRole('button', { name: 'Zoomer', exact: true })],
			['sources toggle', (page) => page.getByTitle('Afficher ou masquer les sources')]
		]
	},
	{ path: '/?vue=tableau', map: true, targets: [['table sort button', (page) => page.getByTestId('data-table').getByRole('button', { name: 'Territoire', exact: true })]] },
	{
		path: '/territoire/73/',
		targets: [
			['portrait link', (page) => page.getByRole('link', { name: 'Tous les territoires' })],
			['portrait button', (page) => page.getByRole('button', { name: /Imprimer/ })]
		]
	},
	{ path: '/embed/sas_pilote/', map: true, targets: [['embed link', (page) => page.getByTestId('full-view')]] }
];

for (const theme of THEMES)
	for (const f of FOCUSABLE)
		test(`${theme}: a visible focus ring on ${f.targets.map(([name]) => name).join(', ')} (${f.path})`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: theme });
			if (f.map) await openMap(page, f.path);
			else await page.goto(f.path);
			await page.keyboard.press('Tab'); // as a keyboard user: focus then shows
			for (const [name, locate] of f.targets) {
				const ring = await focusRing(locate(page));
				expect(ring.focusVisible, name).toBe(true);
				expect(ring.style, name).toBe('solid');
				expect(ring.width, name).toBeGreaterThanOrEqual(2);
				expect(contrastRatio(ring.color, ring.bg), `${name}: ring against its background`).toBeGreaterThanOrEqual(3);
			}
		});

/** Each swatch's outline: its width, and its contrast with the page behind it. */
async function swatchOutlines(scope: Locator): Promise<{ width: number; contrast: number }[]> {
	const found = await scope.getByTestId('swatch').evaluateAll((els) =>
		els.map((el) => {
			const s = getComputedStyle(el);
			return { width: parseFloat(s.borderTopWidth), color: s.borderTopColor, bg: s.getPropertyValue('--color-bg').trim() };
		})
	);
	return found.map((o) => ({ width: o.width, contrast: contrastRatio(o.color, o.bg) }));
}

for (const theme of THEMES)
	test(`${theme}: legend and table swatches have an outline of 3:1 against the page`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: theme });
		await openMap(page, '/?i=invest_segur_enveloppe_region&niv=region');
		await expect.poll(() => page.getByTestId('legend').getByTestId('swatch').count()).toBeGreaterThan(2);
		const legend = await swatchOutlines(page.getByTestId('legend'));
		await page.getByTestId('tab-table').click();
		// The table is drawn after the click: read its swatches once all 18 rows are there.
		await expect(page.getByTestId('data-table').getByTestId('swatch')).toHaveCount(18);
		const table = await swatchOutlines(page.getByTestId('data-table'));
		for (const o of [...legend, ...table]) {
			expect(o.width).toBeGreaterThanOrEqual(1);
			expect(o.contrast).toBeGreaterThanOrEqual(3);
		}
	});

test('forced colours: swatches keep the map’s colours and patterns, outlined in the system’s text colour; the map is drawn as usual', async ({ page }) => {
	await page.emulateMedia({ forcedColors: 'active' });
	await openMap(page, '/');
	// No data file of the project uses « sans objet » or « pas encore » today (an imported
	// file may): the legend's own swatch is given each pattern, with its missing-data colour.
	const patterned = await page.getByTestId('legend').locator('li').first().evaluate((li, styles) => {
		const copies: [string, string][] = [
			['hatch', styles.sans_objet.color],
			['dots', styles.pas_encore.color],
			['none', styles.sans_objet.color]
		];
		for (const [pattern, colour] of copies) {
			const copy = li.cloneNode(true) as HTMLElement;
			const swatch = copy.querySelector('[data-testid="swatch"]') as HTMLElement;
			swatch.className = swatch.className.replace(/pattern-\w+/, `pattern-${pattern}`);
			swatch.dataset.pattern = `${pattern}-copy`;
			swatch.style.backgroundColor = colour;
			li.parentElement?.append(copy);
		}
		return [...document.querySelectorAll<HTMLElement>('[data-pattern$="-copy"]')].map((el) => {
			const s = getComputedStyle(el);
			return { pattern: el.dataset.pattern, image: s.backgroundImage, background: s.backgroundColor, outline: s.borderTopColor, adjust: s.forcedColorAdjust };
		});
	}, MISSING_STYLES);
	expect(patterned.map((s) => s.pattern)).toEqual(['hatch-copy', 'dots-copy', 'none-copy']);
	expect(patterned[0]!.image).toMatch(/^repeating-linear-gradient/);
	expect(patterned[1]!.image).toMatch(/^radial-gradient/);
	expect(patterned[1]!.background).toBe('rgb(217, 199, 163)'); // « pas encore »: the map's colour, not the system's
	for (const s of patterned) expect(s.adjust).toBe('none');
	const systemText = await page.evaluate(() => {
		const probe = document.body.appendChild(document.createElement('span'));
		probe.style.color = 'CanvasText';
		const colour = getComputedStyle(probe).color;
		probe.remove();
		return colour;
	});
	expect(patterned[0]!.outline).toBe(systemText);
	// The hatching is really drawn: a white swatch with it differs from one without.
	const hatch = await page.locator('[data-pattern="hatch-copy"]').screenshot();
	const plain = await page.locator('[data-pattern="none-copy"]').screenshot();
	expect(hatch.equals(plain)).toBe(false);
	// The map is a canvas: forced colours leave it as drawn (Corse-du-Sud is not a pilot).
	// Sites are drawn on the canvas too: hidden, to read the territory's own colour.
	await hideSites(page);
	const corsica = await colourAt(page, placePoint([9.0, 41.85]));
	expect(near(corsica, '#efdfb8'), `Corsica is ${hex(corsica)}`).toBe(true);
});

test('forced colours: the focus ring is still drawn on links, buttons and the map controls', async ({ page }) => {
	await page.emulateMedia({ forcedColors: 'active' });
	await openMap(page, '/');
	await page.keyboard.press('Tab');
	for (const target of [page.getByTestId('open-share'), page.getByRole('link', { name: 'Portraits', exact: true }), page.getByRole('button', { name: 'Zoomer', exact: true }), page.locator('canvas.maplibregl-canvas')]) {
		const ring = await focusRing(target);
		expect(ring.focusVisible).toBe(true);
		expect(ring.style).toBe('solid');
		expect(ring.width).toBeGreaterThanOrEqual(2);
	}
});
