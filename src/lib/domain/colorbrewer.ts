/**
 * The five ColorBrewer schemes the app uses (Cynthia Brewer, Apache-2.0 licence), 3 to
 * MAX_CLASSES colours each, as published by d3-scale-chromatic 3.1.1. Kept as plain data so
 * that the browser bundle does not carry d3-scale-chromatic, which builds an interpolator
 * (d3-interpolate, d3-color) for every scheme when it loads.
 * tests/unit/domain/colorbrewer.test.ts checks every colour against the package.
 */

/** `SCHEMES.YlGnBu[n]` is the n-colour version (n from 3 to MAX_CLASSES), like d3’s `schemeYlGnBu[n]`. */
export type Scheme = ReadonlyArray<ReadonlyArray<string> | undefined>;

const FIRST = 3;

function scheme(versions: string[][]): Scheme {
	return [...Array<undefined>(FIRST), ...versions];
}

export const SCHEMES = {
	YlGnBu: scheme([
		['#edf8b1', '#7fcdbb', '#2c7fb8'],
		['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8'],
		['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
		['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'],
		['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84']
	]),
	YlOrBr: scheme([
		['#fff7bc', '#fec44f', '#d95f0e'],
		['#ffffd4', '#fed98e', '#fe9929', '#cc4c02'],
		['#ffffd4', '#fed98e', '#fe9929', '#d95f0e', '#993404'],
		['#ffffd4', '#fee391', '#fec44f', '#fe9929', '#d95f0e', '#993404'],
		['#ffffd4', '#fee391', '#fec44f', '#fe9929', '#ec7014', '#cc4c02', '#8c2d04']
	]),
	Purples: scheme([
		['#efedf5', '#bcbddc', '#756bb1'],
		['#f2f0f7', '#cbc9e2', '#9e9ac8', '#6a51a3'],
		['#f2f0f7', '#cbc9e2', '#9e9ac8', '#756bb1', '#54278f'],
		['#f2f0f7', '#dadaeb', '#bcbddc', '#9e9ac8', '#756bb1', '#54278f'],
		['#f2f0f7', '#dadaeb', '#bcbddc', '#9e9ac8', '#807dba', '#6a51a3', '#4a1486']
	]),
	RdBu: scheme([
		['#ef8a62', '#f7f7f7', '#67a9cf'],
		['#ca0020', '#f4a582', '#92c5de', '#0571b0'],
		['#ca0020', '#f4a582', '#f7f7f7', '#92c5de', '#0571b0'],
		['#b2182b', '#ef8a62', '#fddbc7', '#d1e5f0', '#67a9cf', '#2166ac'],
		['#b2182b', '#ef8a62', '#fddbc7', '#f7f7f7', '#d1e5f0', '#67a9cf', '#2166ac']
	]),
	PuOr: scheme([
		['#998ec3', '#f7f7f7', '#f1a340'],
		['#5e3c99', '#b2abd2', '#fdb863', '#e66101'],
		['#5e3c99', '#b2abd2', '#f7f7f7', '#fdb863', '#e66101'],
		['#542788', '#998ec3', '#d8daeb', '#fee0b6', '#f1a340', '#b35806'],
		['#542788', '#998ec3', '#d8daeb', '#f7f7f7', '#fee0b6', '#f1a340', '#b35806']
	])
} as const satisfies Record<string, Scheme>;

export type SchemeName = keyof typeof SCHEMES;
