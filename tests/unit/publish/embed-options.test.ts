import { describe, expect, it } from 'vitest';
import {
	EMBED_DEFAULTS,
	embedHref,
	embedQuery,
	embedViewParams,
	heightMessage,
	legacyEmbedTarget,
	readEmbedOptions
} from '../../../src/lib/publish/embed-options';

const NBSP = '\u00a0';

describe('readEmbedOptions', () => {
	it.each([
		['', EMBED_DEFAULTS, 0],
		['titre=0&infobulle=0&clic=0&legende=bas', { title: false, tooltips: false, interactive: false, legend: 'bas' }, 0],
		['titre=1&legende=aucune', { ...EMBED_DEFAULTS, legend: 'aucune' }, 0],
		['titre=non', EMBED_DEFAULTS, 1],
		['legende=<b>', EMBED_DEFAULTS, 1]
	] as const)('%s', (query, options, warnings) => {
		const r = readEmbedOptions(new URLSearchParams(query));
		expect(r.options).toEqual(options);
		expect(r.warnings).toHaveLength(warnings);
		expect([...r.rest.keys()]).toEqual([]);
	});

	it('keeps the first of repeated options, warns once per key, and quotes values safely', () => {
		const r = readEmbedOptions(new URLSearchParams('titre=0&titre=1&titre=1&legende=bas&legende=aucune&clic=\u202Eevil'));
		expect(r.options).toEqual({ ...EMBED_DEFAULTS, title: false, legend: 'bas' });
		expect(r.warnings).toEqual([
			`Paramètre «${NBSP}titre${NBSP}» répété${NBSP}: seule la première valeur est utilisée.`,
			`Paramètre «${NBSP}legende${NBSP}» répété${NBSP}: seule la première valeur est utilisée.`,
			`Paramètre «${NBSP}clic${NBSP}» invalide («${NBSP}\uFFFDevil${NBSP}»)${NBSP}: carte cliquable.`
		]);
	});

	it('leaves the view parameters to the explorer’s schema', () => {
		expect(readEmbedOptions(new URLSearchParams('niv=region&titre=0&sel=84')).rest.toString()).toBe('niv=region&sel=84');
	});
});

describe('embedHref: one page per indicator, the rest of the view in the query', () => {
	it.each([
		['i=invest_segur_enveloppe_region&niv=region', EMBED_DEFAULTS, 'embed/invest_segur_enveloppe_region/?niv=region'],
		['i=cpts_nombre', { ...EMBED_DEFAULTS, legend: 'bas', title: false }, 'embed/cpts_nombre/?titre=0&legende=bas'],
		['', EMBED_DEFAULTS, 'embed/sas_pilote/'],
		['sel=73', { ...EMBED_DEFAULTS, interactive: false }, 'embed/sas_pilote/?sel=73&clic=0']
	] as const)('%s', (viewQuery, options, href) => {
		expect(embedHref(viewQuery, options)).toBe(href);
	});

	it('round-trips through readEmbedOptions', () => {
		const options = { title: false, legend: 'aucune', tooltips: false, interactive: true } as const;
		const href = embedHref('i=cpts_nombre&d=2022', options);
		const r = readEmbedOptions(new URL(href, 'https://exemple.fr/').searchParams);
		expect(r.options).toEqual(options);
		expect(r.rest.toString()).toBe('d=2022');
	});

	it('keeps the explorer’s query as it is', () => {
		expect(embedQuery('niv=region', EMBED_DEFAULTS)).toBe('niv=region');
	});
});

describe('embedViewParams', () => {
	const indicator = { id: 'cpts_nombre', shortLabel: 'CPTS' };

	it('gives the page’s indicator to the view', () => {
		const r = embedViewParams(new URLSearchParams('niv=region'), indicator);
		expect(r.params.get('i')).toBe('cpts_nombre');
		expect(r.params.get('niv')).toBe('region');
		expect(r.warnings).toEqual([]);
	});

	it('says so when the query asked for another indicator, quoting it as text', () => {
		const r = embedViewParams(new URLSearchParams('i=<img src=x>'), indicator);
		expect(r.params.get('i')).toBe('cpts_nombre');
		expect(r.warnings).toEqual([`Indicateur «${NBSP}<img src=x>${NBSP}» non disponible ici${NBSP}: carte «${NBSP}CPTS${NBSP}».`]);
	});

	it('is silent when the query repeats the page’s indicator', () => {
		expect(embedViewParams(new URLSearchParams('i=cpts_nombre'), indicator).warnings).toEqual([]);
	});
});

describe('legacyEmbedTarget: old `embed/?i=` links', () => {
	const embeddable = new Set(['sas_pilote', 'cpts_nombre']);
	it.each([
		['i=cpts_nombre&niv=region&titre=0', 'cpts_nombre/?niv=region&titre=0'],
		['i=sas_pilote', 'sas_pilote/'],
		['', 'sas_pilote/'],
		// Unknown: the default embed, with `i` kept so that it says what was not found.
		['i=inconnu&sel=73', 'sas_pilote/?i=inconnu&sel=73'],
		['i=../../x', 'sas_pilote/?i=..%2F..%2Fx']
	])('%s → %s', (query, target) => {
		expect(legacyEmbedTarget(new URLSearchParams(query), embeddable)).toBe(target);
	});
});

describe('heightMessage', () => {
	it('follows the datawrapper-height convention, rounded up', () => {
		expect(heightMessage(412.2)).toEqual({ 'datawrapper-height': { 'segur-territoires': 413 } });
	});
});
