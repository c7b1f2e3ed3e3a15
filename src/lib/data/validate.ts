/**
 * Validates every data file together and builds the model. Pure: files come in as
 * text, territory and geometry checks as functions, so the same code runs in the
 * build, in `npm run data:check` and in the tests. All problems are collected, not
 * only the first, each naming file, line and field.
 *
 * A pipeline of steps writing to one reporter: the catalogue (sources, indicators),
 * then each entity's reader (each row's citation checked as it is read), then the
 * checks across files.
 */
import { citationChecker } from './citations';
import { checkPilotsAgree, checkSourcesCited } from './cross-checks';
import { checkIndicatorMeasures, resolveTargetStarts } from './follow-up-checks';
import type { DataModel, Problem } from './model';
import { readIndicators, readSources } from './read-catalogue';
import { readMeasures } from './read-measures';
import { milestoneCountNote, readMilestones } from './read-milestones';
import { readObservations } from './read-observations';
import { readPilots } from './read-pilots';
import { readSites } from './read-sites';
import { readStatedProgress } from './read-stated-progress';
import { readGroups } from './read-groups';
import type { DataFile } from './read-table';
import { readTargets } from './read-targets';
import { createReporter } from './report';
import type { Step, ValidationContext } from './step';

export type { DataFile, ValidationContext };

export interface DataInput {
	sources: DataFile;
	indicators: DataFile;
	/** Absent (not empty) for a partial data set such as an import, which has none. */
	targets?: DataFile;
	sasPilots?: DataFile;
	sites?: DataFile;
	observations: DataFile[];
	/** The follow-up (data/mesures.csv, jalons.csv, progres_declares.csv): optional files. */
	measures?: DataFile;
	milestones?: DataFile;
	statedProgress?: DataFile;
	/** Series of comparable indicators (data/groupes.csv): optional. */
	groups?: DataFile;
	/** Text of each document under data/documents/, by file name. */
	documents: Record<string, string>;
}

export interface ValidationResult {
	model: DataModel;
	problems: Problem[];
	/** What the loader detected, file by file (separator, decimal mark). */
	notes: string[];
}

export function validateData(input: DataInput, ctx: ValidationContext): ValidationResult {
	const reporter = createReporter();
	const sources = readSources(input.sources, input.documents, reporter);
	const indicators = readIndicators(input.indicators, reporter);
	const citations = citationChecker(sources, input.documents, reporter);
	const step: Step = { reporter, citations, indicators, ctx };

	const targets = input.targets ? readTargets(input.targets, step) : [];
	const { observations, complete } = readObservations(input.observations, step);
	const sites = input.sites ? readSites(input.sites, step) : [];
	const pilots = input.sasPilots ? readPilots(input.sasPilots, step) : { pilots: [], departements: new Map() };
	const measures = input.measures ? readMeasures(input.measures, step) : undefined;
	const milestones = input.milestones ? readMilestones(input.milestones, step, measures ?? []) : undefined;
	const statedProgress = input.statedProgress ? readStatedProgress(input.statedProgress, step) : undefined;
	const groups = input.groups ? readGroups(input.groups, step) : undefined;

	if (indicators.byId.has('sas_pilote') && pilots.pilots.length && complete) checkPilotsAgree(reporter, pilots, observations);
	if (measures) checkIndicatorMeasures(reporter, indicators, measures);
	resolveTargetStarts(reporter, targets, milestones ?? []);
	if (input.milestones && milestones) reporter.note(milestoneCountNote(input.milestones.path, milestones));
	checkSourcesCited(reporter, sources, citations);

	const model: DataModel = {
		sources: [...sources.byId.values()].map((s) => s.source),
		indicators: [...indicators.byId.values()],
		targets,
		observations,
		sites,
		pilots: pilots.pilots,
		...(measures && { measures }),
		...(milestones && { milestones }),
		...(statedProgress && { statedProgress }),
		...(groups && { groups })
	};
	return { model, problems: reporter.problems(), notes: reporter.notes() };
}
