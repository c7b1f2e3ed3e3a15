/** What the per-entity readers share once sources and indicators are read. */
import type { CitationChecker } from './citations';
import type { Level } from './model';
import type { IndicatorIndex } from './read-catalogue';
import type { Reporter } from './report';

export interface ValidationContext {
	isTerritory: (level: Level, code: string) => boolean;
	/** null when the point lies in the département (with tolerance), else why not. */
	checkSiteLocation?: (departement: string, lon: number, lat: number) => string | null;
}

export interface Step {
	reporter: Reporter;
	citations: CitationChecker;
	indicators: IndicatorIndex;
	ctx: ValidationContext;
}
