import { describe, expect, it } from 'vitest';
import { isImmutable, precacheList, PRECACHE_EXCLUSIONS } from '../../../src/lib/offline/precache';

describe('precacheList: what the build produced, minus the stated exclusions', () => {
	it('keeps the shell, the geometry, every page and its data, each once', () => {
		const list = precacheList({
			build: ['/_app/immutable/entry/app.js', '/_app/immutable/assets/maplibre-gl-worker.mjs', '/_app/immutable/entry/app.js'],
			files: ['/favicon.svg', '/geo/france.topo.json', '/_headers', '/manifest.webmanifest'],
			prerendered: [
				'/',
				'/__data.json',
				'/territoire/73/',
				'/territoire/73/__data.json',
				'/donnees/observations.csv',
				'/mesures/26/', // a page added later is stored without being listed anywhere
				'/embed/sas_pilote/',
				'/embed/statique/sas_pilote.svg',
				'/embed/statique/sas_pilote/departement/derniere.svg',
				'/og/carte.png'
			]
		});
		expect(list).toEqual([
			'/_app/immutable/entry/app.js',
			'/_app/immutable/assets/maplibre-gl-worker.mjs',
			'/favicon.svg',
			'/geo/france.topo.json',
			'/manifest.webmanifest',
			'/',
			'/__data.json',
			'/territoire/73/',
			'/territoire/73/__data.json',
			'/donnees/observations.csv',
			'/mesures/26/',
			'/embed/sas_pilote/'
		]);
	});

	it('works under a sub-folder too', () => {
		expect(precacheList({ build: [], files: ['/segur/_headers'], prerendered: ['/segur/', '/segur/embed/statique/x.svg'] })).toEqual(['/segur/']);
	});

	it('says why each exclusion exists', () => {
		for (const e of PRECACHE_EXCLUSIONS) expect(e.why.length).toBeGreaterThan(10);
	});

	it('knows which files never change under their name', () => {
		expect(isImmutable('/_app/immutable/chunks/a.js')).toBe(true);
		expect(isImmutable('/territoire/73/')).toBe(false);
	});
});
