/**
 * The public address of the site, known at build time only: social previews (`og:image`) and
 * oEmbed need absolute URLs, which a static build cannot guess (the site may live under a
 * sub-path). Set `SEGUR_SITE_URL=https://exemple.fr/segur/ npm run build`; without it, the
 * address `npm start` serves is used (and previews only work on this machine).
 */
export const DEFAULT_SITE_URL = 'http://127.0.0.1:4173/';

/** `value` as an http(s) URL ending with `/`, or undefined when it is not one. */
export function normaliseSiteUrl(value: string | undefined): string | undefined {
	if (!value?.trim()) return undefined;
	try {
		const url = new URL(value.trim());
		if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
		url.search = '';
		url.hash = '';
		if (!url.pathname.endsWith('/')) url.pathname += '/';
		return url.href;
	} catch {
		return undefined;
	}
}

export function siteUrl(env: Record<string, string | undefined> = process.env): string {
	const raw = env.SEGUR_SITE_URL;
	const url = normaliseSiteUrl(raw);
	if (raw && !url) throw new Error(`SEGUR_SITE_URL invalide : « ${raw} » (adresse http(s) attendue, p. ex. https://exemple.fr/segur/)`);
	return url ?? DEFAULT_SITE_URL;
}

/** An address of the site (relative to its root, e.g. `og/explorateur.png`), made absolute. */
export function absoluteUrl(path: string, base = siteUrl()): string {
	return new URL(path.replace(/^\/+/, ''), base).href;
}
