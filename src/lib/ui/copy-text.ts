/**
 * Puts text (a link, an embed code) on the clipboard. Resolves to the French message to show:
 * what was copied, or how to copy it by hand when the browser refuses (no permission, no
 * secure context).
 */
export async function copyText(text: string, what: string): Promise<string> {
	try {
		await navigator.clipboard.writeText(text);
		return `${what} copié.`;
	} catch {
		return 'Copie impossible : sélectionnez le texte et copiez-le.';
	}
}
