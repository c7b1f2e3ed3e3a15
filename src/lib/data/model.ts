/** The validated data model handed to the app (plain JSON-serialisable objects). */
import type { MissingKind, ObservationScope, Qualifier } from '../domain/types';
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
	/** `echeance` (absent = this): a level to reach by `date`; `periode`: what is to be done within `date`. */
	kind?: 'echeance' | 'periode';
	/** Milestone (data/jalons.csv) the target runs from, and its date, resolved when read. */
	start?: string;
	startDate?: string;
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
	/** Absent = the whole territory; `metropole` or `partiel` (some régions or ARS) otherwise. */
	scope?: ObservationScope;
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

export type MeasureKind = 'programme' | 'pilier' | 'axe' | 'mesure' | 'chantier' | 'projet';

/** A programme, pillar, Ségur measure, the digital axis, a Ma santé 2022 chantier or project. */
export interface Measure extends Citation {
	id: string;
	kind: MeasureKind;
	parent?: string;
	number?: number;
	/** As the document writes it. */
	title: string;
	/** Short, in our words. */
	label: string;
	lead?: string;
	note?: string;
	ref: RowRef;
}

/** A dated event of the documents: an achievement or a planned step. */
export interface Milestone extends Citation {
	id: string;
	measure: string;
	status: 'realise' | 'prevu';
	label: string;
	/** Partial date or span (`2021-T4`, `2021/2022`, `../2021-07-20`). */
	date: string;
	/** The date as written. */
	dateText?: string;
	/** For an achievement: the planned milestones it fulfils. */
	fulfils: string[];
	inferred: string[];
	note?: string;
	ref: RowRef;
}

/** The figures of `indicator` are a document's statement of the progress of `of` towards its target. */
export interface StatedProgressLink {
	indicator: string;
	of: string;
	/** `atteint`: « cible atteinte à 17 % »; `depasse`: « objectif dépassé de 45 % ». */
	wording: 'atteint' | 'depasse';
	note?: string;
	ref: RowRef;
}

/**
 * A comparable series of indicators (data/groupes.csv): same kind, same unit, a level in
 * common, so that their maps may share one set of classes (the small multiples of a group).
 */
export interface IndicatorGroup {
	id: string;
	label: string;
	/** In display order. */
	indicators: string[];
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
	/** The follow-up (data/mesures.csv, jalons.csv): absent from models that do not carry it. */
	measures?: Measure[];
	milestones?: Milestone[];
	statedProgress?: StatedProgressLink[];
	/** Series of comparable indicators (data/groupes.csv): absent from models that do not carry it. */
	groups?: IndicatorGroup[];
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
