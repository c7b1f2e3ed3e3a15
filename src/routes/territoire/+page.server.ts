import { getModel } from '$lib/server/model';
import { buildProfileIndex } from '$lib/publish/portrait';
import type { PageServerLoad } from './$types';

// Names, codes and a count of indicators per territory: the model stays on the server.
export const load: PageServerLoad = () => ({ regions: buildProfileIndex(getModel()) });
