import { describe, expect, it } from 'vitest';
import * as chromatic from 'd3-scale-chromatic';
import { SCHEMES, type SchemeName } from '../../../src/lib/domain/colorbrewer';
import { MAX_CLASSES } from '../../../src/lib/domain/types';

const names = Object.keys(SCHEMES) as SchemeName[];

describe('ColorBrewer schemes kept as data', () => {
	it.each(names)('%s matches d3-scale-chromatic for every class count from 3 to MAX_CLASSES', (name) => {
		const reference = chromatic[`scheme${name}`] as ReadonlyArray<ReadonlyArray<string>>;
		for (let n = 3; n <= MAX_CLASSES; n++) expect(SCHEMES[name][n], `${name}[${n}]`).toEqual(reference[n]);
	});

	it.each(names)('%s has nothing below 3 colours nor above MAX_CLASSES', (name) => {
		expect(SCHEMES[name].slice(0, 3)).toEqual([undefined, undefined, undefined]);
		expect(SCHEMES[name]).toHaveLength(MAX_CLASSES + 1);
	});
});
