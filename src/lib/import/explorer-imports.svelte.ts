/**
 * The explorer's side of imported data, kept out of the page: whether to wait for it (the
 * URL names an imported indicator or carries one), the datasets once loaded (the loader is
 * fetched with a dynamic import, only when something imported exists), the model with them,
 * and the fragment that carries the current imported indicator for the share dialog.
 */
import type { DataModel } from '../data/model';
import { mergeModels } from '../data/merge-models';
import type { LoadedImports } from './loader';
import { carriedHash, hasImportedData } from './probe';
import { isImportedIndicator, mayShowImported } from './vocabulary';

export class ExplorerImports {
	loaded = $state<LoadedImports | null>(null);
	/** True until the imported data the URL asks for is loaded: the view waits for it. */
	pending = $state(false);
	/** The fragment of the link that was opened (`#donnees=…`, with the sites it may carry). */
	linkHash = '';
	sharedSaved = $state(false);

	constructor(inBrowser: boolean) {
		this.pending = inBrowser && mayShowImported(location.search, location.hash);
	}

	async load(): Promise<void> {
		if (await hasImportedData(location.hash)) {
			this.linkHash = carriedHash(location.hash);
			this.loaded = await (await import('./loader')).loadImported(location.hash);
		}
		this.pending = false;
	}

	merged(base: DataModel): DataModel {
		return this.loaded?.models.length ? mergeModels(base, this.loaded.models) : base;
	}

	/** The imported indicator came with the link (not kept in this browser). */
	fromLink(id: string): boolean {
		return !!this.loaded?.sharedIds.includes(id);
	}

	/** Keeps the link's dataset in this browser. */
	async keepShared(): Promise<void> {
		if (this.loaded?.shared) await (await import('./storage')).saveDataset(this.loaded.shared);
		this.sharedSaved = true;
	}

	/**
	 * The fragment that carries an indicator for an embed: undefined for a bundled one, null
	 * when it does not fit in a link.
	 */
	async fragmentOf(id: string): Promise<string | null | undefined> {
		if (!this.loaded || !isImportedIndicator(id)) return undefined;
		if (this.linkHash && this.fromLink(id)) return this.linkHash;
		const ds = this.loaded.stored.find((d) => id === `mes_${d.id}` || id.startsWith(`mes_${d.id}_`));
		if (!ds) return null;
		const f = await import('./fragment');
		const payload = await f.encodeDataset(ds);
		return f.fitsInLink(payload) ? f.fragmentFor(payload) : null;
	}
}
