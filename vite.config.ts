import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';
import { validateDataPlugin } from './src/lib/data/vite-plugin';
import { trimMaplibreCssPlugin } from './src/lib/map/maplibre-css';

export default defineConfig({
	plugins: [validateDataPlugin(resolve('data')), trimMaplibreCssPlugin(), sveltekit()],
	// The import worker loads SheetJS with a dynamic import(): only ES module workers can split.
	worker: { format: 'es' },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
