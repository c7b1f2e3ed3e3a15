/**
 * What a link carries with no server: a dataset (`#donnees=`) or a site list (`#lieux=`), as
 * JSON compressed by the browser's own `CompressionStream('deflate-raw')`, in base64url. The
 * fragment never leaves the browser (it is not sent with the request). Beyond
 * MAX_FRAGMENT_CHARS a link is too long to be reliable: the page offers a file instead.
 */
import { readDataset, type ImportedDataset } from './dataset';
import { FRAGMENT_KEY, SITES_FRAGMENT_KEY, type FragmentKey } from './probe';

export { FRAGMENT_KEY, SITES_FRAGMENT_KEY, type FragmentKey };
/** What fits in a URL that mail clients, chats and browsers keep whole (≈ 32 kB). */
export const MAX_FRAGMENT_CHARS = 32_000;
/** Decompressed size refused beyond this (a hostile link cannot blow up memory). */
const MAX_JSON_BYTES = 8 * 1024 * 1024;

class TooLarge extends Error {}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit = Infinity): Promise<Uint8Array> {
	const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.length;
		if (size > limit) {
			await reader.cancel();
			throw new TooLarge();
		}
		chunks.push(value);
	}
	const out = new Uint8Array(size);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	return out;
}

export function toBase64Url(bytes: Uint8Array): string {
	let bin = '';
	for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array {
	if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('caractères inattendus');
	const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
	const out = new Uint8Array(bin.length);
	for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
	return out;
}

/** Any JSON value as a payload (what follows `#donnees=` or `#lieux=`). */
export async function encodePayload(value: unknown): Promise<string> {
	const json = new TextEncoder().encode(JSON.stringify(value));
	return toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
}

/**
 * A payload back to JSON (not yet checked), or a French reason about `subject`, step by step:
 * the browser's own messages (« Compressed input was truncated », « Unexpected token ») are
 * in English and never shown.
 */
export async function decodePayload(payload: string, subject = 'Les données du lien'): Promise<{ ok: true; json: unknown } | { ok: false; error: string }> {
	if (payload.length > MAX_FRAGMENT_CHARS * 2) return { ok: false, error: 'Lien de données trop long.' };
	const fail = (why: string) => ({ ok: false as const, error: `${subject} sont illisibles (lien coupé ou modifié ? ${why}).` });
	let bytes: Uint8Array;
	try {
		bytes = fromBase64Url(payload);
	} catch {
		return fail('caractères inattendus');
	}
	try {
		bytes = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_JSON_BYTES);
	} catch (e) {
		return fail(e instanceof TooLarge ? 'trop gros une fois décompressé' : 'données compressées incomplètes ou abîmées');
	}
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return fail('texte qui n’est pas de l’UTF-8');
	}
	try {
		return { ok: true, json: JSON.parse(text) };
	} catch {
		return fail('contenu qui n’est pas du JSON');
	}
}

/** The payload of a dataset (what follows `#donnees=`). */
export const encodeDataset = (ds: ImportedDataset): Promise<string> => encodePayload(ds);

export type Decoded = { ok: true; dataset: ImportedDataset } | { ok: false; error: string };

/** A payload back to a checked dataset, or a French reason. */
export async function decodeDataset(payload: string): Promise<Decoded> {
	const d = await decodePayload(payload);
	if (!d.ok) return d;
	const r = readDataset(d.json);
	return r.ok ? r : { ok: false, error: `Les données du lien sont illisibles : ${r.error}.` };
}

/** The payload under a key of a URL fragment (`#donnees=…&lieux=…`), or null. */
export function payloadOf(hash: string, key: FragmentKey = FRAGMENT_KEY): string | null {
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	return params.get(key);
}

/** `#donnees=<payload>` (or `#lieux=<payload>`) */
export function fragmentFor(payload: string, key: FragmentKey = FRAGMENT_KEY): string {
	return `#${key}=${payload}`;
}

/** True when the fragment fits the limit of a shareable link. */
export function fitsInLink(payload: string, key: FragmentKey = FRAGMENT_KEY): boolean {
	return fragmentFor(payload, key).length <= MAX_FRAGMENT_CHARS;
}
