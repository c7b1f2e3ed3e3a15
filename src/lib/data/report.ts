/**
 * The reporter every validation step writes to: problems as `file:line: field — message`
 * (formatted by `formatProblem`), and what the loader detected, file by file.
 */
import type { Problem, RowRef } from './model';

export interface Reporter {
	report(ref: RowRef, field: string, message: string): void;
	note(text: string): void;
	/** Problems in file order, then line order; same-line problems keep their order. */
	problems(): Problem[];
	notes(): string[];
}

export function createReporter(): Reporter {
	const problems: Problem[] = [];
	const notes: string[] = [];
	return {
		report: (ref, field, message) => void problems.push({ file: ref.file, line: ref.line, field, message }),
		note: (text) => void notes.push(text),
		problems: () => [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line),
		notes: () => [...notes]
	};
}
