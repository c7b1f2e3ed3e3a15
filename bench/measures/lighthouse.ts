/**
 * Lighthouse 12.2.3 (pinned: the last to run on Node 20) in Debian's Chromium, with its mobile
 * (default) and desktop presets, on the main page, an embed, a territory's profile and the
 * measures' page when the build has one: performance, accessibility, best practices, SEO,
 * median of the runs (`--lighthouse-runs`, default 3). Targets 90 / 100 / 100 / 100, reported,
 * never enforced: Lighthouse's own throttling on software WebGL and 2 cores is pessimistic.
 * The embed is `noindex` on purpose (its article is what should be indexed): its SEO score
 * says so.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lighthouse, { desktopConfig } from 'lighthouse';
import { APP_SNAPSHOT_DIR, median, type Measure, type Row } from '../lib';

const CATEGORIES = [
	{ id: 'performance', label: 'performance', target: 90 },
	{ id: 'accessibility', label: 'accessibilité', target: 100 },
	{ id: 'best-practices', label: 'bonnes pratiques', target: 100 },
	{ id: 'seo', label: 'SEO', target: 100 }
] as const;

const PAGES = ['', 'embed/sas_pilote/', 'territoire/73/', 'mesures/'];

/** Chromium with a DevTools port for Lighthouse to drive (its own launcher would look for Chrome). */
async function startChromium(chromePath: string): Promise<{ port: number; stop(): Promise<void> }> {
	const profile = mkdtempSync(path.join(os.tmpdir(), 'segur-lighthouse-'));
	const child: ChildProcess = spawn(
		chromePath,
		['--headless=new', '--remote-debugging-port=0', `--user-data-dir=${profile}`, '--no-sandbox', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', 'about:blank'],
		{ stdio: ['ignore', 'ignore', 'pipe'] }
	);
	const port = await new Promise<number>((resolve, reject) => {
		let err = '';
		const timer = setTimeout(() => reject(new Error(`Chromium sans port DevTools après 20 s : ${err.slice(-500)}`)), 20_000);
		child.stderr?.on('data', (d: Buffer) => {
			err += d;
			const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
			if (m) {
				clearTimeout(timer);
				resolve(Number(m[1]));
			}
		});
		child.on('exit', (code) => reject(new Error(`Chromium arrêté (${code}) : ${err.slice(-500)}`)));
	});
	return {
		port,
		async stop() {
			const exited = new Promise((r) => child.once('exit', r));
			child.kill();
			await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
			rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
		}
	};
}

export const lighthouseScores: Measure = async (ctx) => {
	const pages = PAGES.filter((p) => existsSync(path.join(APP_SNAPSHOT_DIR, p, 'index.html')));
	const runs = ctx.lighthouseRuns;
	const chrome = await startChromium(ctx.chromePath);
	const rows: Row[] = [];
	try {
		for (const preset of ['mobile', 'desktop'] as const)
			for (const p of pages) {
				const url = new URL(p, ctx.appUrl).href;
				const scores = new Map<string, number[]>(CATEGORIES.map((c) => [c.id, []]));
				for (let i = 0; i < runs; i++) {
					const result = await lighthouse(
						url,
						{ port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES.map((c) => c.id) },
						preset === 'desktop' ? desktopConfig : undefined
					);
					const lhr = result?.lhr;
					if (!lhr) throw new Error(`Lighthouse n’a rien rendu pour ${url} (${preset})`);
					if (lhr.runtimeError) throw new Error(`Lighthouse, ${url} (${preset}) : ${lhr.runtimeError.message}`);
					for (const c of CATEGORIES) scores.get(c.id)!.push(Math.round(100 * (lhr.categories[c.id]?.score ?? 0)));
					ctx.log(`  Lighthouse ${preset} /${p} run ${i + 1}/${runs} : ${CATEGORIES.map((c) => `${c.label} ${scores.get(c.id)!.at(-1)}`).join(', ')}`);
				}
				for (const c of CATEGORIES) {
					const xs = scores.get(c.id)!;
					rows.push({
						name: `Lighthouse ${preset === 'mobile' ? 'mobile' : 'ordinateur'} /${p} : ${c.label}`,
						value: median(xs),
						unit: '/100',
						target: c.target,
						better: 'higher',
						digits: 0,
						note: runs > 1 ? `${runs} passages : ${Math.min(...xs)} à ${Math.max(...xs)}` : undefined
					});
				}
			}
	} finally {
		await chrome.stop();
	}
	return rows;
};
