/**
 * The look of proportional circles, one for everywhere they are drawn (the map, its legend,
 * the SVG and PNG exports). Apart from `explorer/symbols` so that the exports, loaded with
 * the page, do not carry the symbols' scale code.
 */
export const SYMBOL_STYLE = {
	fill: '#1d6fa5',
	fillOpacity: 0.72,
	stroke: '#ffffff',
	strokeWidth: 1,
	/** The hollow mark of missing data, and the legend's outlines. */
	missing: '#4a5560',
	missingWidth: 1.2,
	/** Circles coloured by a second indicator (`couleur`): a circle without its figure is
	 *  white, outlined like the missing-data mark — never a class colour. */
	noColor: '#ffffff'
} as const;

/** The hollow mark of a territory without a figure. */
export const MISSING_RADIUS = 3;
/** A true zero is a figure: a dot, distinct from the hollow mark of missing data. */
export const ZERO_RADIUS = 1.5;
