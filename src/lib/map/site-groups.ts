/**
 * Groups site markers that would overlap on screen, so a cluster of hospitals reads as
 * one numbered marker. Greedy, in input order: cheap for the few dozen sites we have.
 */
export interface ScreenPoint {
	id: string;
	x: number;
	y: number;
}
export interface ScreenGroup {
	ids: string[];
	x: number;
	y: number;
}

export function groupOverlapping(points: readonly ScreenPoint[], radius: number): ScreenGroup[] {
	const groups: (ScreenGroup & { sx: number; sy: number })[] = [];
	for (const p of points) {
		const g = groups.find((g) => Math.hypot(g.x - p.x, g.y - p.y) <= radius);
		if (g) {
			g.ids.push(p.id);
			g.sx += p.x;
			g.sy += p.y;
			g.x = g.sx / g.ids.length;
			g.y = g.sy / g.ids.length;
		} else groups.push({ ids: [p.id], x: p.x, y: p.y, sx: p.x, sy: p.y });
	}
	return groups.map(({ ids, x, y }) => ({ ids, x, y }));
}
