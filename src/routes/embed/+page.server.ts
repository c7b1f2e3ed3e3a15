import { getModel } from '$lib/server/model';

// Read and validated once at build time; the prerendered page carries the model.
export const load = () => ({ model: getModel() });
