/**
 * The headers each static host serves from `static/_headers` (and the copy the build puts
 * in `build/_headers`), computed with a model of each host (tests/unit/helpers/host-headers.ts):
 * exactly one `frame-ancestors` on every path, `*` for the embeds, `'self'` elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cloudflareHeaders, frameAncestors, headerProblems, netlifyHeaders } from '../helpers/host-headers';

const ROOT = join(import.meta.dirname, '../../..');
const STATIC = readFileSync(join(ROOT, 'static/_headers'), 'utf8');

describe('the host models follow their documentation', () => {
	// Cloudflare's own example (pages/configuration/headers): rules add up, a header set twice is joined.
	const cloudflareExample = `# A comment
/secure/page
  X-Frame-Options: DENY
  X-Content-Type-Options: nosniff
  Referrer-Policy: no-referrer

/static/*
  Access-Control-Allow-Origin: *
  X-Robots-Tag: nosnippet

/*
  X-Robots-Tag: noindex
`;
	it.each([
		['/secure/page', { 'x-frame-options': 'DENY', 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'x-robots-tag': 'noindex' }],
		['/static/styles.css', { 'access-control-allow-origin': '*', 'x-robots-tag': 'nosnippet, noindex' }],
		['/home', { 'x-robots-tag': 'noindex' }]
	])('Cloudflare Pages: %s', (path, expected) => {
		expect(Object.fromEntries(cloudflareHeaders(cloudflareExample, path))).toEqual(expected);
	});

	it('Cloudflare Pages: a later rule detaches a header with `! Name`, an earlier one cannot', () => {
		const file = '/*\n  Content-Security-Policy: default-src \'self\';\n\n/*.jpg\n  ! Content-Security-Policy\n';
		expect(Object.fromEntries(cloudflareHeaders(file, '/a.jpg'))).toEqual({});
		expect(Object.fromEntries(cloudflareHeaders(file, '/a.html'))).toEqual({ 'content-security-policy': "default-src 'self';" });
		const tooEarly = '/*.jpg\n  ! X-A\n  X-B: 1\n/*\n  X-A: 2\n';
		expect(Object.fromEntries(cloudflareHeaders(tooEarly, '/a.jpg'))).toEqual({ 'x-b': '1', 'x-a': '2' });
	});

	it('Netlify: the last matching rule wins for a header; values repeated in one rule are joined; `*` also matches the bare folder', () => {
		const file = '/*\n  X-A: site\n  Cache-Control: max-age=0\n  Cache-Control: no-cache\n/folder/*\n  ! X-A\n  X-A: folder\n';
		expect(Object.fromEntries(netlifyHeaders(file, '/folder/page/'))).toEqual({ 'X-A': 'folder', 'Cache-Control': 'max-age=0, no-cache' });
		expect(Object.fromEntries(netlifyHeaders(file, '/folder'))).toEqual({ 'X-A': 'folder', 'Cache-Control': 'max-age=0, no-cache' });
		expect(Object.fromEntries(netlifyHeaders(file, '/other'))).toEqual({ 'X-A': 'site', 'Cache-Control': 'max-age=0, no-cache' });
		expect(Object.fromEntries(cloudflareHeaders(file, '/folder'))).toEqual({ 'x-a': 'site', 'cache-control': 'max-age=0, no-cache' });
	});

	it('the rules this project had before: two policies on Cloudflare Pages, so no newsroom could frame an embed', () => {
		const before = "/*\n  Content-Security-Policy: frame-ancestors 'self'\n\n/embed/*\n  Content-Security-Policy: frame-ancestors *\n";
		expect(frameAncestors(cloudflareHeaders(before, '/embed/sas_pilote/'))).toEqual(["frame-ancestors 'self'", 'frame-ancestors *']);
		expect(frameAncestors(netlifyHeaders(before, '/embed/sas_pilote/'))).toEqual(['frame-ancestors *']);
	});
});

/** Paths served by the site: the four of the issue, every kind of file, and an unknown address. */
const PATHS: [string, string][] = [
	['/', "'self'"],
	['/index.html', "'self'"],
	['/territoire/73/', "'self'"],
	['/donnees/', "'self'"],
	['/accessibilite/', "'self'"],
	['/_app/immutable/entry/start.js', "'self'"],
	['/service-worker.js', "'self'"],
	['/page-inconnue', "'self'"],
	['/embed/sas_pilote/', '*'],
	['/embed/sas_pilote/?sel=73', '*'],
	['/embed/statique/sas_pilote.svg', '*'],
	['/embed/statique/sas_pilote/departement/derniere.svg', '*'],
	['/embed/', '*']
];

describe('static/_headers', () => {
	it('gives exactly one frame-ancestors per path on Netlify and on Cloudflare Pages', () => expect(headerProblems(STATIC, PATHS)).toEqual([]));

	it('would be caught without its detach line', () => {
		expect(headerProblems(STATIC.replace('  ! Content-Security-Policy\n', ''), PATHS)).toContain('Cloudflare Pages /embed/sas_pilote/: frame-ancestors \'self\' | frame-ancestors *');
	});
});

// The built site's `_headers` is checked after the build, by tests/e2e/host-headers.spec.ts
// (a unit test would read whatever stale build lies in the checkout).
