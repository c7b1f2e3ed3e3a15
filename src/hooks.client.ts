import type { ClientInit } from '@sveltejs/kit';
import { pictureFirst } from '$lib/publish/picture-first';

// The prerendered map picture paints before the page's code takes over (bounded wait).
export const init: ClientInit = () => pictureFirst();
