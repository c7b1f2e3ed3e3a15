/**
 * oEmbed (https://oembed.com/): a CMS that is given the address of an embed page finds its
 * discovery `<link>` and reads this JSON, of type `rich`, whose `html` is the iframe to insert.
 * One static JSON per embed page (the indicator's default view): the build writes it.
 */
import { escapeXml } from './svg-map';

/** Where an indicator's oEmbed JSON lives, relative to the site root. */
export const oembedPath = (indicator: string): string => `embed/${encodeURIComponent(indicator)}/oembed.json`;

/** The iframe's size in the CMS (the embed then reports its real height, see embed-options). */
export const OEMBED_SIZE = { width: 640, height: 600 } as const;

export interface OembedRich {
	version: '1.0';
	type: 'rich';
	title: string;
	provider_name: string;
	provider_url: string;
	html: string;
	width: number;
	height: number;
	thumbnail_url: string;
	thumbnail_width: number;
	thumbnail_height: number;
	cache_age: number;
}

export interface OembedInput {
	/** The site's public address, ending with `/`. */
	siteUrl: string;
	indicator: string;
	title: string;
	/** Absolute URL of the page's social preview. */
	thumbnail: { url: string; width: number; height: number };
}

export function oembedJson({ siteUrl, indicator, title, thumbnail }: OembedInput): OembedRich {
	const src = new URL(`embed/${encodeURIComponent(indicator)}/`, siteUrl).href;
	const { width, height } = OEMBED_SIZE;
	return {
		version: '1.0',
		type: 'rich',
		title,
		provider_name: 'Ségur Territoires',
		provider_url: siteUrl,
		html: `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="${width}" height="${height}" style="width:100%;max-width:${width}px;border:0" loading="lazy" scrolling="no"></iframe>`,
		width,
		height,
		thumbnail_url: thumbnail.url,
		thumbnail_width: thumbnail.width,
		thumbnail_height: thumbnail.height,
		cache_age: 86400
	};
}
