import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { PICTURE_GUARD_SCRIPT } from './src/lib/publish/picture-guard.js';

// The one inline script not written by SvelteKit (it hides a prerendered map picture that
// the address does not show, before the first paint), allowed by its hash.
const pictureGuard = `sha256-${createHash('sha256').update(PICTURE_GUARD_SCRIPT).digest('base64')}`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Fully static output: any static host or CDN can serve `build/`.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		// Relative asset paths so the site also works under a sub-path (e.g. /segur/).
		paths: { relative: true },
		// Each page's styles (≈ 35 kB, ≈ 8 kB gz for the explorer) travel inside its HTML:
		// eleven render-blocking stylesheet requests held the first paint of the map picture.
		inlineStyleThreshold: 32_768,
		// src/service-worker.ts is registered by the page itself once it is idle, and not
		// by embeds (src/lib/offline/register.svelte.ts): nothing inline, the CSP is unchanged.
		serviceWorker: { register: false },
		// Every page carries a Content-Security-Policy (a <meta> tag in prerendered
		// pages, inline scripts allowed by hash): nothing but this origin is ever loaded.
		// Framing rules (`frame-ancestors`) cannot live in a <meta>: see static/_headers.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', pictureGuard],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'child-src': ['self', 'blob:'],
				'frame-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
