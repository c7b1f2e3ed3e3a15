import { getModel } from '$lib/server/model';
import { embeddableIndicators } from '$lib/server/embed-model';

// Old links (`embed/?i=…`) are sent on to `embed/<indicator>/`: this page only needs the ids.
export const load = () => ({ indicators: embeddableIndicators(getModel()) });
