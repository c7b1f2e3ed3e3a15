/**
 * The public FINESS extract (« FINESS Extraction du Fichier des établissements », data.gouv.fr,
 * the « géolocalisés » file). What this reader relies on — nothing else of the file:
 *
 * - text in Windows-1252 (UTF-8 accepted too), fields separated by `;`, no header row naming
 *   the columns; a first line of another kind (`finess;etalab;…`) and any line of another
 *   section are passed over;
 * - each line starts with its section: `structureet` (one établissement) or `geolocalisation`
 *   (its position), the two joined on the FINESS number of the établissement;
 * - `structureet` fields, in order: section, nofinesset, nofinessej, rs (short name), rslongue
 *   (long name), complrs, compldistrib, numvoie, typvoie, voie, compvoie, lieuditbp, commune,
 *   departement, libdepartement, ligneacheminement, telephone, telecopie, categetab,
 *   libcategetab, … (read: 2 nofinesset, 4 rs, 5 rslongue, 14 departement, 20 libcategetab);
 * - `geolocalisation` fields: section, nofinesset, coordxet, coordyet, sourcecoordet, datemaj;
 *   X and Y in metres, in Lambert-93 in metropolitan France and in the département's UTM zone
 *   overseas (EPSG 2154, 4559, 2972, 2975, 4471);
 * - `departement` is the INSEE code, or overseas `9A`…`9F` (9A Guadeloupe, 9B Martinique,
 *   9C Guyane, 9D La Réunion, 9F Mayotte; 9E, Saint-Pierre-et-Miquelon, is off the map), both read;
 * - when `sourcecoordet` ends with the name of a system (`…,LAMBERT_93`, `…,UTM_N20`), it must
 *   agree with the département's: a line says so when it does not.
 *
 * An établissement without a position, a position without an établissement, a FINESS number
 * given twice: each gets a report line.
 */
import Papa from 'papaparse';
import type { Problem } from '../../data/model';
import { parseDepartementCode } from '../../territories';
import { crsNamed, projectedCrsOf, readNumber, PROJECTED } from './coordinates';
import type { RawSite } from './types';

/** FINESS's own codes for the overseas départements. */
const OVERSEAS: Record<string, string> = { '9A': '971', '9B': '972', '9C': '973', '9D': '974', '9E': '975', '9F': '976' };

export function finessDepartement(code: string): string {
	const c = code.trim().toUpperCase();
	return OVERSEAS[c] ?? c;
}

/** Whether a text looks like the FINESS extract (its first lines have its sections). */
export function looksLikeFiness(text: string): boolean {
	return /^(structureet|geolocalisation);/m.test(text.slice(0, 20_000));
}

interface Structure {
	line: number;
	name: string;
	kind: string;
	departement: string;
}

export function readFiness(text: string, file: string): { rows: RawSite[]; problems: Problem[] } {
	const problems: Problem[] = [];
	const report = (line: number, field: string, message: string) => problems.push({ file, line, field, message });
	const parsed = Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: true });
	const structures = new Map<string, Structure>();
	const positions = new Map<string, { line: number; x: string; y: string; source: string }>();
	// Papaparse counts records, not lines: a record's line is where its first field starts.
	const lineOf = lineCounter(text);
	parsed.data.forEach((cells, i) => {
		const line = lineOf(parsed.meta, i);
		const section = cells[0]?.trim();
		const finess = cells[1]?.trim() ?? '';
		if (section === 'structureet') {
			if (structures.has(finess)) return report(line, 'nofinesset', `établissement ${finess} déjà lu ligne ${structures.get(finess)!.line} : cette ligne est ignorée`);
			structures.set(finess, {
				line,
				name: (cells[4]?.trim() || cells[3]?.trim()) ?? '',
				kind: cells[19]?.trim() ?? '',
				departement: finessDepartement(cells[13] ?? '')
			});
		} else if (section === 'geolocalisation') {
			if (positions.has(finess)) return report(line, 'nofinesset', `position de ${finess} déjà lue ligne ${positions.get(finess)!.line} : cette ligne est ignorée`);
			positions.set(finess, { line, x: cells[2] ?? '', y: cells[3] ?? '', source: cells[4] ?? '' });
		}
	});
	if (structures.size === 0) report(1, 'structureet', 'aucune ligne « structureet » : ce n’est pas l’extraction FINESS attendue (séparateur « ; », une section par ligne)');

	const rows: RawSite[] = [];
	for (const [finess, s] of structures) {
		const dep = parseDepartementCode(s.departement);
		if (!dep.ok) {
			report(s.line, 'departement', `${dep.error} : ${finess} (${s.name}) n’est pas placé`);
			continue;
		}
		s.departement = dep.code;
		const at = positions.get(finess);
		if (!at) {
			report(s.line, 'geolocalisation', `l’établissement ${finess} (${s.name}) n’a pas de ligne « geolocalisation » : il n’est pas placé`);
			continue;
		}
		const x = readNumber(at.x);
		const y = readNumber(at.y);
		if (x === null || y === null) {
			report(at.line, 'coordxet/coordyet', `« ${at.x} » / « ${at.y} » ne sont pas des nombres : ${finess} n’est pas placé`);
			continue;
		}
		const crs = projectedCrsOf(s.departement);
		const named = crsNamed(at.source.split(',').at(-1) ?? '');
		if (named && named !== crs) {
			report(at.line, 'sourcecoordet', `système « ${at.source.split(',').at(-1)} » annoncé, mais le département ${s.departement} est en ${PROJECTED[crs].label} : ${finess} n’est pas placé`);
			continue;
		}
		rows.push({ line: s.line, id: finess, name: s.name, kind: s.kind, departement: s.departement, coordinates: { crs, x, y } });
	}
	for (const [finess, at] of positions)
		if (!structures.has(finess)) report(at.line, 'nofinesset', `position d’un établissement ${finess} absent des lignes « structureet »`);
	return { rows, problems: problems.sort((a, b) => a.line - b.line) };
}

/** The file line where record `i` starts (papaparse gives none). */
export function lineCounter(text: string): (meta: unknown, i: number) => number {
	const starts: number[] = [];
	let line = 1;
	let fresh = true;
	let quoted = false;
	for (let k = 0; k < text.length; k++) {
		const c = text[k];
		if (fresh && c !== '\n' && c !== '\r') {
			starts.push(line);
			fresh = false;
		}
		if (c === '"') quoted = !quoted;
		if (c === '\n') {
			line++;
			if (!quoted) fresh = true;
		}
	}
	return (_meta, i) => starts[i] ?? line;
}
