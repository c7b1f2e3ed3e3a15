/**
 * `npm run bench [-- --runs N] [--only name,name] [--build] [--lighthouse-runs N] [--chrome-path P]`
 *
 * Builds what is needed, serves the built app and the floor page on 127.0.0.1:43xx,
 * runs each measure of MEASURES in order, prints one table and writes
 * bench/out/results.json and bench/out/results.md. Exits 0 when targets are missed
 * (benchmarks report, tests assert); exits 1 only if a measure could not run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Browser } from '@playwright/test';
import { APP_SNAPSHOT_DIR, CHROMIUM_PATH, VIEWPORT, FLOOR_OUT_DIR, OUT_DIR, ROOT, launchBrowser, startServer, type BenchContext, type Measure, type StaticServer } from './lib';
import { writeSyntheticModel } from './synthetic-sites';
import { buildFloor, ensureAppBuild, snapshotApp } from './build';
import { evaluate, markdownTable, textTable, type ReportRow } from './report';
import { geometrySize } from './measures/geometry';
import { pageWeight } from './measures/page-weight';
import { idleTime } from './measures/idle-time';
import { paintBytes } from './measures/paint-bytes';
import { switchTime } from './measures/switch-time';
import { embedWeight } from './measures/embed';
import { SITE_COUNTS, sitesAtScale, sitesPrefix } from './measures/sites';
import { memory } from './measures/memory';
import { lighthouseScores } from './measures/lighthouse';
import { importMeasures } from './measures/import';

/** Measures, in the order they run and appear. Add new modules here. */
export const MEASURES: { id: string; run: Measure; browser?: boolean }[] = [
	{ id: 'geometry', run: geometrySize },
	{ id: 'weight', run: pageWeight, browser: true },
	{ id: 'bytes', run: paintBytes, browser: true },
	{ id: 'idle', run: idleTime, browser: true },
	{ id: 'switch', run: switchTime, browser: true },
	{ id: 'embed', run: embedWeight, browser: true },
	{ id: 'sites', run: sitesAtScale, browser: true },
	{ id: 'memory', run: memory, browser: true },
	{ id: 'import', run: importMeasures, browser: true },
	{ id: 'lighthouse', run: lighthouseScores, browser: true }
];

/** The app with synthetic sites for `sites`: the snapshot again under /sites-<n>/, with its own data file. */
function syntheticMounts(log: (m: string) => void): { mounts: Record<string, string>; files: Record<string, string> } {
	const mounts: Record<string, string> = {};
	const files: Record<string, string> = {};
	for (const n of SITE_COUNTS) {
		const file = path.join(OUT_DIR, `modele-${n}-sites-synthetiques.json`);
		writeSyntheticModel(path.join(APP_SNAPSHOT_DIR, 'donnees/modele.json'), n, file);
		mounts[sitesPrefix(n)] = APP_SNAPSHOT_DIR;
		files[`${sitesPrefix(n)}donnees/modele.json`] = file;
	}
	log(`sites synthétiques : ${SITE_COUNTS.join(' et ')} (bench/out/modele-*-sites-synthetiques.json)`);
	return { mounts, files };
}

function parseArgs(argv: string[]) {
	const opts = { runs: 7, only: null as string[] | null, build: false, lighthouseRuns: 3, chromePath: CHROMIUM_PATH };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i]!;
		const value = () => (a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i] ?? '');
		if (a.startsWith('--runs')) opts.runs = Math.max(1, Number.parseInt(value(), 10) || 7);
		else if (a.startsWith('--only')) opts.only = value().split(',').filter(Boolean);
		else if (a === '--build') opts.build = true;
		else if (a.startsWith('--lighthouse-runs')) opts.lighthouseRuns = Math.max(1, Number.parseInt(value(), 10) || 3);
		else if (a.startsWith('--chrome-path')) opts.chromePath = value() || CHROMIUM_PATH;
		else if (a === '--help' || a === '-h') {
			console.log(`npm run bench [-- --runs N] [--only ${MEASURES.map((m) => m.id).join(',')}] [--build] [--lighthouse-runs N] [--chrome-path ${CHROMIUM_PATH}]`);
			process.exit(0);
		}
	}
	return opts;
}

function chromiumVersion(): string {
	try {
		return execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).replace(/\s+built on.*/s, '').trim();
	} catch {
		return 'Chromium ?';
	}
}

async function main() {
	const opts = parseArgs(process.argv.slice(2));
	const selected = MEASURES.filter((m) => !opts.only || opts.only.includes(m.id));
	const log = (m: string) => console.log(m);
	const started = Date.now();
	const load = os.loadavg()[0]!;
	if (load > os.cpus().length * 0.75)
		log(`attention : charge machine ${load.toFixed(1)} au départ (${os.cpus().length} cœurs) : les temps seront bruités`);

	let server: StaticServer | undefined;
	let browser: Browser | undefined;
	const cleanup = async () => {
		await browser?.close().catch(() => {});
		await server?.close().catch(() => {});
		browser = undefined;
		server = undefined;
	};
	for (const sig of ['SIGINT', 'SIGTERM'] as const)
		process.once(sig, () => {
			void cleanup().finally(() => process.exit(130));
		});

	const rows: ReportRow[] = [];
	const failures: string[] = [];
	try {
		if (selected.some((m) => m.browser)) {
			await ensureAppBuild(log, opts.build);
			await snapshotApp(log);
			await buildFloor(log);
			const synthetic = selected.some((m) => m.id === 'sites') ? syntheticMounts(log) : { mounts: {}, files: {} };
			server = await startServer({ mounts: { '/': APP_SNAPSHOT_DIR, '/floor/': FLOOR_OUT_DIR, ...synthetic.mounts }, files: synthetic.files });
			log(`serveur statique : ${server.origin} (application /, plancher /floor/)`);
			browser = await launchBrowser();
		}
		const ctx: BenchContext = {
			server: server as StaticServer,
			appUrl: server?.url('/') ?? '',
			floorUrl: server?.url('/floor/') ?? '',
			browser: browser as Browser,
			runs: opts.runs,
			lighthouseRuns: opts.lighthouseRuns,
			chromePath: opts.chromePath,
			shared: {},
			log
		};
		for (const m of selected) {
			const t = Date.now();
			log(`▶ ${m.id}`);
			try {
				const out = await m.run(ctx);
				rows.push(...out.map((r) => ({ ...r, measure: m.id, ok: evaluate(r) })));
				log(`  (${((Date.now() - t) / 1000).toFixed(1)} s)`);
			} catch (e) {
				const msg = e instanceof Error ? (e.stack ?? e.message) : String(e);
				failures.push(`${m.id}: ${msg}`);
				console.error(`  échec de la mesure ${m.id} : ${msg}`);
			}
		}
	} finally {
		await cleanup();
	}

	const date = new Date().toISOString();
	const environment = `Node ${process.version}, ${chromiumVersion()}, ${os.cpus().length} cœurs, WebGL logiciel (SwiftShader), fenêtre ${VIEWPORT.width}×${VIEWPORT.height}, charge au départ ${load.toFixed(1)}`;
	mkdirSync(OUT_DIR, { recursive: true });
	writeFileSync(
		path.join(OUT_DIR, 'results.json'),
		JSON.stringify({ date, environment, runs: opts.runs, root: ROOT, rows, failures }, null, '\t') + '\n'
	);
	writeFileSync(path.join(OUT_DIR, 'results.md'), markdownTable(rows, { date: date.slice(0, 10), environment, runs: opts.runs }));

	console.log('\n' + textTable(rows));
	const missed = rows.filter((r) => r.ok === false);
	console.log(
		`\n${missed.length ? `${missed.length} cible(s) manquée(s) : ${missed.map((r) => r.name).join(' ; ')}` : 'Toutes les cibles sont tenues.'}` +
			`\nRésultats : bench/out/results.json, bench/out/results.md (${((Date.now() - started) / 1000).toFixed(0)} s)`
	);
	if (failures.length) {
		console.error(`\n${failures.length} mesure(s) n’ont pas pu tourner.`);
		process.exitCode = 1;
	}
}

main().catch((e) => {
	console.error(e);
	process.exitCode = 1;
});
