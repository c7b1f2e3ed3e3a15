/**
 * From joined cells to colours and legend: one function, so the map, the table, the
 * legend and the exports show the same classes for the same indicator and date.
 */
import { classIntervals, computeBreaks, computeDivergingBreaks, type Breaks } from '../domain/classify';
import { categoryColorScale, classIndexScale } from '../domain/scales';
import { missingLabel } from '../domain/labels';
import { paletteFor, type FillPattern, type Palette } from '../domain/palette';
import { MISSING_KINDS, type ClassifyMethod, type MissingKind } from '../domain/types';
import type { Joined } from './join';

export interface LegendEntry {
	key: string;
	label: string;
	color: string;
	pattern: FillPattern;
	count: number;
	kind: 'class' | 'category' | 'missing';
	/** Class bounds, for numeric classes: [lower inclusive, upper exclusive (inclusive for the last)]. */
	range?: [number, number];
}

export interface Choropleth {
	palette: Palette;
	breaks: Breaks | null;
	/** Fill colour and class key per territory code. */
	fills: Map<string, { color: string; pattern: FillPattern; key: string }>;
	legend: LegendEntry[];
}

export interface ClassOptions {
	method: ClassifyMethod;
	classes: number;
	manual?: number[] | null;
	/** A change map: diverging classes around zero. */
	diverging?: boolean;
	/** Classes decided elsewhere (several dates classed together), used as they are. */
	fixed?: Breaks;
}

export function buildChoropleth(joined: Joined, options: ClassOptions, formatBound: (v: number) => string): Choropleth {
	const { indicator } = joined;
	const fills: Choropleth['fills'] = new Map();
	const legend: LegendEntry[] = [];
	let palette: Palette;
	let breaks: Breaks | null = null;

	if (indicator.kind === 'category' || indicator.kind === 'boolean') {
		const cats =
			indicator.kind === 'boolean'
				? [
						{ id: 'oui', label: 'Oui' },
						{ id: 'non', label: 'Non' }
					]
				: indicator.categories;
		palette = paletteFor({ kind: indicator.kind, polarity: indicator.polarity, classes: cats.length });
		const colorOf = categoryColorScale(
			cats.map((c) => c.id),
			palette.colors
		);
		const entries = new Map(cats.map((c) => [c.id, { key: c.id, label: c.label, color: colorOf(c.id) ?? '#000', pattern: 'none' as const, count: 0, kind: 'category' as const }]));
		legend.push(...entries.values());
		for (const [code, cell] of joined.cells) {
			if (cell.kind !== 'value') continue;
			const key = typeof cell.value === 'boolean' ? (cell.value ? 'oui' : 'non') : String(cell.value);
			const entry = entries.get(key);
			if (!entry) continue;
			entry.count++;
			fills.set(code, { color: entry.color, pattern: 'none', key });
		}
	} else {
		const values = [...joined.cells.values()].flatMap((c) => (c.kind === 'value' && typeof c.value === 'number' ? [c.value] : []));
		breaks = options.fixed
			? options.fixed
			: options.diverging
			? computeDivergingBreaks(values, options.classes)
			: computeBreaks(values, options.method, options.classes, options.manual ?? undefined);
		palette = paletteFor({ kind: indicator.kind, polarity: indicator.polarity, classes: breaks.classes, diverging: options.diverging });
		const intervals = breaks.classes ? classIntervals(breaks) : [];
		intervals.forEach((iv, i) => {
			const label =
				iv.from === iv.to
					? formatBound(iv.from)
					: iv.includesTo
						? `de ${formatBound(iv.from)} à ${formatBound(iv.to)}`
						: `de ${formatBound(iv.from)} à moins de ${formatBound(iv.to)}`;
			legend.push({ key: `c${i}`, label, color: palette.colors[i] ?? '#000', pattern: 'none', count: 0, kind: 'class', range: [iv.from, iv.to] });
		});
		const classIndex = classIndexScale(breaks);
		for (const [code, cell] of joined.cells) {
			if (cell.kind !== 'value' || typeof cell.value !== 'number') continue;
			const c = classIndex(cell.value);
			const entry = c === null ? undefined : legend[c];
			if (!entry) continue;
			entry.count++;
			fills.set(code, { color: entry.color, pattern: 'none', key: entry.key });
		}
	}

	// One entry per kind of missing data, always after the classes, with its own look.
	const missingCounts = new Map<MissingKind, number>();
	for (const [code, cell] of joined.cells) {
		if (fills.has(code)) continue;
		const kind: MissingKind = cell.kind === 'missing' ? cell.missing : 'non_renseigne';
		missingCounts.set(kind, (missingCounts.get(kind) ?? 0) + 1);
		const style = palette.missing[kind];
		fills.set(code, { color: style.color, pattern: style.pattern, key: kind });
	}
	for (const kind of MISSING_KINDS) {
		const count = missingCounts.get(kind) ?? 0;
		if (!count) continue;
		const style = palette.missing[kind];
		legend.push({ key: kind, label: missingLabel(kind), color: style.color, pattern: style.pattern, count, kind: 'missing' });
	}
	return { palette, breaks, fills, legend };
}
