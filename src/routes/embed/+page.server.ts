import { getModel } from '$lib/server/model';
import { embedModel } from '$lib/server/embed-model';

// Read and validated once at build time; the embed carries only what it draws.
export const load = () => ({ model: embedModel(getModel()) });
