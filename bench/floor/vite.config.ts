/**
 * The "floor" page: MapLibre drawing the same TopoJSON with no app code, the reference
 * the app's time-to-idle is compared with. Built by `npm run bench` into bench/out/floor.
 */
import { defineConfig } from 'vite';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
	root: here,
	base: './',
	// Copies static/geo/france.topo.json (and its manifest) next to index.html.
	publicDir: path.resolve(here, '../../static/geo'),
	logLevel: 'warn',
	clearScreen: false,
	build: {
		outDir: path.resolve(here, '../out/floor'),
		emptyOutDir: true,
		manifest: true,
		reportCompressedSize: false,
		chunkSizeWarningLimit: 2000,
		rolldownOptions: {
			output: {
				// MapLibre in its own chunk so its size can be told apart from the glue code.
				codeSplitting: { groups: [{ name: 'maplibre-gl', test: /node_modules[\\/]maplibre-gl[\\/]/ }] }
			}
		}
	}
});
