import { defineConfig } from '@playwright/test';

// End-to-end tests drive the BUILT, prerendered site (`npm run build` first) in
// Debian's Chromium: Playwright's own browser download does not work offline.
// E2E_PORT lets two checkouts run their end-to-end tests side by side.
const port = Number(process.env.E2E_PORT) || 4173;
export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	workers: 1, // software WebGL uses the CPU: one browser at a time on small machines
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 15_000 },
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		viewport: { width: 1280, height: 800 },
		locale: 'fr-FR',
		// The site installs itself for offline use (a service worker storing ≈ 500 files): only
		// tests/e2e/offline.spec.ts allows it, the other tests need not download it each time.
		serviceWorkers: 'block',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
			args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync']
		}
	},
	webServer: {
		command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
		timeout: 60_000
	}
});
