/**
 * Reader of data/mesures.csv: the two programmes (Ségur, Ma santé 2022), the Ségur's
 * pillars, 33 measures and digital axis, the 10 chantiers and their projects. Each title is
 * checked as written at its cited lines; each row hangs from a parent of the right kind.
 */
import { duplicateId } from './read-catalogue';
import { readTable, type DataFile } from './read-table';
import { COLUMNS, MeasureSchema } from './schemas';
import type { Measure, MeasureKind } from './model';
import type { Step } from './step';
import { clean } from './values';

/** The kinds a row's parent may have. */
const PARENT_KINDS: Record<MeasureKind, readonly MeasureKind[]> = {
	programme: [],
	pilier: ['programme'],
	axe: ['programme'],
	mesure: ['pilier', 'axe'],
	chantier: ['programme'],
	projet: ['chantier']
};

const A: Record<MeasureKind, string> = {
	programme: 'un programme',
	pilier: 'un pilier',
	axe: 'un axe',
	mesure: 'une mesure',
	chantier: 'un chantier',
	projet: 'un projet'
};
const OF: Record<MeasureKind, string> = {
	programme: 'd’un programme',
	pilier: 'd’un pilier',
	axe: 'd’un axe',
	mesure: 'd’une mesure',
	chantier: 'd’un chantier',
	projet: 'd’un projet'
};

export function readMeasures(file: DataFile, { reporter, citations }: Step): Measure[] {
	const { report } = reporter;
	const { rows } = readTable(file, COLUMNS.mesures, MeasureSchema, reporter);
	const measures: Measure[] = [];
	const byId = new Map<string, Measure>();
	for (const { ref, row } of rows) {
		citations.check(ref, row);
		citations.appears(ref, row, 'title', row.title);
		if (byId.has(row.id)) {
			report(ref, 'id', duplicateId(row.id));
			continue;
		}
		const measure = clean({ ...row, number: row.number === undefined ? undefined : Number(row.number), ref });
		byId.set(row.id, measure);
		measures.push(measure);
	}
	const numbers = new Map<string, Measure>();
	for (const m of measures) {
		const allowed = PARENT_KINDS[m.kind];
		const idOf = allowed.map((k) => OF[k]).join(' ou ');
		const parent = m.parent ? byId.get(m.parent) : undefined;
		if (!allowed.length && m.parent) report(m.ref, 'parent', `« ${m.parent} » — vide pour un programme`);
		else if (allowed.length && !m.parent) report(m.ref, 'parent', `vide — l’id ${idOf} de data/mesures.csv`);
		else if (allowed.length && !parent) report(m.ref, 'parent', `« ${m.parent} » inconnu — l’id ${idOf} de data/mesures.csv`);
		else if (parent && !allowed.includes(parent.kind))
			report(m.ref, 'parent', `« ${m.parent} » est ${A[parent.kind]} — le parent ${OF[m.kind]} est ${allowed.map((k) => A[k]).join(' ou ')}`);
		if (m.kind === 'mesure') {
			if (m.number === undefined) report(m.ref, 'number', 'vide — le numéro de la mesure du Ségur (1 à 33)');
			else if (String(m.number) !== m.id) report(m.ref, 'id', `« ${m.id} » — l’id d’une mesure est son numéro (${m.number})`);
		}
		if (m.number !== undefined && m.parent !== undefined) {
			const key = `${m.kind}|${m.kind === 'projet' ? m.parent : ''}|${m.number}`;
			const first = numbers.get(key);
			if (first) report(m.ref, 'number', `${m.number} déjà pris ligne ${first.ref.line} — un numéro par ${m.kind === 'projet' ? 'projet d’un chantier' : m.kind}`);
			else numbers.set(key, m);
		}
	}
	return measures;
}
