/**
 * A dataset carried by a link, with no server: JSON, compressed by the browser's own
 * `CompressionStream('deflate-raw')`, in base64url, after `#donnees=` in the URL. The
 * fragment never leaves the browser (it is not sent with the request). Beyond
 * MAX_FRAGMENT_CHARS a link is too long to be reliable: the page offers the dataset file.
 */
import { readDataset, type ImportedDataset } from './dataset';

export const FRAGMENT_KEY = 'donnees';
/** What fits in a URL that mail clients, chats and browsers keep whole (≈ 32 kB). */
export const MAX_FRAGMENT_CHARS = 32_000;
/** Decompressed size refused beyond this (a hostile link cannot blow up memory). */
const MAX_JSON_BYTES = 8 * 1024 * 1024;

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
			throw new Error('trop gros une fois décompressé');
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

/** The payload of a dataset (what follows `#donnees=`). */
export async function encodeDataset(ds: ImportedDataset): Promise<string> {
	const json = new TextEncoder().encode(JSON.stringify(ds));
	return toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
}

export type Decoded = { ok: true; dataset: ImportedDataset } | { ok: false; error: string };

/** A payload back to a checked dataset, or a French reason. */
export async function decodeDataset(payload: string): Promise<Decoded> {
	if (payload.length > MAX_FRAGMENT_CHARS * 2) return { ok: false, error: 'Lien de données trop long.' };
	let json: unknown;
	try {
		const bytes = await pipe(fromBase64Url(payload), new DecompressionStream('deflate-raw'), MAX_JSON_BYTES);
		json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
	} catch (e) {
		return { ok: false, error: `Les données du lien sont illisibles (lien coupé ou modifié ? ${e instanceof Error ? e.message : ''}).` };
	}
	const r = readDataset(json);
	return r.ok ? r : { ok: false, error: `Les données du lien sont illisibles : ${r.error}.` };
}

/** The payload in a URL fragment (`#donnees=…`, possibly among other keys), or null. */
export function payloadOf(hash: string): string | null {
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	return params.get(FRAGMENT_KEY);
}

/** `#donnees=<payload>` */
export function fragmentFor(payload: string): string {
	return `#${FRAGMENT_KEY}=${payload}`;
}

/** True when the fragment fits the limit of a shareable link. */
export function fitsInLink(payload: string): boolean {
	return fragmentFor(payload).length <= MAX_FRAGMENT_CHARS;
}
