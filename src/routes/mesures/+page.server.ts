import { getFullModel } from '$lib/server/model';
import { followUpList } from '$lib/measures/list-view';

// The rows are worded at build time; the page ships them, not the model.
export const load = () => ({ list: followUpList(getFullModel()) });
