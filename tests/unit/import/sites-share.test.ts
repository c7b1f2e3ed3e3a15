/**
 * A site list carried by a link (`#lieux=`): it comes back as it went, a list too long for a
 * link is refused with its size, and a link cut or edited by hand gets a French reason naming
 * the field at fault — never a list drawn half-valid.
 */
import { describe, expect, it } from 'vitest';
import { encodePayload, MAX_FRAGMENT_CHARS } from '../../../src/lib/import/fragment';
import { shareSiteList, siteListInLink } from '../../../src/lib/import/sites/share-sites';
import { SITE_LIST_VERSION, type SiteList } from '../../../src/lib/import/sites/site-list';
import { carriedHash } from '../../../src/lib/import/probe';

const ROOT = 'https://exemple.fr/segur/';

function list(count: number): SiteList {
	return {
		version: SITE_LIST_VERSION,
		id: 'lieux-abc123-x9z0',
		fileName: 'cpts <ars>.csv',
		importedAt: '2026-12-01T10:00:00.000Z',
		format: 'csv',
		read: count + 1,
		problems: 1,
		sites: Array.from({ length: count }, (_, i) => ({
			line: i + 2,
			// Names that do not compress away, as real ones do not.
			id: `s${i}`,
			name: `Maison de santé ${(i * 7919) % 100_003} ${String.fromCharCode(65 + (i % 26))}${(i * 31) % 997}`,
			kind: i % 2 ? 'CPTS' : '',
			departement: i % 3 ? '974' : '2A',
			lon: i % 3 ? 55.45 + i / 1e4 : 8.74 + i / 1e4,
			lat: i % 3 ? -21.1 - i / 1e4 : 41.92 + i / 1e4
		}))
	};
}

const hashOf = (link: string) => link.slice(link.indexOf('#'));

describe('a site list in a link', () => {
	it('comes back as it went, overseas and Corsica included', async () => {
		const l = list(40);
		const shared = await shareSiteList(l, ROOT);
		if (!shared.ok) throw new Error('too long');
		expect(shared.link.startsWith(`${ROOT}#lieux=`)).toBe(true);
		expect(shared.link).toMatch(/^[^#]+#lieux=[A-Za-z0-9_-]+$/);
		expect(shared.chars).toBe(hashOf(shared.link).length);
		expect(await siteListInLink(hashOf(shared.link))).toEqual({ ok: true, list: l });
		// Beside a dataset's payload, in either order.
		expect(await siteListInLink(`#donnees=abc&${hashOf(shared.link).slice(1)}`)).toEqual({ ok: true, list: l });
	});

	it('is kept on every change of view, like a dataset', () => {
		expect(carriedHash('#lieux=abc')).toBe('#lieux=abc');
		expect(carriedHash('#donnees=abc&lieux=def')).toBe('#donnees=abc&lieux=def');
		expect(carriedHash('#carte')).toBe('');
		expect(carriedHash('')).toBe('');
	});

	it('a link without sites carries none', async () => {
		expect(await siteListInLink('')).toEqual({ ok: true, list: null });
		expect(await siteListInLink('#donnees=abc')).toEqual({ ok: true, list: null });
	});

	it('a list too long for a link is refused with its size and the limit', async () => {
		const shared = await shareSiteList(list(3000), ROOT);
		expect(shared.ok).toBe(false);
		if (shared.ok) return;
		expect(shared.chars).toBeGreaterThan(MAX_FRAGMENT_CHARS);
		expect(shared.limit).toBe(MAX_FRAGMENT_CHARS);
	});

	it.each([
		['#lieux=***', /^Les lieux du lien sont illisibles \(lien coupé ou modifié \?/],
		['#lieux=AAAA', /^Les lieux du lien sont illisibles/],
		['#lieux=' + 'A'.repeat(MAX_FRAGMENT_CHARS * 2 + 1), /^Lien de données trop long\.$/]
	])('a cut or edited link (%#) gets a French reason', async (hash, reason) => {
		const r = await siteListInLink(hash);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error).toMatch(reason);
	});

	it('a payload that reads but is not a list names the field at fault, in French', async () => {
		const bad = list(2);
		bad.sites[1]!.lat = -120;
		let r = await siteListInLink(`#lieux=${await encodePayload(bad)}`);
		expect(r).toEqual({ ok: false, error: expect.stringMatching(/^Les lieux du lien sont illisibles : liste de lieux illisible \(sites\.1\.lat : Trop petit.*\) \(lien coupé ou modifié \?\)\.?$/) });
		r = await siteListInLink(`#lieux=${await encodePayload({ ...list(1), departement: undefined, sites: [{ ...list(1).sites[0], departement: '99' }] })}`);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error).toContain('sites.0.departement');
		r = await siteListInLink(`#lieux=${await encodePayload('<img src=x onerror=alert(1)>')}`);
		expect(r).toEqual({ ok: false, error: expect.stringContaining('racine : Entrée invalide') });
	});
});
