/**
 * What the map must write to MapLibre's feature-state to go from the view it shows to the
 * next one. Pure (no MapLibre here): the map applies the writes. Only what changed is
 * written, so a switch of indicator touches the territories whose colour changes, nothing
 * else; the sources of another level are wiped (département `01` and région `01` are
 * different territories).
 */

/** Feature-state of one territory: `fill` colour, and flags (`hatch`, `dots`, `marked`, `selected`). */
export type FeatureState = Record<string, string | boolean>;

/** The states written on a level's sources, by territory code. */
export interface PaintedStates {
	sources: readonly string[];
	states: ReadonlyMap<string, FeatureState>;
	/**
	 * The codes of the sources that hold only some territories (the enlarged copies of Paris
	 * and its suburbs hold four départements): nothing is written there for the others.
	 */
	holds?: ReadonlyMap<string, ReadonlySet<string>>;
}

/** A removal: a whole source's state when `id` is absent, else one key of one territory. */
export interface StateRemoval {
	source: string;
	id?: string;
	key?: string;
}

export interface StateWrite {
	source: string;
	id: string;
	state: FeatureState;
}

/** Removals come first: MapLibre applies them before the writes. */
export interface FeatureStateDiff {
	remove: StateRemoval[];
	set: StateWrite[];
}

export const NOTHING_PAINTED: PaintedStates = { sources: [], states: new Map() };

export interface TerritoryFill {
	color: string;
	pattern: 'none' | 'hatch' | 'dots';
}

/** What the view asks of the territories: colour and pattern, outline, selection. */
export interface TerritoryLook {
	/** Fill per territory code of the current level; absent codes keep the land colour. */
	fills: ReadonlyMap<string, TerritoryFill>;
	/** Territories to outline (compared, or found by the gap filter). */
	marked: ReadonlySet<string>;
	selected: string | null;
}

/** The feature-state of every territory the view touches (absent = land colour, no flag). */
export function territoryStates({ fills, marked, selected }: TerritoryLook): Map<string, FeatureState> {
	const next = new Map<string, FeatureState>();
	const state = (code: string): FeatureState => {
		let st = next.get(code);
		if (!st) next.set(code, (st = {}));
		return st;
	};
	for (const [code, fill] of fills) {
		const st = state(code);
		st.fill = fill.color;
		if (fill.pattern !== 'none') st[fill.pattern] = true;
	}
	for (const code of marked) state(code).marked = true;
	if (selected) state(selected).selected = true;
	return next;
}

const sameSources = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((s, i) => s === b[i]);

/** The writes that turn `previous` into `next` on the map. */
export function featureStateDiff(previous: PaintedStates, next: PaintedStates): FeatureStateDiff {
	const remove: StateRemoval[] = [];
	const set: StateWrite[] = [];
	let before = previous.states;
	// Another level: its sources are wiped whole, and the new ones start from nothing.
	if (!sameSources(previous.sources, next.sources)) {
		for (const source of previous.sources) remove.push({ source });
		before = new Map();
	}
	for (const source of next.sources) {
		const held = next.holds?.get(source);
		for (const [id, was] of before) {
			if (held && !held.has(id)) continue;
			const now = next.states.get(id) ?? {};
			for (const key of Object.keys(was)) if (!(key in now)) remove.push({ source, id, key });
		}
		for (const [id, now] of next.states) {
			if (held && !held.has(id)) continue;
			const was = before.get(id);
			const changed = Object.entries(now).filter(([k, v]) => was?.[k] !== v);
			if (changed.length) set.push({ source, id, state: Object.fromEntries(changed) });
		}
	}
	return { remove, set };
}
