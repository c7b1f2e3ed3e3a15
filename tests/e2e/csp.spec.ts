/** Every page declares a Content-Security-Policy that keeps all content on this origin. */
import { test, expect, waitForMap } from './fixtures';

for (const path of ['/', '/embed/sas_pilote/']) {
	test(`${path} carries a CSP allowing only its own origin`, async ({ page }) => {
		await page.goto(path);
		const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(csp).toContain("default-src 'self'");
		expect(csp).toMatch(/script-src 'self'( 'sha256-[^']+')+;/);
		expect(csp).not.toMatch(/https?:/);
		await waitForMap(page);
	});
}

test('an inline script that was not built into the page is refused', async ({ page, watch }) => {
	await page.goto('/');
	const ran = await page.evaluate(
		() =>
			new Promise<boolean>((resolve) => {
				const w = window as unknown as { __injected?: boolean };
				const s = document.createElement('script');
				s.textContent = 'window.__injected = true';
				document.head.append(s);
				setTimeout(() => resolve(w.__injected === true), 100);
			})
	);
	expect(ran).toBe(false);
	// The browser reports the refusal: expected here, and only here.
	const refused = watch.errors.filter((e) => /Content Security Policy/i.test(e));
	expect(refused.length).toBeGreaterThan(0);
	watch.errors.splice(0, watch.errors.length, ...watch.errors.filter((e) => !/Content Security Policy/i.test(e)));
});
