import { formatInstantDay } from '../reps/format';

/**
 * A calendar day (yyyy-MM-dd) as the chart's x value. Local noon, not midnight: a day is then
 * never shown as its neighbour, whatever a daylight-saving change does to the hours around it.
 */
export const chartTime = (day: string): number => new Date(`${day}T12:00:00`).getTime();

/** The tooltip's heading: the day of a chart x value in the manager's locale ("Nov 27, 2026"). */
export function formatChartDay(time: number): string {
  if (!Number.isFinite(time)) return '';
  return formatInstantDay(new Date(time).toISOString()) ?? '';
}

const tickFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

/** An x-axis tick: "27 Nov" or "Nov 27", short enough for ticks a few days apart. */
export const formatChartTick = (time: number): string => (Number.isFinite(time) ? tickFormat.format(time) : '');
