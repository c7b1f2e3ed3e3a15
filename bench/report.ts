/** Formats result rows: a plain-text table for the terminal and a Markdown table for the README. */
import type { Row } from './lib';

export interface ReportRow extends Row {
	/** Measure module the row came from. */
	measure: string;
}

export function evaluate(row: Row): boolean | undefined {
	if (row.ok !== undefined) return row.ok;
	if (row.target === undefined || !Number.isFinite(row.value)) return row.target === undefined ? undefined : false;
	return row.better === 'higher' ? row.value >= row.target : row.value <= row.target;
}

export function formatValue(row: Row, value = row.value): string {
	if (!Number.isFinite(value)) return 'n/a';
	const digits = row.digits ?? (row.unit === 'kB' ? 1 : row.unit === 'ms' ? 0 : 2);
	const n = value.toLocaleString('fr-FR', { minimumFractionDigits: digits, maximumFractionDigits: digits });
	return row.unit === '×' ? `${n} ×` : `${n} ${row.unit}`;
}

function targetText(row: Row): string {
	if (row.target === undefined) return '';
	return `${row.better === 'higher' ? '≥' : '≤'} ${formatValue(row, row.target)}`;
}

function statusText(ok: boolean | undefined, plain: boolean): string {
	if (ok === undefined) return '';
	if (plain) return ok ? 'ok' : '** MANQUÉ **';
	return ok ? '✅' : '❌ manqué';
}

export function textTable(rows: ReportRow[]): string {
	const cells = rows.map((r) => [r.name, formatValue(r), targetText(r), statusText(evaluate(r), true)]);
	const head = ['Mesure', 'Valeur', 'Cible', 'État'];
	const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
	const line = (c: string[]) => c.map((x, i) => (i === 1 ? x.padStart(widths[i]!) : x.padEnd(widths[i]!))).join('  ').trimEnd();
	const sep = widths.map((w) => '─'.repeat(w)).join('  ');
	const out = [line(head), sep, ...cells.map(line), sep];
	const notes = rows.filter((r) => r.note).map((r) => `  · ${r.name} : ${r.note}`);
	return [...out, ...(notes.length ? ['Notes :', ...notes] : [])].join('\n');
}

const md = (s: string) => s.replace(/\|/g, '\\|');

export function markdownTable(rows: ReportRow[], meta: { date: string; environment: string; runs: number }): string {
	const lines = [
		'| Mesure | Valeur | Cible | État | Détail |',
		'|---|---:|---|---|---|',
		...rows.map((r) => `| ${md(r.name)} | ${formatValue(r)} | ${targetText(r)} | ${statusText(evaluate(r), false)} | ${md(r.note ?? '')} |`)
	];
	return [
		...lines,
		'',
		`Mesuré le ${meta.date} avec \`npm run bench\` (${meta.environment}). 1 kB = 1000 octets, tailles gzip niveau 9. ` +
			`Temps : de la navigation au premier \`idle\` de la carte (marque \`segur:map-idle\`), médiane de ${meta.runs} chargements, ` +
			'chacun dans un contexte de navigateur neuf (cache vide). Le plancher est une page sans code applicatif qui affiche la même ' +
			'géométrie avec MapLibre (départements, remplissage + contours, même emprise, même taille de carte).',
		''
	].join('\n');
}
