/**
 * A site list as a spreadsheet saves it: a header row, then one site per row, `;` or `,`
 * between fields (decimal commas with `;`). Columns are found by their name, accents and
 * case ignored:
 *
 * - name (required): `nom`, `name`, `raison sociale`, `libellé`, `établissement`;
 * - kind: `type`, `nature`, `catégorie`, `kind`;
 * - id: `id`, `identifiant`, `finess`;
 * - département: `département`, `departement`, `dep`, `code département`;
 * - position, either `longitude`/`lon`/`lng` and `latitude`/`lat` (WGS84, degrees), or `x` and
 *   `y` (metres) with the system in an `epsg` (or `crs`, `projection`) column — `2154`,
 *   `EPSG:2975`, `Lambert-93`, `UTM_N20` — or, without one, the département's usual system
 *   (Lambert-93 in metropolitan France, the UTM zone overseas).
 */
import Papa from 'papaparse';
import type { Problem } from '../../data/model';
import { foldText } from '../../explorer/catalogue';
import { parseDepartementCode } from '../../territories';
import { crsNamed, projectedCrsOf, readNumber, type Coordinates } from './coordinates';
import { lineCounter } from './finess';
import type { RawSite } from './types';

const COLUMN_NAMES = {
	name: ['nom', 'name', 'raison sociale', 'libelle', 'etablissement', 'nom de l etablissement'],
	kind: ['type', 'nature', 'categorie', 'kind'],
	id: ['id', 'identifiant', 'finess', 'n finess', 'numero finess'],
	departement: ['departement', 'dep', 'code departement', 'code du departement'],
	lon: ['longitude', 'lon', 'lng', 'long'],
	lat: ['latitude', 'lat'],
	x: ['x', 'coord x', 'coordonnee x'],
	y: ['y', 'coord y', 'coordonnee y'],
	crs: ['epsg', 'crs', 'projection', 'systeme', 'systeme de coordonnees']
} as const;

type Column = keyof typeof COLUMN_NAMES;

/** `Code département` → `code departement`: how header cells are compared. */
const headerKey = (cell: string) =>
	foldText(cell)
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();

export function findColumns(header: readonly string[]): Partial<Record<Column, number>> {
	const keys = header.map(headerKey);
	const found: Partial<Record<Column, number>> = {};
	for (const column of Object.keys(COLUMN_NAMES) as Column[]) {
		const i = keys.findIndex((k) => (COLUMN_NAMES[column] as readonly string[]).includes(k));
		if (i >= 0) found[column] = i;
	}
	return found;
}

export function readSitesCsv(text: string, file: string): { rows: RawSite[]; problems: Problem[] } {
	const problems: Problem[] = [];
	const report = (line: number, field: string, message: string) => problems.push({ file, line, field, message });
	const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true, delimitersToGuess: [';', ',', '\t'] });
	const lineOf = lineCounter(text);
	const [header = [], ...records] = parsed.data;
	const col = findColumns(header);
	const cell = (cells: string[], c: Column) => (col[c] === undefined ? '' : (cells[col[c]!] ?? '').trim());
	const projected = col.x !== undefined && col.y !== undefined;
	const geographic = col.lon !== undefined && col.lat !== undefined;
	if (col.name === undefined) report(1, 'en-tête', `aucune colonne de nom (attendu : « nom », « name », « raison sociale »…) ; colonnes lues : ${header.join(', ') || '(aucune)'}`);
	if (!projected && !geographic) report(1, 'en-tête', 'aucune position : il faut les colonnes « longitude » et « latitude » (WGS84), ou « x » et « y » (mètres, Lambert-93 ou UTM)');
	if (col.name === undefined || (!projected && !geographic)) return { rows: [], problems };

	const rows: RawSite[] = [];
	const ids = new Map<string, number>();
	records.forEach((cells, i) => {
		const line = lineOf(parsed.meta, i + 1);
		const name = cell(cells, 'name');
		if (!name) return report(line, 'nom', 'nom vide : la ligne est ignorée');
		let departement: string | null = null;
		const dep = cell(cells, 'departement');
		if (dep) {
			const r = parseDepartementCode(dep);
			if (!r.ok) return report(line, 'département', `${r.error} : « ${name} » n’est pas placé`);
			departement = r.code;
		}
		let coordinates: Coordinates;
		if (geographic) {
			const lon = readNumber(cell(cells, 'lon'));
			const lat = readNumber(cell(cells, 'lat'));
			if (lon === null || lat === null) return report(line, 'longitude/latitude', `« ${cell(cells, 'lon')} » / « ${cell(cells, 'lat')} » ne sont pas des nombres : « ${name} » n’est pas placé`);
			coordinates = { crs: 'EPSG:4326', lon, lat };
		} else {
			const x = readNumber(cell(cells, 'x'));
			const y = readNumber(cell(cells, 'y'));
			if (x === null || y === null) return report(line, 'x/y', `« ${cell(cells, 'x')} » / « ${cell(cells, 'y')} » ne sont pas des nombres : « ${name} » n’est pas placé`);
			const written = cell(cells, 'crs');
			const named = written ? crsNamed(written) : departement ? projectedCrsOf(departement) : undefined;
			if (!named) {
				return report(
					line,
					written ? 'epsg' : 'département',
					written
						? `système « ${written} » inconnu (attendu : 2154, 4559, 2972, 2975, 4471 ou leur nom) : « ${name} » n’est pas placé`
						: `ni système (colonne « epsg ») ni département pour lire X/Y : « ${name} » n’est pas placé`
				);
			}
			coordinates = named === 'EPSG:4326' ? { crs: named, lon: x, lat: y } : { crs: named, x, y };
		}
		const id = cell(cells, 'id') || `ligne-${line}`;
		if (ids.has(id)) return report(line, 'id', `identifiant « ${id} » déjà lu ligne ${ids.get(id)} : la ligne est ignorée`);
		ids.set(id, line);
		rows.push({ line, id, name, kind: cell(cells, 'kind'), departement, coordinates });
	});
	return { rows, problems };
}
