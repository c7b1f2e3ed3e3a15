import { describe, expect, it } from 'vitest';
import { categoryColorScale, classColorScale, classIndexScale } from '../../../src/lib/domain/scales';
import { computeDivergingBreaks } from '../../../src/lib/domain/classify';

describe('classIndexScale: lower-inclusive thresholds', () => {
	const breaks = { thresholds: [10, 20, 30], classes: 4 };
	const classIndex = classIndexScale(breaks);
	it.each([
		[-5, 0],
		[9.999, 0],
		[10, 1], // on a threshold: the upper class
		[19, 1],
		[20, 2],
		[30, 3],
		[1e9, 3],
		[0, 0]
	])('%d → class %d', (value, expected) => {
		expect(classIndex(value)).toBe(expected);
	});
	it.each([[NaN], [Infinity], [-Infinity]])('%d has no class', (value) => {
		expect(classIndex(value)).toBeNull();
	});
	it('no class at all when there is no value', () => {
		expect(classIndexScale({ thresholds: [], classes: 0 })(5)).toBeNull();
	});
	it('one class: everything finite in it', () => {
		expect(classIndexScale({ thresholds: [], classes: 1 })(-3)).toBe(0);
	});
});

describe('classColorScale', () => {
	const colors = ['#a', '#b', '#c'];
	it.each([
		[1, '#a'],
		[5, '#b'],
		[50, '#c'],
		[NaN, null]
	])('%d → %s', (value, expected) => {
		expect(classColorScale({ thresholds: [5, 10], classes: 3 }, colors)(value)).toBe(expected);
	});
	it('diverging breaks: the sign of a change decides its side, 0 in the middle class', () => {
		const breaks = computeDivergingBreaks([-4, 1, 2], 5);
		const color = classColorScale(breaks, ['--', '-', '0', '+', '++']);
		expect([color(-4), color(-1), color(0), color(1), color(4)]).toEqual(['--', '-', '0', '+', '++']);
	});
});

describe('categoryColorScale', () => {
	const color = categoryColorScale(['lance', 'prevu'], ['#1', '#2']);
	it.each([
		['lance', '#1'],
		['prevu', '#2'],
		['inconnu', null]
	])('%s → %s', (id, expected) => {
		expect(color(id)).toBe(expected);
	});
	it('an unknown id does not grow the domain', () => {
		color('autre');
		expect(color('autre')).toBeNull();
	});
});
