/** Publishing: embeds that size themselves, the builder's code, image and data exports. */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { test, expect, openMap, waitForMap } from './fixtures';
import { RESIZE_SCRIPT } from '../../src/lib/publish/embed-options';
import { indexModel } from '../../src/lib/data/model-index';
import { normaliseSpaces } from '../../src/lib/domain/format';
import { HEADER_HEIGHT, pngSize } from '../../src/lib/publish/png-export';
import { model } from './data';

/** Serves `html` as a page of this origin, as a newsroom's article would hold the code. */
async function harness(page: import('@playwright/test').Page, html: string) {
	await page.route('**/__article.html', (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Article</title></head><body><h1>Article</h1>${html}</body></html>` }));
	await page.goto('/__article.html');
}

test('an embed in an iframe reports its height and the parent resizes it', async ({ page }) => {
	await harness(page, `<iframe id="f" src="/embed/invest_segur_enveloppe_region/?niv=region&legende=bas" style="width:500px;height:150px;border:0"></iframe>${RESIZE_SCRIPT}`);
	const frame = page.frameLocator('#f');
	await waitForMap(frame);
	await expect.poll(async () => (await page.locator('#f').boundingBox())?.height ?? 0).toBeGreaterThan(400);
	const inner = await frame.getByTestId('embed').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
	await expect.poll(async () => Math.round((await page.locator('#f').boundingBox())?.height ?? 0)).toBe(inner);
	await expect(frame.getByTestId('full-view')).toHaveAttribute('href', '../../?i=invest_segur_enveloppe_region&niv=region');
});

test('each embed page carries only its own indicator’s data', async ({ request }) => {
	const html = await (await request.get('/embed/invest_segur_enveloppe_region/')).text();
	expect(html).toContain('invest_segur_enveloppe_region');
	expect(html).not.toContain('sas_pilote');
	// Prerendered with the indicator's own default view, not another indicator's.
	expect(html).toContain('Enveloppe régionale d');
});

test('old embed links (`embed/?i=…`) lead to the indicator’s embed, keeping the view', async ({ page }) => {
	await page.goto('/embed/?i=invest_segur_enveloppe_region&niv=region&legende=bas');
	await expect(page).toHaveURL(/\/embed\/invest_segur_enveloppe_region\/\?niv=region&legende=bas$/);
	await waitForMap(page);
	await expect(page.getByTestId('legend')).toContainText('Enveloppe Ségur régionale');
	await expect(page.getByTestId('url-warnings')).toHaveCount(0);
});

test('an embed link to an unknown indicator falls back to the default map and says so', async ({ page }) => {
	await page.goto('/embed/?i=inconnu%3Cb%3E&sel=73');
	await expect(page).toHaveURL(/\/embed\/sas_pilote\/\?i=inconnu/);
	await waitForMap(page);
	await expect(page.getByTestId('url-warnings')).toContainText('Indicateur « inconnu<b> » non disponible ici');
	await expect(page.getByTestId('url-warnings').locator('b')).toHaveCount(0);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('SAS');
});

test('the builder’s code, pasted into a blank page, shows the same view', async ({ page }) => {
	await openMap(page, '/?i=invest_segur_enveloppe_region&niv=region');
	await page.getByTestId('open-share').click();
	await page.getByTestId('embed-legend').selectOption('bas');
	const code = await page.getByTestId('embed-code').inputValue();
	expect(code).toContain('/embed/invest_segur_enveloppe_region/?niv=region&amp;legende=bas"');
	expect(code).toContain('datawrapper-height');
	await harness(page, code);
	const frame = page.frameLocator('iframe');
	await waitForMap(frame);
	await expect(frame.getByTestId('legend')).toContainText('Enveloppe Ségur régionale');
	await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Enveloppe régionale d\'investissement du Ségur');
	await expect.poll(async () => (await page.locator('iframe').boundingBox())?.height ?? 0).not.toBe(560);
});

for (const scale of [1, 2] as const) {
	test(`PNG export at ${scale}× is a PNG of the expected size`, async ({ page }) => {
		await openMap(page, '/?i=sas_pilote');
		const box = await page.evaluate(() => {
			const c = window.segurMap!.getCanvas();
			return { w: c.clientWidth, h: c.clientHeight };
		});
		await page.getByTestId('open-share').click();
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-png-${scale}`).click()]);
		const png = readFileSync((await download.path())!);
		expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
		const expected = pngSize(box.w, box.h, scale);
		expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual(expected);
		expect(download.suggestedFilename()).toMatch(scale === 2 ? /@2x\.png$/ : /[^x]\.png$/);
		// The map itself is in the picture (sea, land and classes), not a blank rectangle.
		const mapArea = await page.evaluate(
			async ({ b64, w, h, scale, top }) => {
				const img = new Image();
				img.src = `data:image/png;base64,${b64}`;
				await img.decode();
				const c = document.createElement('canvas');
				c.width = img.width;
				c.height = img.height;
				const ctx = c.getContext('2d')!;
				ctx.drawImage(img, 0, 0);
				const px = ctx.getImageData(0, top * scale, w * scale, h * scale).data;
				let white = 0;
				const colours = new Set<string>();
				for (let i = 0; i < px.length; i += 4) {
					if (px[i]! > 250 && px[i + 1]! > 250 && px[i + 2]! > 250) white++;
					colours.add(`${px[i]! >> 4},${px[i + 1]! >> 4},${px[i + 2]! >> 4}`);
				}
				return { whiteShare: white / (px.length / 4), colours: colours.size };
			},
			{ b64: png.toString('base64'), w: box.w, h: box.h, scale, top: HEADER_HEIGHT }
		);
		expect(mapArea.whiteShare).toBeLessThan(0.2);
		expect(mapArea.colours).toBeGreaterThan(5);
	});
}

test('SVG export: one path per territory, named by code, layers grouped', async ({ page }) => {
	await openMap(page, '/?i=invest_segur_enveloppe_region&niv=region');
	await page.getByTestId('open-share').click();
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
	const svg = readFileSync((await download.path())!, 'utf8');
	expect(svg.match(/<path id="reg-[0-9]+"/g)).toHaveLength(18);
	for (const id of ['fond', 'cadres', 'territoires', 'limites-regions', 'legende', 'titre', 'source']) expect(svg).toContain(`<g id="${id}"`);
});

test('view data export: CSV and JSON of what is shown', async ({ page }) => {
	await openMap(page, '/?i=sas_pilote');
	await page.getByTestId('open-share').click();
	const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-view-json').click()]);
	const data = JSON.parse(readFileSync((await json.path())!, 'utf8'));
	expect(data.indicateur).toBe('sas_pilote');
	expect(data.territoires).toHaveLength(101);
});

test('the static fallback is a light SVG image with no script', async ({ page, request }) => {
	const res = await request.get('/embed/statique/sas_pilote.svg');
	expect(res.status()).toBe(200);
	expect(res.headers()['content-type']).toContain('image/svg+xml');
	const body = await res.body();
	expect(body.toString('utf8')).not.toContain('<script');
	expect(body.toString('utf8')).toContain('<desc');
	expect(gzipSync(body).length).toBeLessThanOrEqual(80_000);
	// The default view (« dernière donnée connue ») is the image at the latest date.
	const latest = indexModel(model).periods('sas_pilote', 'departement').at(-1);
	await openMap(page, '/?i=sas_pilote');
	await page.getByTestId('open-share').click();
	await expect(page.getByTestId('static-code')).toHaveValue(new RegExp(`embed/statique/sas_pilote/departement/${latest}\\.svg" alt="[^"]*Oui : 26`));
	await expect(page.getByTestId('static-dropped')).toHaveCount(0);
});

/** The `src` and `alt` of the static code, read as a browser reads them. */
async function staticImg(page: import('@playwright/test').Page) {
	const code = await page.getByTestId('static-code').inputValue();
	return page.evaluate((html) => {
		const img = new DOMParser().parseFromString(html, 'text/html').querySelector('img');
		return { code: html, src: img?.getAttribute('src') ?? '', alt: img?.getAttribute('alt') ?? '' };
	}, code);
}

test('the static code follows the view: level, date and per inhabitant chosen in the explorer', async ({ page, request }) => {
	await openMap(page, '/?i=cpts_aci_signees');
	await page.getByRole('radio', { name: 'Régions' }).check();
	await expect(page).toHaveURL(/niv=region/);
	await page.getByTestId('date-select').selectOption('2021-09');
	await expect(page).toHaveURL(/d=2021-09/);
	await page.getByTestId('per-capita').check();
	await expect(page).toHaveURL(/hab=1/);
	await page.getByTestId('open-share').click();
	await expect(page.getByTestId('static-caption')).toHaveText('Par région, état en septembre 2021, pour 100 000 habitants');
	await expect(page.getByTestId('static-dropped')).toHaveCount(0);
	const { code, src, alt } = await staticImg(page);
	expect(new URL(src).pathname).toBe('/embed/statique/cpts_aci_signees/region/2021-09-hab.svg');
	expect(alt).toContain('(pour 100 000 habitants), par région, état en septembre 2021.');

	const res = await request.get(src);
	expect(res.status()).toBe(200);
	expect(res.headers()['content-type']).toContain('image/svg+xml');
	const body = await res.body();
	expect(gzipSync(body).length).toBeLessThanOrEqual(80_000);
	const svg = body.toString('utf8');
	expect(svg).not.toContain('<script');
	expect(svg).toContain('>Par région, état en septembre 2021, pour 100 000 habitants</text>');
	const desc = await page.evaluate((text) => new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('desc')?.textContent, svg);
	expect(desc).toBe(alt);

	// Pasted into a page, the code shows the image.
	await harness(page, code);
	await expect.poll(() => page.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
});

test('the static code says what of the view the image does not keep', async ({ page }) => {
	const latest = indexModel(model).periods('invest_segur_enveloppe_region', 'region').at(-1);
	await openMap(page, '/?i=invest_segur_enveloppe_region&niv=region&sel=84');
	await page.getByTestId('method-select').selectOption('equal');
	await expect(page).toHaveURL(/m=equal/);
	await page.getByTestId('open-share').click();
	const { src } = await staticImg(page);
	expect(new URL(src).pathname).toBe(`/embed/statique/invest_segur_enveloppe_region/region/${latest}.svg`);
	const notice = page.getByTestId('static-dropped');
	await expect(notice).toBeVisible();
	expect(normaliseSpaces((await notice.textContent()) ?? '')).toContain(
		'La version statique ne reprend pas : la classification personnalisée (intervalles égaux, 5 classes), le territoire sélectionné (Auvergne-Rhône-Alpes).'
	);
	await expect(notice).toContainText('Image SVG (modifiable)');
	await expect(page.getByTestId('static-code')).toHaveAttribute('aria-describedby', 'static-dropped');
});

test('a view the explorer does not offer has no static image', async ({ request }) => {
	for (const path of ['sas_pilote/region/2021-07-20.svg', 'sas_pilote/departement/2021-07-20-hab.svg', 'sas_pilote/departement/2019.svg'])
		expect((await request.get(`/embed/statique/${path}`)).status(), path).toBe(404);
});

test('the embed keeps working inside a page that forbids scripts', async ({ page }) => {
	await page.route('**/__strict.html', (route) =>
		route.fulfill({
			contentType: 'text/html',
			body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="script-src 'none'"><title>Article strict</title></head><body><iframe id="f" src="/embed/sas_pilote/?sel=73" style="width:600px;height:600px;border:0"></iframe></body></html>`
		})
	);
	await page.goto('/__strict.html');
	const frame = page.frameLocator('#f');
	await waitForMap(frame);
	await expect(frame.getByTestId('legend')).toContainText('Oui');
});

test('every indicator’s data and the catalogue are downloadable from the built site', async ({ page, request }) => {
	const csv = await request.get('/donnees/observations.csv');
	expect(csv.status()).toBe(200);
	const text = (await csv.body()).toString('utf8');
	expect(text.startsWith('\uFEFF')).toBe(true);
	const catalogue = await (await request.get('/donnees/catalogue.json')).json();
	expect(catalogue.indicators.length).toBeGreaterThan(100);
	const one = await request.get('/donnees/indicateurs/sas_pilote.csv');
	expect(one.status()).toBe(200);
	await page.goto('/donnees/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Télécharger les données');
});
