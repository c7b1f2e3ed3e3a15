/**
 * A file's bytes as text: UTF-8 when they are valid UTF-8 (a byte-order mark is dropped),
 * else Windows-1252 — what French Excel and the FINESS extract still write. Windows-1252 is
 * decoded here, not by `TextDecoder`: some runtimes (Node without full ICU) read that label as
 * Latin-1 and turn `’`, `œ` and `€` into control characters.
 */
export type TextEncodingName = 'utf-8' | 'windows-1252';

/** Windows-1252 bytes 0x80–0x9F (the rest is Latin-1); undefined bytes kept as U+FFFD. */
const CP1252_HIGH = '€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
	let out = '';
	for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
	return out;
}

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
	try {
		const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return { text: text.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
	} catch {
		return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
	}
}
