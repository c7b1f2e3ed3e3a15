import { mapPictureFrame } from '$lib/server/static-map';

// The frame the map opens in (no picture: the figures are the reader's, known only in the browser).
export const load = () => ({ pictureFrame: mapPictureFrame() });
