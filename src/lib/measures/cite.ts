/** A row's provenance as the follow-up pages print it (plain JSON, no file paths). */
import type { Citation, DataModel } from '../data/model';
import { indexModel } from '../data/model-index';
import { formatDate, formatDateSpan } from '../domain/format';
import { formatLocator } from '../explorer/display';
import { intervalOf } from '../domain/partial-date';

export interface CiteView {
	source: string;
	title: string;
	publisher: string;
	published?: string;
	url?: string;
	locator: string;
	asWritten?: string;
	/** « Comité de suivi n°4 (20 juillet 2021), ligne 644 — « cible 2022 atteinte à 17% » » */
	text: string;
}

export function citeView(model: DataModel, c: Citation): CiteView {
	const s = indexModel(model).source(c.source);
	const title = s?.title ?? c.source;
	const locator = formatLocator(c.locator);
	const date = s?.published ? `, ${formatDate(s.published)}` : '';
	return {
		source: c.source,
		title,
		publisher: s?.publisher ?? '',
		published: s?.published,
		url: s?.url,
		locator,
		asWritten: c.asWritten,
		text: `${title}${date}, ${locator}${c.asWritten ? ` — « ${c.asWritten} »` : ''}`
	};
}

/** A date or span for display and its interval (days since 1970) for drawing. */
export interface DateView {
	text: string;
	iso: string;
	start: number;
	end: number;
}

export function dateView(iso: string): DateView {
	const i = intervalOf(iso) ?? { start: 0, end: 0 };
	return { text: formatDateSpan(iso), iso, start: i.start, end: i.end };
}
