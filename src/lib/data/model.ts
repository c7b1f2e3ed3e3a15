/** The validated data model handed to the app (plain JSON-serialisable objects). */
import type { MissingKind, Qualifier } from '../domain/types';
import type { Indicator, Source } from './schemas';

export type { Indicator, Source };
export type Level = 'france' | 'region' | 'departement';

/** Where a row was read: shown in error messages and kept for provenance. */
export interface RowRef {
	file: string;
	line: number;
}

export interface Citation {
	source: string;
	locator: string;
	asWritten?: string;
}

export interface Target extends Citation {
	indicator: string;
	value: number;
	valueMax?: number;
	date?: string;
	note?: string;
	ref: RowRef;
}

export interface Observation extends Citation {
	indicator: string;
	level: Level;
	code: string;
	period: string;
	reported?: string;
	/** number for count/share/amount, category id, or boolean; null when `missing`. */
	value: number | string | boolean | null;
	valueMax?: number;
	qualifier: Qualifier;
	missing?: MissingKind;
	inferred: string[];
	note?: string;
	ref: RowRef;
}

export interface Site extends Citation {
	id: string;
	name: string;
	kind: string;
	departement: string;
	lon: number;
	lat: number;
	location: 'stated' | 'inferred';
	status?: string;
	date?: string;
	note?: string;
	ref: RowRef;
}

export interface SasPilot extends Citation {
	id: string;
	label: string;
	departements: string[];
	inferred: string[];
	note?: string;
	ref: RowRef;
}

export interface DataModel {
	sources: Source[];
	indicators: Indicator[];
	targets: Target[];
	observations: Observation[];
	sites: Site[];
	pilots: SasPilot[];
}

export interface Problem {
	file: string;
	line: number;
	field: string;
	/** "what is wrong — what was expected" */
	message: string;
}

export function formatProblem(p: Problem): string {
	return `${p.file}:${p.line}: ${p.field} — ${p.message}`;
}
