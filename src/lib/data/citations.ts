/**
 * The citation check shared by targets, observations, sites and pilots: the source
 * exists; for a source kept as a document, the locator names lines of it and the
 * as-written figure appears on those lines. Records which sources are cited.
 */
import type { RowRef } from './model';
import type { SourceIndex } from './read-catalogue';
import type { Reporter } from './report';

export interface CitedRow {
	source: string;
	locator: string;
	asWritten?: string;
}

export interface CitationChecker {
	check(ref: RowRef, row: CitedRow): void;
	/** Another cell that must read as written at the row's cited lines (a title, a date as written). */
	appears(ref: RowRef, row: CitedRow, field: string, text: string): void;
	/** Ids of the sources cited by at least one row read so far. */
	used: Set<string>;
}

const LOCATOR_RE = /^L(\d+)(?:-(\d+))?$/;

export function citationChecker(sources: SourceIndex, documents: Record<string, string>, { report }: Reporter): CitationChecker {
	const used = new Set<string>();
	/** The cited lines of a document, or undefined when the source is not a document (or is unknown). */
	function citedLines(c: CitedRow): { text: string; name: string } | undefined {
		const name = sources.byId.get(c.source)?.source.document;
		const doc = name ? documents[name] : undefined;
		const m = LOCATOR_RE.exec(c.locator);
		if (doc === undefined || !name || !m) return undefined;
		const lines = doc.split(/\r?\n/);
		const from = Number(m[1]);
		const to = Number(m[2] ?? m[1]);
		if (from < 1 || to < from || to > lines.length) return undefined;
		return { text: squash(lines.slice(from - 1, to).join(' ')), name };
	}
	function appears(ref: RowRef, c: CitedRow, field: string, text: string): void {
		const lines = citedLines(c);
		if (lines && !lines.text.includes(squash(text)))
			report(ref, field, `« ${text.slice(0, 60)} » absent des lignes ${c.locator} — tel qu’écrit dans ${lines.name}`);
	}
	function check(ref: RowRef, c: CitedRow): void {
		const entry = sources.byId.get(c.source);
		if (!entry) {
			if (!sources.rejectedIds.has(c.source)) report(ref, 'source', `« ${c.source} » inconnue — un id de data/sources.csv`);
			return;
		}
		used.add(c.source);
		const name = entry.source.document;
		const doc = name ? documents[name] : undefined;
		if (doc === undefined) return;
		const m = LOCATOR_RE.exec(c.locator);
		if (!m) {
			report(ref, 'locator', `« ${c.locator} » — pour un document, L123 ou L123-125 (lignes de data/documents/${name})`);
			return;
		}
		const lines = doc.split(/\r?\n/);
		const from = Number(m[1]);
		const to = Number(m[2] ?? m[1]);
		if (from < 1 || to < from || to > lines.length) {
			report(ref, 'locator', `« ${c.locator} » hors du document — des lignes entre 1 et ${lines.length}`);
			return;
		}
		if (c.asWritten && !squash(lines.slice(from - 1, to).join(' ')).includes(squash(c.asWritten)))
			report(ref, 'as_written', `« ${c.asWritten} » absent des lignes ${c.locator} — l’extrait tel qu’écrit dans ${name}`);
	}
	return { check, appears, used };
}

/**
 * Whitespace-insensitive, including the no-break spaces French typography puts in numbers;
 * blind to the markup the extractions left (`**gras**`, `2^{ème}`, `2^e`, `<p>`).
 */
export function squash(text: string): string {
	return text
		.replace(/<\/?p>/g, ' ')
		.replace(/\^\{([^}]*)\}/g, '$1')
		.replace(/\^(?=\w)/g, '')
		.replace(/\*\*/g, '')
		.replace(/[\s\u00A0\u202F]+/g, ' ')
		.trim();
}
