/** The statement's facts hold together, and the places that repeat its status agree with it. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STATEMENT, STATUS_LINE } from '../../../src/lib/site/accessibility-statement';

const ROOT = join(import.meta.dirname, '../../..');

describe('accessibility statement', () => {
	it('lists RGAA criteria once each, in order, each with how and what was found', () => {
		const ids = STATEMENT.criteria.map((c) => c.id);
		for (const id of ids) expect(id).toMatch(/^(1[0-3]|[1-9])\.\d{1,2}$/);
		expect(new Set(ids).size).toBe(ids.length);
		const key = (id: string) => id.split('.').map(Number) as [number, number];
		const sorted = [...ids].sort((a, b) => key(a)[0] - key(b)[0] || key(a)[1] - key(b)[1]);
		expect(ids).toEqual(sorted);
		for (const c of STATEMENT.criteria) expect(c.topic.length).toBeGreaterThan(5);
	});

	it('states the status the RGAA allows: without a complete audit, « non conforme »', () => {
		expect(STATEMENT.status).toBe('non conforme');
		expect(STATEMENT.statusReason).toContain('Aucun audit complet');
		expect(STATUS_LINE).toBe('Accessibilité : non conforme');
	});

	it('names each criterion it found unmet among the known problems', () => {
		const unmet = STATEMENT.criteria.filter((c) => c.verdict === 'non respecté').map((c) => c.id);
		const known = STATEMENT.nonConformities.join(' ');
		for (const id of unmet) expect(known, id).toContain(id);
		// The site markers (below 24 px) became a map layer with a keyboard list: no longer a problem.
		expect(known).not.toContain('2.5.8');
	});

	it('says no English name is left on the map and names the skip link, and keeps what remains open (the map’s pale fills)', () => {
		const all = JSON.stringify(STATEMENT);
		expect(all).not.toContain('« Map »');
		expect(all).toContain('Aller au contenu');
		// The site popup closes with Escape now, and the keyboard route says so.
		expect(STATEMENT.nonConformities.join(' ')).not.toContain('Échap');
		expect(STATEMENT.keyboard.join(' ')).toContain('Échap la referme');
		expect(STATEMENT.display.join(' ')).toMatch(/thème sombre.*fond clair/i);
	});

	it('is dated, and invents no contact address', () => {
		expect(STATEMENT.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(JSON.stringify(STATEMENT.contact)).not.toContain('@');
		expect(STATEMENT.defenseurDesDroits.address).toContain('Libre réponse 71120');
	});

	it('the static 404 page repeats the status as the statement says it', () => {
		expect(readFileSync(join(ROOT, 'static/404.html'), 'utf8')).toContain(`<a href="/accessibilite/">${STATUS_LINE}</a>`);
	});
});
