/**
 * How the two static hosts the README names turn a `_headers` file into the headers of one
 * response (not a test file). Each model follows the host's documentation and its published
 * reference code, and keeps only what this site's `_headers` uses: path rules with `*`
 * splats and `:name` placeholders, header lines, comments, and Cloudflare's `! Name`.
 *
 * Netlify (docs.netlify.com/manage/routing/headers; the parser of netlify/build's
 * `headers-parser` and the matcher of its `@netlify/headers` engine):
 * - a line starting with `/` opens a rule; `Name: value` adds to it; a line with no `:` is
 *   ignored (so a Cloudflare `! Name` line is a no-op there); `#` starts a comment;
 * - a name repeated within one rule joins its values with `, `;
 * - a path is matched case-insensitively, a trailing `/` optional; a `*` segment matches
 *   the rest of the path, empty included (`/embed/*` matches `/embed`);
 * - every matching rule applies in file order, and for a header set by several of them
 *   the LAST value wins (`Object.assign`: no joining across rules).
 *
 * Cloudflare Pages (developers.cloudflare.com/pages/configuration/headers; `parseHeaders`
 * and the asset server of cloudflare/workers-sdk):
 * - same syntax, names lower-cased; `! Name` in a rule detaches a header;
 * - a path is matched exactly against the request's path, `*` greedy (`/embed/*` does
 *   not match `/embed`), `:name` one segment;
 * - every matching rule applies in file order: its detached headers are removed first,
 *   then its headers are set — and a header that an EARLIER RULE already set is appended,
 *   the values joined with `, `. Hence `frame-ancestors 'self', frame-ancestors *` when two
 *   rules set the same policy without a detach.
 */

export type ServedHeaders = Map<string, string>;

interface Rule {
	path: string;
	/** Name as written → value (values of a name repeated in the rule joined with `, `). */
	set: Map<string, string>;
	unset: string[];
}

function parseRules(text: string, { lowerCaseNames, detach }: { lowerCaseNames: boolean; detach: boolean }): Rule[] {
	const rules: Rule[] = [];
	for (const raw of text.split('\n')) {
		const line = raw.trim();
		if (line === '' || line.startsWith('#')) continue;
		if (line.startsWith('/')) {
			rules.push({ path: line, set: new Map(), unset: [] });
			continue;
		}
		const rule = rules.at(-1);
		if (!rule) throw new Error(`_headers : en-tête avant tout chemin : ${line}`);
		if (!line.includes(':')) {
			if (detach && line.startsWith('! ')) rule.unset.push(line.slice(2).trim().toLowerCase());
			continue; // Netlify ignores it; Cloudflare reports it as invalid and ignores it
		}
		const [rawName = '', ...rest] = line.split(':');
		const name = lowerCaseNames ? rawName.trim().toLowerCase() : rawName.trim();
		const value = rest.join(':').trim();
		const previous = rule.set.get(name);
		rule.set.set(name, previous === undefined ? value : `${previous}, ${value}`);
	}
	return rules;
}

const escapeRegExp = (s: string) => s.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&');

function netlifyRegExp(path: string): RegExp {
	const parts = path
		.split('/')
		.map((p) => p.trimEnd())
		.filter(Boolean)
		.map((p) => (p.startsWith(':') ? '([^/]+)' : p === '*' ? '?(.*)' : p.includes('*') ? p.split('*').map(escapeRegExp).join('(.*)') : escapeRegExp(p)));
	return new RegExp(`^/${parts.join('/')}/?$`, 'iu');
}

function cloudflareRegExp(path: string): RegExp {
	const pattern = path
		.split('*')
		.map(escapeRegExp)
		.join('.*')
		.replace(/:[A-Za-z]\w*/g, '[^/]+');
	return new RegExp(`^${pattern}$`);
}

/** The headers Netlify sends for `pathname` under this `_headers` file (names as written). */
export function netlifyHeaders(file: string, pathname: string): ServedHeaders {
	const served: ServedHeaders = new Map();
	for (const rule of parseRules(file, { lowerCaseNames: false, detach: false }))
		if (netlifyRegExp(rule.path).test(pathname)) for (const [name, value] of rule.set) served.set(name, value);
	return served;
}

/** The headers Cloudflare Pages sends for `pathname` under this `_headers` file (names lower-cased). */
export function cloudflareHeaders(file: string, pathname: string): ServedHeaders {
	const rules = parseRules(file, { lowerCaseNames: true, detach: true });
	// Rules are kept by path: a path written twice keeps its first place and its last content.
	const byPath = new Map<string, Rule>();
	for (const rule of rules) byPath.set(rule.path, rule);
	const served: ServedHeaders = new Map();
	const setByRules = new Set<string>();
	for (const rule of byPath.values()) {
		if (!cloudflareRegExp(rule.path).test(pathname)) continue;
		for (const name of rule.unset) served.delete(name);
		for (const [name, value] of rule.set) {
			const current = served.get(name);
			served.set(name, setByRules.has(name) && current !== undefined ? `${current}, ${value}` : value);
			setByRules.add(name);
		}
	}
	return served;
}

/** Every `frame-ancestors` directive the browser would read in the served headers. */
export function frameAncestors(headers: ServedHeaders): string[] {
	const out: string[] = [];
	for (const [name, value] of headers)
		if (name.toLowerCase() === 'content-security-policy')
			for (const directive of value.split(/[;,]/)) if (/^\s*frame-ancestors\b/i.test(directive)) out.push(directive.trim());
	return out;
}

export const HOSTS = { Netlify: netlifyHeaders, 'Cloudflare Pages': cloudflareHeaders } as const;

/**
 * What is wrong with the headers served for these paths, on each host: anything but exactly
 * one `frame-ancestors` with the expected sources, one `nosniff`, one referrer policy.
 */
export function headerProblems(file: string, paths: readonly (readonly [path: string, frameAncestors: string])[]): string[] {
	const problems: string[] = [];
	const values = (h: ServedHeaders, name: string) => [...h].filter(([n]) => n.toLowerCase() === name.toLowerCase()).map(([, v]) => v);
	for (const [host, served] of Object.entries(HOSTS))
		for (const [path, expected] of paths) {
			const h = served(file, path.split('?')[0] as string);
			const framing = frameAncestors(h);
			if (framing.length !== 1 || framing[0] !== `frame-ancestors ${expected}`) problems.push(`${host} ${path}: ${framing.join(' | ') || 'aucun frame-ancestors'}`);
			if (values(h, 'X-Content-Type-Options').join() !== 'nosniff') problems.push(`${host} ${path}: X-Content-Type-Options`);
			if (values(h, 'Referrer-Policy').join() !== 'strict-origin-when-cross-origin') problems.push(`${host} ${path}: Referrer-Policy`);
		}
	return problems;
}

/** Every file of a build as the address that serves it (`/territoire/73/index.html` → `/territoire/73/`), with the framing it must allow. */
export function builtPaths(files: readonly string[]): [string, string][] {
	return files.map((f) => {
		const path = `/${f.split('\\').join('/')}`.replace(/(^|\/)index\.html$/, '$1');
		return [path, path.startsWith('/embed/') ? '*' : "'self'"];
	});
}
