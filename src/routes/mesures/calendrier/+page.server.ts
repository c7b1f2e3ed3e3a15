import { getFullModel } from '$lib/server/model';
import { calendarData } from '$lib/measures/calendar';
import { referenceDate } from '$lib/measures/follow-up';
import { formatDate } from '$lib/domain/format';

export const load = () => {
	const model = getFullModel();
	return { calendar: calendarData(model), reference: formatDate(referenceDate(model)) };
};
