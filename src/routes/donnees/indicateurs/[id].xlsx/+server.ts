import { indicatorSheetRoute } from '$lib/server/sheet-downloads';

// One file per indicator, written at build time to build/donnees/indicateurs/<id>.xlsx.
export const prerender = true;

export const { entries, GET } = indicatorSheetRoute('xlsx');
