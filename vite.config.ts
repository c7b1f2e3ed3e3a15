import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { dirname, join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { createRequire } from 'node:module';
// With their extension, and no more than these two: src/lib/data/vite-plugin.ts says why.
import { validateDataPlugin } from './src/lib/data/vite-plugin.ts';
import { trimMaplibreCssPlugin } from './src/lib/map/maplibre-css.ts';

export default defineConfig(({ command }) => ({
	plugins: [validateDataPlugin(resolve('data')), trimMaplibreCssPlugin(), sveltekit(), moduleSizesPlugin()],
	resolve: {
		// d3-scale ships as ONE module: the bundler puts all of its code that any chunk uses in
		// the chunk of the page's classes, so the circles' `scaleSqrt` would bring d3-interpolate,
		// d3-color and d3-format into the first load. The circles (loaded on first use) import
		// the same release through this second file of the package: its own lazy chunk.
		alias: [{ find: /^d3-scale\/lazy$/, replacement: join(dirname(createRequire(import.meta.url).resolve('d3-scale')), 'd3-scale.min.mjs') }]
	},
	// The import worker loads SheetJS with a dynamic import(): only ES module workers can split.
	worker: { format: 'es' },
	// A build prints what needs a reader: warnings, errors (a data problem stops it, with every
	// problem listed) and the adapter's last word. Not the hundred-odd lines listing each
	// output file and its size: `npm run bench` measures what readers download.
	logLevel: command === 'build' ? 'warn' : 'info',
	build: {
		// MapLibre GL ships as one minified 1.1 MB module (node_modules/maplibre-gl/dist/
		// maplibre-gl.mjs), the one chunk above Vite's 500 kB default, warned about on every
		// build. The limit sits just above it: the warning fires again if MapLibre grows or
		// another chunk passes 1.2 MB.
		chunkSizeWarningLimit: 1200,
		rolldownOptions: {
			// Rolldown's note on slow plugin callbacks comes with every build and asks for no
			// action here; its other checks stay on.
			checks: { bundlerTimings: false }
		}
	},
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
}));

/**
 * Beside Vite's manifest (`.vite/`, never copied to build/): each client chunk's source
 * modules and the length of their code in it, so that `npm run bench` can say which part of
 * the JavaScript a page loads belongs to what (e.g. the map modes loaded on first use).
 */
function moduleSizesPlugin(): Plugin {
	return {
		name: 'segur-module-sizes',
		apply: 'build',
		generateBundle(_options, bundle) {
			const chunks = Object.values(bundle).filter((c) => c.type === 'chunk' && c.fileName.startsWith('_app/immutable/'));
			if (chunks.length === 0) return; // the server build
			const sizes: Record<string, Record<string, number>> = {};
			for (const c of chunks) {
				if (c.type !== 'chunk') continue;
				const modules = Object.entries(c.modules).filter(([, m]) => m.renderedLength > 0);
				// A chunk of style sheets only has no code: it is not written out.
				if (modules.length) sizes[c.fileName] = Object.fromEntries(modules.map(([id, m]) => [relative(process.cwd(), id.replace(/\?.*$/, '')), m.renderedLength]));
			}
			this.emitFile({ type: 'asset', fileName: '.vite/module-sizes.json', source: JSON.stringify(sizes) });
		}
	};
}
