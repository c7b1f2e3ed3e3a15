// Runs geo/build.mjs. Needs the build's own dependencies (`npm --prefix geo ci`): without
// geo/node_modules these tests are skipped with a message; CI runs `npm run geo:check` too.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GEO_DEPS_INSTALLED, features, loadTopology, positions, rootPath } from './helpers';
import type { FranceTopology } from '../../../src/lib/geo/topology';
import { geometryContains } from '../../../src/lib/geo/contains';
import { applyTransform } from '../../../src/lib/geo/projection.js';

const BUILD = rootPath('geo/build.mjs');
const FIXTURE = rootPath('tests/unit/geo/fixtures/departements-admin-express-like.geojson');

if (!GEO_DEPS_INSTALLED) {
	console.warn(
		'[geo] geo/node_modules absent : tests de reconstruction (build.mjs --check, --departements) ignorés. ' +
			'Lancer `npm --prefix geo ci` pour les exécuter (la CI lance `npm run geo:check`).'
	);
}

const run = (args: string[]) => spawnSync(process.execPath, [BUILD, ...args], { encoding: 'utf8', cwd: os.tmpdir() });
const tmpDirs: string[] = [];
const tmp = (): string => {
	const d = fs.mkdtempSync(path.join(os.tmpdir(), 'segur-geo-test-'));
	tmpDirs.push(d);
	return d;
};
afterAll(() => {
	for (const d of tmpDirs) fs.rmSync(d, { recursive: true, force: true });
});

describe.skipIf(!GEO_DEPS_INSTALLED)('geo/build.mjs', () => {
	it('--check: the committed outputs are exactly what the build produces', () => {
		const r = run(['--check']);
		expect(r.stderr + r.stdout).toMatch(/OK/);
		expect(r.status).toBe(0);
	}, 60_000);

	it('--check names the files that differ, and the build is deterministic', () => {
		const out = tmp();
		execFileSync(process.execPath, [BUILD, '--out-root', out, '--quiet']);
		for (const rel of ['static/geo/france.topo.json', 'static/geo/manifest.json', 'src/lib/territories/territoires.json'])
			expect(fs.readFileSync(path.join(out, rel)).equals(fs.readFileSync(rootPath(rel))), rel).toBe(true);
		expect(run(['--check', '--out-root', out]).status).toBe(0);
		fs.appendFileSync(path.join(out, 'static/geo/manifest.json'), ' ');
		fs.rmSync(path.join(out, 'src/lib/territories/territoires.json'));
		const r = run(['--check', '--out-root', out]);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('static/geo/manifest.json');
		expect(r.stderr).toContain('src/lib/territories/territoires.json (absent)');
		expect(r.stderr).not.toContain('france.topo.json');
	}, 60_000);

	describe('--departements (bring your own GeoJSON, e.g. IGN ADMIN EXPRESS)', () => {
		let out = '';
		let r: ReturnType<typeof run>;
		beforeAll(() => {
			out = tmp();
			r = run(['--departements', FIXTURE, '--code-property', 'INSEE_DEP', '--out-root', out, '--quiet']);
		});
		const topo = (): FranceTopology => loadTopology(path.relative(rootPath(), path.join(out, 'static/geo/france.topo.json')));

		it('builds from the fixture', () => {
			expect(r.stderr).toBe('');
			expect(r.status).toBe(0);
		});

		it('gives the 101 départements, 18 régions, 4 Paris copies, 6 frames', () => {
			const t = topo();
			expect(features(t, 'departements').map((f) => f.id)).toHaveLength(101);
			expect(features(t, 'regions')).toHaveLength(18);
			expect(features(t, 'paris')).toHaveLength(4);
			expect(features(t, 'frames')).toHaveLength(6);
			// The exploded Charente-Maritime (3 features in the file) is one MultiPolygon.
			const cm = features(t, 'departements').find((f) => f.id === '17');
			expect(cm?.geometry.type).toBe('MultiPolygon');
		});

		it('places the DROM inside their frames and records the source file', () => {
			const t = topo();
			const manifest = JSON.parse(fs.readFileSync(path.join(out, 'static/geo/manifest.json'), 'utf8'));
			expect(manifest.geometry).toMatchObject({ kind: 'geojson', file: path.basename(FIXTURE), codeProperty: 'INSEE_DEP' });
			for (const p of manifest.placements.filter((q: { id: string }) => q.id !== 'paris')) {
				const f = features(t, 'departements').find((d) => d.id === p.codes[0]);
				const [[w, s], [e, n]] = p.frame;
				for (const [x, y] of positions(f!.geometry)) expect(x >= w && x <= e && y >= s && y <= n).toBe(true);
			}
			const paris = features(t, 'departements').find((d) => d.id === '75');
			expect(geometryContains(paris!.geometry, applyTransform(manifest.metropole, [2.35, 48.86]))).toBe(true);
		});

		it('writes the same territoires.json (names and populations do not depend on geometry)', () => {
			expect(fs.readFileSync(path.join(out, 'src/lib/territories/territoires.json')).equals(fs.readFileSync(rootPath('src/lib/territories/territoires.json')))).toBe(true);
		});
	});

	describe('crosswalk errors are clear', () => {
		const csv = fs.readFileSync(rootPath('geo/crosswalk.csv'), 'utf8').split('\n');
		const withLines = (lines: string[]): string => {
			const f = path.join(tmp(), 'crosswalk.csv');
			fs.writeFileSync(f, lines.join('\n'));
			return f;
		};

		it('has 101 reviewed rows', () => {
			expect(csv[0]).toBe('source_id,source_name,insee_code,insee_name');
			expect(csv.filter((l) => l.trim() !== '').length).toBe(102);
		});

		it('a source feature missing from the table is named', () => {
			const r = run(['--crosswalk', withLines(csv.filter((l) => !l.startsWith('FR.SE,'))), '--out-root', tmp()]);
			expect(r.status).not.toBe(0);
			expect(r.stderr).toMatch(/objet source absent de crosswalk.csv : id « FR.SE », nom « Seien-et-Marne »/);
			expect(r.stderr).toMatch(/code INSEE manquant dans crosswalk.csv : 77 \(Seine-et-Marne\)/);
		});

		it('a duplicated code is named', () => {
			const r = run(['--crosswalk', withLines(csv.map((l) => (l.startsWith('FR.HR,') ? 'FR.HR,Haute-Rhin,67,Bas-Rhin' : l))), '--out-root', tmp()]);
			expect(r.status).not.toBe(0);
			expect(r.stderr).toMatch(/code INSEE en double : 67/);
		});
	});

	describe('--departements errors are clear', () => {
		const fixture = JSON.parse(fs.readFileSync(FIXTURE, 'utf8')) as { type: string; features: { properties: Record<string, string>; geometry: { coordinates: unknown } }[] };
		const write = (data: unknown): string => {
			const f = path.join(tmp(), 'dep.geojson');
			fs.writeFileSync(f, JSON.stringify(data));
			return f;
		};

		it('a missing département is named', () => {
			const f = write({ ...fixture, features: fixture.features.filter((x) => x.properties.INSEE_DEP !== '2A') });
			const r = run(['--departements', f, '--out-root', tmp()]);
			expect(r.status).not.toBe(0);
			expect(r.stderr).toMatch(/département 2A absent du fichier/);
		});

		it('an unknown code is named', () => {
			const features = fixture.features.map((x) => (x.properties.INSEE_DEP === '01' ? { ...x, properties: { ...x.properties, INSEE_DEP: '99' } } : x));
			const r = run(['--departements', write({ ...fixture, features }), '--out-root', tmp()]);
			expect(r.status).not.toBe(0);
			expect(r.stderr).toMatch(/code « 99 » hors des 101 départements/);
		});

		it('a wrong code property is reported', () => {
			const r = run(['--departements', FIXTURE, '--code-property', 'CODE_DEPT', '--out-root', tmp()]);
			expect(r.status).not.toBe(0);
			expect(r.stderr).toMatch(/propriété CODE_DEPT absente/);
		});

		it('projected coordinates (Lambert-93) are refused with a hint', () => {
			const features = fixture.features.map((x, i) => (i === 0 ? { ...x, geometry: { type: 'Polygon', coordinates: [[[652000, 6862000], [653000, 6862000], [653000, 6863000], [652000, 6862000]]] } } : x));
			const r = run(['--departements', write({ ...fixture, features }), '--out-root', tmp()]);
			expect(r.status).not.toBe(0);
			expect(r.stderr).toMatch(/reprojeter en WGS84/);
		});
	});
});
