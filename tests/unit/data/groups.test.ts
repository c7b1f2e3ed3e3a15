/**
 * data/groupes.csv: series of comparable indicators. Each broken row gets a French message
 * naming file, line and field; a valid row becomes a group, found from any of its members.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/data/model';
import { indexModel } from '../../../src/lib/data/model-index';
import { validateData } from '../../../src/lib/data/validate';

const INDICATORS = [
	'id,label,short_label,description,unit,kind,pillar,measure,levels,polarity,categories,absent_means',
	'a,A,A,Décrit A.,CPTS,count,Pilier 4,,france;region;departement,neutral,,',
	'b,B,B,Décrit B.,CPTS,count,Pilier 4,,france;region,neutral,,',
	'r,R,R,Décrit R.,CPTS,count,Pilier 4,,region;departement,neutral,,',
	'c,C,C,Décrit C.,CPTS,count,Pilier 4,,france,neutral,,',
	'm,M,M,Décrit M.,M€,amount,Pilier 2,,region,neutral,,',
	's,S,S,Décrit S.,%,share,Pilier 4,,region,neutral,,',
	'k,K,K,Décrit K.,,category,Pilier 4,,region,neutral,x=X;y=Y,',
	'n,N,N,Décrit N.,MSP,count,Pilier 4,,region,neutral,,'
].join('\n');

function check(groups: string) {
	const result = validateData(
		{
			sources: { path: 'data/sources.csv', text: 'id,title,publisher,published,kind,url,document,note\n' },
			indicators: { path: 'data/indicators.csv', text: INDICATORS },
			observations: [],
			groups: { path: 'data/groupes.csv', text: `id,label,indicators,note\n${groups}` },
			documents: {}
		},
		{ isTerritory: () => true }
	);
	return { model: result.model, problems: result.problems.filter((p) => p.file === 'data/groupes.csv').map(formatProblem) };
}

describe('data/groupes.csv', () => {
	const cases: { name: string; rows: string; problems: string[]; groups?: string[][] }[] = [
		{ name: 'a valid series', rows: 'g,Groupe,a;b;c,', problems: [], groups: [['a', 'b', 'c']] },
		{ name: 'one indicator only', rows: 'g,Groupe,a,', problems: ['data/groupes.csv:2: indicators — 1 indicateur — au moins deux indicateurs, séparés par « ; »'] },
		{ name: 'the same indicator twice', rows: 'g,Groupe,a;a;b,', problems: ['data/groupes.csv:2: indicators — « a » cité deux fois — chaque indicateur une fois'] },
		{ name: 'an unknown indicator', rows: 'g,Groupe,a;zz,', problems: ['data/groupes.csv:2: indicators — « zz » inconnu — un id de data/indicators.csv'] },
		{
			name: 'a category',
			rows: 'g,Groupe,s;k,',
			problems: ['data/groupes.csv:2: indicators — « k » est de type category — des indicateurs chiffrés (count, share ou amount), dont les cartes partagent des classes']
		},
		{ name: 'two kinds', rows: 'g,Groupe,a;m,', problems: ['data/groupes.csv:2: indicators — « m » est de type amount, « a » de type count — le même type pour tout le groupe'] },
		{ name: 'two units', rows: 'g,Groupe,b;n,', problems: ['data/groupes.csv:2: indicators — « n » en « MSP », « b » en « CPTS » — la même unité pour tout le groupe'] },
		{
			name: 'no level in common',
			rows: 'g,Groupe,r;c,',
			problems: ['data/groupes.csv:2: indicators — aucun niveau commun aux indicateurs (colonne levels de data/indicators.csv) — un niveau au moins partagé par tout le groupe']
		},
		{
			name: 'an indicator in two groups',
			rows: 'g,Groupe,a;b,\nh,Autre,a;c,',
			problems: ['data/groupes.csv:3: indicators — « a » est déjà dans le groupe « g » (ligne 2) — un indicateur appartient à un seul groupe'],
			groups: [['a', 'b']]
		},
		{ name: 'a group id twice', rows: 'g,Groupe,a;b,\ng,Autre,a;c,', problems: ['data/groupes.csv:3: id — « g » en double — un identifiant unique'], groups: [['a', 'b']] },
		{ name: 'no label', rows: 'g,,a;b,', problems: ['data/groupes.csv:2: label — vide — le nom du groupe, en français'] },
		{ name: 'not an id', rows: 'G G,Groupe,a;b,', problems: ['data/groupes.csv:2: id — « G G » n’est pas un identifiant — minuscules, chiffres, « _ », « - » ou « . »'] }
	];
	for (const c of cases)
		it(c.name, () => {
			const { model, problems } = check(c.rows);
			expect(problems).toEqual(c.problems);
			if (c.groups) expect(model.groups?.map((g) => g.indicators)).toEqual(c.groups);
			else if (c.problems.length) expect(model.groups).toEqual([]);
		});

	it('a valid group is found from each of its members, with its line', () => {
		const { model } = check('g,Groupe des CPTS,a;b;c,Stades successifs.');
		const index = indexModel(model);
		for (const id of ['a', 'b', 'c']) expect(index.groupOf(id)).toMatchObject({ id: 'g', label: 'Groupe des CPTS', note: 'Stades successifs.', ref: { file: 'data/groupes.csv', line: 2 } });
		expect(index.groupOf('m')).toBeUndefined();
	});

	it('the project’s own groups are valid series of mapped indicators', async () => {
		const { checkDataDir } = await import('../../../src/lib/data/check-data-dir');
		const { model, problems } = checkDataDir(new URL('../../../data', import.meta.url).pathname);
		expect(problems).toEqual([]);
		const index = indexModel(model);
		expect(model.groups?.map((g) => g.id)).toEqual(['cpts_stades', 'invest_segur_region']);
		expect(index.groupOf('cpts_amorcage')?.indicators).toContain('cpts_en_fonctionnement');
	});
});
