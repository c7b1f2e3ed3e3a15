/** The whole view lives in the URL: reload reproduces it, back/forward walk it, bad parts fall back visibly. */
import { test, expect, openMap, waitForMap } from './fixtures';

const COMPLEX = '/?i=invest_segur_enveloppe_region&niv=region&d=2021-11-30&m=manual&k=3&br=500,1000&sel=84&cmp=11,84&gap=lt:1000&c=2.5,46.5,5.3';

test('a complex view round-trips through the URL and a reload', async ({ page }) => {
	await openMap(page, COMPLEX);
	const check = async () => {
		await expect(page.getByTestId('indicator-select')).toHaveValue('invest_segur_enveloppe_region');
		await expect(page.getByTestId('map-summary')).toContainText('état au 30 novembre 2021');
		await expect(page.getByTestId('method-select')).toHaveValue('manual');
		await expect(page.getByTestId('breaks-input')).toHaveValue('500 ; 1000');
		await expect(page.getByTestId('territory-panel').getByRole('heading', { level: 2 })).toHaveText('Auvergne-Rhône-Alpes');
		await expect(page.getByTestId('compare')).toContainText('Île-de-France (11)');
		await expect(page.getByTestId('gap-count')).toBeVisible();
		await expect(page.getByTestId('url-warnings')).toHaveCount(0);
		const cam = await page.evaluate(() => {
			const m = window.segurMap!;
			return { lon: m.getCenter().lng, lat: m.getCenter().lat, zoom: m.getZoom() };
		});
		expect(cam.lon).toBeCloseTo(2.5, 2);
		expect(cam.lat).toBeCloseTo(46.5, 2);
		expect(cam.zoom).toBeCloseTo(5.3, 1);
	};
	await check();
	const url = page.url();
	await page.reload();
	await waitForMap(page);
	expect(page.url()).toBe(url);
	await check();
});

test('back and forward walk through the views', async ({ page }) => {
	await openMap(page, '/?i=sas_pilote');
	await page.getByTestId('indicator-select').selectOption('invest_segur_enveloppe_region');
	await expect(page).toHaveURL(/i=invest_segur_enveloppe_region/);
	await page.goBack();
	await expect(page.getByTestId('indicator-select')).toHaveValue('sas_pilote');
	await expect(page.getByTestId('legend')).toContainText('Oui');
	await page.goForward();
	await expect(page.getByTestId('indicator-select')).toHaveValue('invest_segur_enveloppe_region');
});

test('bad or unknown parameters fall back to defaults and say so', async ({ page }) => {
	await openMap(page, '/?i=nimporte_quoi&k=12&sel=99&zzz=1');
	const warnings = page.getByTestId('url-warnings');
	await expect(warnings).toContainText('« i »');
	await expect(warnings).toContainText('« k »');
	await expect(warnings).toContainText('« sel »');
	await expect(warnings).toContainText('Paramètre inconnu « zzz » ignoré');
	await expect(page.getByTestId('indicator-select')).toHaveValue('sas_pilote');
	await expect(page.getByTestId('territory-panel')).toHaveCount(0);
});

test('a date to come is not read « as of »: the latest figures, said so, on the map and its summary', async ({ page }) => {
	await openMap(page, '/?d=2099');
	await expect(page.getByTestId('url-warnings')).toContainText('date à venir');
	await expect(page.getByTestId('map-summary')).not.toContainText('2099');
	await expect(page.getByTestId('map-summary')).toContainText('dernières données connues');
});

// Newsletters and social networks append parameters, sometimes twice: no address may blank
// the page. A repeated parameter keeps its first value and is warned about once.
for (const [path, expected] of [
	['/?a&a', ['Paramètre inconnu « a » ignoré.']],
	['/?ref=newsletter&ref=twitter', ['Paramètre inconnu « ref » ignoré.']],
	['/?d=1&d=2&d=3', ['« d » invalide', 'Paramètre « d » répété : seule la première valeur est utilisée.']],
	['/?=&=', ['Paramètre inconnu «  » ignoré.']],
	['/embed/cpts_aci_signees/?a&a&titre=0&titre=1', ['Paramètre « titre » répété', 'Paramètre inconnu « a » ignoré.']],
	['/embed/sas_pilote/?sel=75&sel=13&ref=x&ref=y', ['Paramètre « sel » répété', 'Paramètre inconnu « ref » ignoré.']]
] as const) {
	test(`repeated parameters keep the page: ${path}`, async ({ page }) => {
		await openMap(page, path);
		const warnings = page.getByTestId('url-warnings');
		const text = (await warnings.innerText()).replace(/\u00a0/g, ' ');
		for (const part of expected) expect(text.split(part).length - 1, part).toBe(1);
		await expect(page.getByTestId('legend')).toBeVisible();
	});
}

// Text from the address is shown through the same quoting on the explorer and the embed:
// a right-to-left override or a control character is never displayed as such.
for (const path of [
	`/?i=${encodeURIComponent('\u202Eevil')}&${encodeURIComponent('\u001Bx')}=1`,
	`/embed/sas_pilote/?titre=${encodeURIComponent('\u202Eevil')}&legende=${encodeURIComponent('\u0000bas')}&${encodeURIComponent('\u001Bx')}=1`
]) {
	test(`address text is neutralised before display: ${path}`, async ({ page }) => {
		await openMap(page, path);
		const text = await page.getByTestId('url-warnings').innerText();
		expect(text).toContain('\uFFFDevil');
		expect(text).toContain('\uFFFDx');
		expect(text).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
		expect(await page.evaluate(() => document.body.innerText)).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
	});
}
