/** Builds what the benches load: the app (only if `build/` is missing) and the floor page (always). */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { APP_BUILD_DIR, APP_BUILD_MODULE_SIZES, APP_BUILD_VITE_MANIFEST, APP_MODULE_SIZES, APP_SNAPSHOT_DIR, APP_VITE_MANIFEST, BENCH_DIR, ROOT } from './lib';

function run(cmd: string, args: string[], quiet: boolean): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(cmd, args, { cwd: ROOT, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: process.env });
		let output = '';
		child.stdout?.on('data', (d) => (output += d));
		child.stderr?.on('data', (d) => (output += d));
		child.on('error', reject);
		child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}\n${output}`))));
	});
}

/** `npx vite build` at the root when `build/index.html` is missing (or when forced). */
export async function ensureAppBuild(log: (m: string) => void, force = false): Promise<void> {
	if (!force && existsSync(path.join(APP_BUILD_DIR, 'index.html'))) {
		log('build/ présent : pas de reconstruction de l’application (--build pour forcer)');
		return;
	}
	log(force ? 'construction de l’application (npx vite build, demandée par --build)…' : 'build/ absent : construction de l’application (npx vite build)…');
	const t = Date.now();
	await run('npx', ['vite', 'build'], false);
	log(`application construite en ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

/** Always rebuilds the floor page into bench/out/floor. */
export async function buildFloor(log: (m: string) => void): Promise<void> {
	const t = Date.now();
	await run('npx', ['vite', 'build', '--config', path.join(BENCH_DIR, 'floor/vite.config.ts')], true);
	log(`page plancher construite en ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

/** Files under `_app/` that a built index.html references and the snapshot lacks. */
function missingAssets(dir: string): string[] {
	const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
	const refs = new Set([...html.matchAll(/["'(](?:\.\/|\/)?(_app\/[^"')?#\s]+)/g)].map((m) => m[1]!));
	return [...refs].filter((f) => !existsSync(path.join(dir, f)));
}

/**
 * Copies `build/` (and the matching Vite manifest) to bench/out/app, so that a rebuild
 * by someone else during the bench cannot break a run. Retries while `build/` looks
 * half-written.
 */
export async function snapshotApp(log: (m: string) => void): Promise<void> {
	for (let attempt = 1; ; attempt++) {
		rmSync(APP_SNAPSHOT_DIR, { recursive: true, force: true });
		let missing: string[];
		try {
			cpSync(APP_BUILD_DIR, APP_SNAPSHOT_DIR, { recursive: true });
			missing = missingAssets(APP_SNAPSHOT_DIR);
		} catch (e) {
			missing = [e instanceof Error ? e.message : String(e)];
		}
		if (missing.length === 0) break;
		if (attempt === 5) throw new Error(`build/ incomplet (construction en cours ailleurs ?) : ${missing.slice(0, 5).join(', ')}`);
		log(`build/ incomplet, nouvel essai dans 3 s (${missing[0]})`);
		await new Promise((r) => setTimeout(r, 3000));
	}
	rmSync(APP_VITE_MANIFEST, { force: true });
	try {
		const manifest = JSON.parse(readFileSync(APP_BUILD_VITE_MANIFEST, 'utf8')) as Record<string, { file: string }>;
		const stale = Object.values(manifest).filter((c) => !existsSync(path.join(APP_SNAPSHOT_DIR, c.file)));
		if (stale.length === 0) writeFileSync(APP_VITE_MANIFEST, JSON.stringify(manifest));
		else log(`manifeste Vite de .svelte-kit/ ne correspondant pas à build/ : MapLibre reconnu au nom et au contenu des fichiers`);
	} catch {
		log('pas de manifeste Vite dans .svelte-kit/ : MapLibre reconnu au nom et au contenu des fichiers');
	}
	rmSync(APP_MODULE_SIZES, { force: true });
	try {
		const sizes = JSON.parse(readFileSync(APP_BUILD_MODULE_SIZES, 'utf8')) as Record<string, unknown>;
		if (Object.keys(sizes).every((file) => existsSync(path.join(APP_SNAPSHOT_DIR, file)))) writeFileSync(APP_MODULE_SIZES, JSON.stringify(sizes));
		else log('tailles des modules de .svelte-kit/ ne correspondant pas à build/ : code des modes non mesuré');
	} catch {
		log('pas de tailles de modules dans .svelte-kit/ : code des modes non mesuré');
	}
}
