import { LineChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import type { GoalChart, GoalUnit } from '@shared/goals/goal';
import '../accountability/accountability.css';
import { formatCalendarDay } from '../reps/format';
import { chartTime, formatChartDay, formatChartTick } from './goal-chart-format';
import { formatGoalValue } from './goal-format';

/** The target line is straight in time, so the x axis is a time scale (not evenly spaced categories). */
function chartRows(chart: GoalChart) {
  const [start, end] = chart.targetLine;
  const span = chartTime(end.date) - chartTime(start.date) || 1;
  const lineAt = (t: number) => start.value + ((end.value - start.value) * (t - chartTime(start.date))) / span;
  // Oldest first, so the last check-in of a day wins: the value pacing counts as that day's.
  const checkInAt = new Map(chart.checkIns.map((point) => [chartTime(point.date), point.value]));
  const times = new Set([chartTime(start.date), chartTime(end.date), ...checkInAt.keys()]);
  return [...times]
    .sort((a, b) => a - b)
    .map((t) => ({
      t,
      'Target line': Math.round(lineAt(t) * 100) / 100,
      'Check-ins': checkInAt.get(t) ?? null,
    }));
}

export function GoalChartView({ chart, unit, title }: { chart: GoalChart; unit: GoalUnit | null; title: string }) {
  const rows = chartRows(chart);
  return (
    <figure style={{ margin: 0 }} aria-label={`Progress of ${title}`}>
      <LineChart
        h={260}
        data={rows}
        dataKey="t"
        series={[
          { name: 'Check-ins', color: 'indigo.6' },
          { name: 'Target line', color: 'gray.5', strokeDasharray: '5 5' },
        ]}
        curveType="linear"
        connectNulls
        withLegend
        xAxisProps={{
          type: 'number',
          scale: 'time',
          domain: ['dataMin', 'dataMax'],
          tickFormatter: formatChartTick,
        }}
        tooltipProps={{ labelFormatter: (label) => formatChartDay(Number(label)) }}
        valueFormatter={(value) => formatGoalValue(value, unit)}
        aria-hidden
      />
      {chart.checkIns.length === 0 ? (
        <Text size="sm" c="dimmed">
          No check-ins yet: add one below to see progress against the line.
        </Text>
      ) : null}
      <table className="cb-visually-hidden">
        <caption>Check-ins of {title}</caption>
        <tbody>
          {chart.checkIns.map((point, index) => (
            // Two check-ins may share a day.
            <tr key={`${point.date}-${index}`}>
              <td>{formatCalendarDay(point.date) ?? point.date}</td>
              <td>{formatGoalValue(point.value, unit)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
