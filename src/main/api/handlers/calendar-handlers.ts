import type { ApiMethod } from '@shared/api/contract';
import type { createCalendarExportService } from '../../calendar/calendar-export';
import type { CalendarImportService } from '../../calendar/calendar-import';
import type { ApiHandlers } from '../registry';

type CalendarMethod = Extract<ApiMethod, `calendar.${string}`>;

export const calendarHandlers = (services: {
  calendarImport: CalendarImportService;
  calendarExport: ReturnType<typeof createCalendarExportService>;
}): ApiHandlers<CalendarMethod> => ({
  'calendar.previewImport': () => services.calendarImport.preview(),
  'calendar.confirmImport': (input) => services.calendarImport.confirm(input),
  'calendar.export': (input) => services.calendarExport.export(input),
});
