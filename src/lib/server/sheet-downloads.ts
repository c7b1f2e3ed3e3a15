/**
 * The observations as XLSX and ODS files, written at build time: codes (`01`) and dates stay
 * text cells, which a CSV opened in a French spreadsheet does not guarantee.
 */
import { error } from '@sveltejs/kit';
import type { DataModel } from '$lib/data/model';
import { getModel } from './model';
import { OBSERVATION_TEXT_COLUMNS, observationTable } from '$lib/publish/downloads';
import { SHEET_MIME, sheetFile, type SheetFormat } from '$lib/publish/sheet-file';

export async function observationsSheetResponse(model: DataModel, format: SheetFormat, indicatorId?: string): Promise<Response> {
	const { headers, rows } = observationTable(model, indicatorId);
	const bytes = await sheetFile(format, [{ name: indicatorId ? indicatorId.slice(0, 31) : 'Observations', headers, rows, textColumns: OBSERVATION_TEXT_COLUMNS }]);
	return new Response(bytes as BodyInit, { headers: { 'content-type': SHEET_MIME[format] } });
}

/** The prerendered route of one indicator's file in a format (`indicateurs/<id>.xlsx`, `.ods`). */
export function indicatorSheetRoute(format: SheetFormat) {
	return {
		entries: () => getModel().indicators.map((i) => ({ id: i.id })),
		GET: ({ params }: { params: { id: string } }) => {
			const model = getModel();
			if (!model.indicators.some((i) => i.id === params.id)) error(404, `Indicateur inconnu : « ${params.id} »`);
			return observationsSheetResponse(model, format, params.id);
		}
	};
}
