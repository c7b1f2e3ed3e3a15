/**
 * The link and the embed code that carry a dataset in their fragment, or why they cannot
 * (too long for a link: the dataset file is offered instead).
 */
import type { ImportedDataset } from './dataset';
import { encodeDataset, fitsInLink, fragmentFor, MAX_FRAGMENT_CHARS } from './fragment';
import { indicatorIdOf } from './to-model';

export type Shared = { ok: true; link: string; embedSrc: string; embedCode: string; chars: number } | { ok: false; chars: number; limit: number };

/** Text made safe inside an HTML attribute (the dataset's name is the user's text). */
export function htmlAttribute(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `siteRoot`: absolute URL of the explorer (ending with `/`). */
export async function shareDataset(ds: ImportedDataset, siteRoot: string): Promise<Shared> {
	const payload = await encodeDataset(ds);
	const fragment = fragmentFor(payload);
	if (!fitsInLink(payload)) return { ok: false, chars: fragment.length, limit: MAX_FRAGMENT_CHARS };
	const query = `?i=${encodeURIComponent(indicatorIdOf(ds, 0))}`;
	const link = `${siteRoot}${query}${fragment}`;
	const embedSrc = `${siteRoot}embed/mes-donnees/${query}${fragment}`;
	const embedCode = `<iframe src="${htmlAttribute(embedSrc)}" title="${htmlAttribute(`Carte : ${ds.name}`)}" width="100%" height="560" style="border:0" loading="lazy"></iframe>`;
	return { ok: true, link, embedSrc, embedCode, chars: fragment.length };
}
