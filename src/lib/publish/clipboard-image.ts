/**
 * « Copier l'image »: the view's PNG (title, legend and source burnt in) put on the clipboard.
 * The clipboard write starts at once, in the click, with the image still being drawn (a
 * promise in the ClipboardItem): browsers only allow it during the user's gesture.
 */

export const COPY_DONE = 'Image copiée : collez-la dans un document, une diapositive ou un message.';
export const COPY_UNSUPPORTED = 'Ce navigateur ne permet pas de copier une image : téléchargez-la avec « Image PNG », puis insérez le fichier.';
export const COPY_REFUSED = 'Le navigateur a refusé la copie de l’image : téléchargez-la avec « Image PNG », puis insérez le fichier.';

export async function copyPngToClipboard(make: () => Promise<Blob>): Promise<string> {
	if (typeof ClipboardItem === 'undefined' || typeof navigator === 'undefined' || !navigator.clipboard?.write) return COPY_UNSUPPORTED;
	try {
		await navigator.clipboard.write([new ClipboardItem({ 'image/png': make() })]);
		return COPY_DONE;
	} catch {
		return COPY_REFUSED;
	}
}
