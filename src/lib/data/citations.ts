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
	/** Ids of the sources cited by at least one row read so far. */
	used: Set<string>;
}

const LOCATOR_RE = /^L(\d+)(?:-(\d+))?$/;

export function citationChecker(sources: SourceIndex, documents: Record<string, string>, { report }: Reporter): CitationChecker {
	const used = new Set<string>();
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
	return { check, used };
}

/** Whitespace-insensitive, including the no-break spaces French typography puts in numbers. */
function squash(text: string): string {
	return text.replace(/[\s\u00A0\u202F]+/g, ' ').trim();
}
