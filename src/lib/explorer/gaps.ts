/**
 * "Find gaps": the territories meeting a condition, ranked worst first, for ministry
 * staff looking for who is behind.
 */
import type { DataModel } from '../data/model';
import type { GapFilter } from '../url/view-params';
import { getDepartement } from '../territories';
import type { Cell, Joined } from './join';

export interface GapRow {
	code: string;
	cell: Cell;
}

export function findGaps(model: DataModel, joined: Joined, gap: GapFilter): GapRow[] {
	const rows: GapRow[] = [];
	const pilotDeps = new Set(model.pilots.flatMap((p) => p.departements));
	for (const [code, cell] of joined.cells) {
		const v = cell.kind === 'value' && typeof cell.value === 'number' ? cell.value : null;
		let keep = false;
		if (gap.op === 'lt') keep = v !== null && v < gap.value;
		else if (gap.op === 'gt') keep = v !== null && v > gap.value;
		else if (gap.op === 'nd') keep = cell.kind === 'missing';
		else if (gap.op === 'sans' && gap.key === 'pilote')
			keep =
				joined.level === 'departement'
					? !pilotDeps.has(code)
					: ![...pilotDeps].some((d) => getDepartement(d)?.region === code);
		if (keep) rows.push({ code, cell });
	}
	const num = (r: GapRow) => (r.cell.kind === 'value' && typeof r.cell.value === 'number' ? r.cell.value : null);
	const lowerFirst = gap.op !== 'gt' ? joined.indicator.polarity !== 'lower_better' : joined.indicator.polarity === 'lower_better';
	return rows.sort((a, b) => {
		const x = num(a),
			y = num(b);
		if (x !== null && y !== null && x !== y) return lowerFirst ? x - y : y - x;
		if (x === null !== (y === null)) return x === null ? 1 : -1;
		return a.code.localeCompare(b.code);
	});
}
