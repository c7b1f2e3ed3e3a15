/**
 * The built site's `_headers`, as Netlify and Cloudflare Pages would serve it for every
 * file of the build (host models in tests/unit/helpers/host-headers.ts): embeds can be
 * framed by any site, nothing else by another site. No browser needed: this runs after
 * the build, where the unit tests may have run before it.
 */
import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { builtPaths, headerProblems } from '../unit/helpers/host-headers';

test('every built file gets exactly one frame-ancestors on both hosts', () => {
	const build = join(process.cwd(), 'build');
	const files = readdirSync(build, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => relative(build, join(e.parentPath, e.name)));
	expect(files.length).toBeGreaterThan(100);
	expect(readFileSync(join(build, '_headers'), 'utf8')).toBe(readFileSync('static/_headers', 'utf8'));
	expect(headerProblems(readFileSync(join(build, '_headers'), 'utf8'), builtPaths(files))).toEqual([]);
});
