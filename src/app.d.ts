// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Map as MlMap } from 'maplibre-gl';

declare global {
	namespace App {}
	interface Window {
		/** The explorer's MapLibre map, for end-to-end tests and debugging from the console. */
		segurMap?: MlMap;
	}
}
export {};
