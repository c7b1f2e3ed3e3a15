import { getModel } from '$lib/server/model';
import { observationsSheetResponse } from '$lib/server/sheet-downloads';

// Written once at build time to build/donnees/observations.ods (codes and dates as text cells).
export const prerender = true;

export const GET = () => observationsSheetResponse(getModel(), 'ods');
