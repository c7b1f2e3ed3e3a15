import { json } from '@sveltejs/kit';
import { getModel } from '$lib/server/model';

export const prerender = true;

// The whole validated model, as the explorer reads it once its first view is on screen
// (its page carries only that view's figures): see explorer/full-model.
export function GET() {
	return json(getModel());
}
