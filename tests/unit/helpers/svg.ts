/** Reading SVG exports in tests (not a test file): well-formedness, layers, their text. */
import { expect } from 'vitest';

/** Start tags, end tags and self-closing tags must nest; nothing but text between them. */
export function checkWellFormed(svg: string): void {
	const body = svg.replace(/^<\?xml[^?]*\?>\s*/, '');
	const stack: string[] = [];
	let roots = 0;
	const tag = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/g;
	let last = 0;
	for (let m = tag.exec(body); m; m = tag.exec(body)) {
		const between = body.slice(last, m.index);
		if (/[<>]/.test(between)) throw new Error(`stray markup near ${JSON.stringify(body.slice(last, last + 80))}`);
		if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(between)) throw new Error(`bare & in ${JSON.stringify(between)}`);
		last = m.index + m[0].length;
		const [, close, name = '', attrs = '', self] = m;
		if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(attrs)) throw new Error(`bare & in attributes of <${name}>`);
		const seen = new Set<string>();
		for (const a of attrs.matchAll(/([\w:.-]+)=/g)) {
			if (seen.has(a[1] ?? '')) throw new Error(`duplicate attribute ${a[1]} on <${name}>`);
			seen.add(a[1] ?? '');
		}
		if (close) {
			const open = stack.pop();
			if (open !== name) throw new Error(`</${name}> closes <${open}>`);
		} else if (!self) {
			if (!stack.length) roots++;
			stack.push(name);
		} else if (!stack.length) roots++;
	}
	if (/[<>]/.test(body.slice(last))) throw new Error('stray markup at the end');
	if (body.slice(last).trim()) throw new Error('text after the root element');
	expect(stack).toEqual([]);
	expect(roots).toBe(1);
}

/** The markup inside `<g id="…">…</g>` (layer groups are not nested in each other). */
export function layer(svg: string, id: string): string {
	const start = svg.indexOf(`<g id="${id}">`);
	if (start < 0) throw new Error(`no layer ${id}`);
	let depth = 0;
	const re = /<g[\s>]|<\/g>/g;
	re.lastIndex = start;
	for (let m = re.exec(svg); m; m = re.exec(svg)) {
		depth += m[0] === '</g>' ? -1 : 1;
		if (depth === 0) return svg.slice(start, m.index);
	}
	throw new Error(`layer ${id} not closed`);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text of each `<text>` element whose attributes match `attrs`, unescaped, in order. */
export function texts(svg: string, attrs: RegExp = /(?:)/): string[] {
	return [...svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)]
		.filter((m) => attrs.test(m[1] ?? ''))
		.map((m) => (m[2] ?? '').replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e] ?? e));
}
