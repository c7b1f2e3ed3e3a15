/**
 * The reporter every validation step writes to: problems as `file:line: field — message`
 * (formatted by `formatProblem`), and what the loader detected, file by file. Also how a
 * long list of problems is told: every one, then a count per file, so that the summary
 * is never the part that goes missing.
 */
import type { Problem, RowRef } from './model';

export interface Reporter {
	report(ref: RowRef, field: string, message: string): void;
	note(text: string): void;
	/** Problems in file order, then line order; same-line problems keep their order. */
	problems(): Problem[];
	notes(): string[];
}

/** File order, then line order; problems of one line keep their order (the sort is stable). */
export function sortProblems(problems: readonly Problem[]): Problem[] {
	return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

export function createReporter(): Reporter {
	const problems: Problem[] = [];
	const notes: string[] = [];
	return {
		report: (ref, field, message) => void problems.push({ file: ref.file, line: ref.line, field, message }),
		note: (text) => void notes.push(text),
		problems: () => sortProblems(problems),
		notes: () => [...notes]
	};
}

const fr = (n: number) => n.toLocaleString('fr-FR').replace(/\s/g, ' ');
const plural = (n: number, word: string) => `${fr(n)} ${word}${n > 1 ? 's' : ''}`;

/** `3 problèmes dans data : data/a.csv (2), data/b.csv (1).` — files named `file:line: …` in each formatted problem. */
export function problemSummary(formatted: readonly string[], where: string): string {
	const perFile = new Map<string, number>();
	for (const p of formatted) {
		const file = /^(.*?):\d+: /.exec(p)?.[1] ?? p;
		perFile.set(file, (perFile.get(file) ?? 0) + 1);
	}
	const files = [...perFile].map(([f, n]) => `${f} (${fr(n)})`).join(', ');
	return `${plural(formatted.length, 'problème')} dans ${where} : ${files}.`;
}

/** The first `max` problems, then « … et N de plus » when some are left out. */
export function cappedList(formatted: readonly string[], max: number): string[] {
	if (formatted.length <= max) return [...formatted];
	const rest = formatted.length - max;
	return [...formatted.slice(0, max), `… et ${fr(rest)} de plus`];
}
