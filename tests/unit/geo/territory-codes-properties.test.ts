/**
 * Property tests (fast-check) of the territory-code normaliser: whatever a user types, it
 * answers without throwing, an accepted code is a real one and reads as itself again, and
 * the usual ways of writing a real code (case, spaces, a missing leading zero, `2 A`) all
 * lead to it.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';

/** Hundreds of random cases: generous on a loaded machine (the default is 5 s). */
const PROPERTY_TIMEOUT = 60_000;
import { codesOf, parseCodeAt, parseDepartementCode, parseRegionCode, type TerritoryLevel } from '../../../src/lib/territories';

const anyText = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 12 });
const level = fc.constantFrom<TerritoryLevel>('region', 'departement');
const spaces = fc.string({ unit: fc.constantFrom(' ', '\t', '\u00a0', '\u202f', '\n'), maxLength: 3 });
const codeOf = (l: TerritoryLevel) => fc.constantFrom(...codesOf(l));

describe('territory-code normaliser', () => {
	it('never throws; accepts only real codes, which read as themselves; names the input when it refuses', () => {
		fc.assert(
			fc.property(level, fc.oneof(anyText, codeOf('departement'), codeOf('region')), (l, input) => {
				const r = parseCodeAt(l, input);
				if (r.ok) {
					expect(codesOf(l).has(r.code)).toBe(true);
					expect(parseCodeAt(l, r.code)).toEqual({ ok: true, code: r.code });
				} else {
					expect(r.error).toMatch(/^Code de (département|région) (vide|inconnu|ambigu)/);
					if (input.trim() !== '') expect(r.error).toContain(`« ${input} »`);
				}
			}),
			{ numRuns: 1000 }
		);
	}, PROPERTY_TIMEOUT);

	it('reads the usual ways of writing a real code', () => {
		fc.assert(
			fc.property(codeOf('departement'), spaces, spaces, fc.boolean(), (code, before, after, lower) => {
				const written = lower ? code.toLowerCase() : code;
				expect(parseDepartementCode(`${before}${written}${after}`)).toEqual({ ok: true, code });
				if (/^0\d$/.test(code)) expect(parseDepartementCode(code.slice(1))).toEqual({ ok: true, code });
				if (/^2[AB]$/.test(code)) {
					expect(parseDepartementCode(`2 ${written[1]}`)).toEqual({ ok: true, code });
					expect(parseDepartementCode(`2-${written[1]}`)).toEqual({ ok: true, code });
				}
			})
		);
		fc.assert(
			fc.property(codeOf('region'), spaces, spaces, (code, before, after) => {
				expect(parseRegionCode(`${before}${code}${after}`)).toEqual({ ok: true, code });
				if (/^0\d$/.test(code)) expect(parseRegionCode(code.slice(1))).toEqual({ ok: true, code });
			})
		);
	}, PROPERTY_TIMEOUT);

	it('does not accept a real code with anything else around it', () => {
		fc.assert(
			fc.property(codeOf('departement'), fc.string({ unit: fc.constantFrom('x', '0', '1', '.', '/', 'é'), minLength: 1, maxLength: 3 }), (code, extra) => {
				const r = parseDepartementCode(`${code}${extra}`);
				if (r.ok) expect(codesOf('departement').has(`${code}${extra}`.toUpperCase())).toBe(true);
			})
		);
	}, PROPERTY_TIMEOUT);
});
