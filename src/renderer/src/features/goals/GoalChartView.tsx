import { LineChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import type { GoalChart, GoalUnit } from '@shared/goals/goal';
import '../accountability/accountability.css';
import { formatGoalValue } from './goal-format';

const dayMs = (day: string) => new Date(`${day}T12:00:00`).getTime();
const tickDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

/** The target line is straight in time, so the x axis is a time scale (not evenly spaced categories). */
function chartRows(chart: GoalChart) {
  const [start, end] = chart.targetLine;
  const span = dayMs(end.date) - dayMs(start.date) || 1;
  const lineAt = (t: number) => start.value + ((end.value - start.value) * (t - dayMs(start.date))) / span;
  const times = new Set([dayMs(start.date), dayMs(end.date), ...chart.checkIns.map((p) => dayMs(p.date))]);
  return [...times]
    .sort((a, b) => a - b)
    .map((t) => ({
      t,
      'Target line': Math.round(lineAt(t) * 100) / 100,
      'Check-ins': chart.checkIns.find((point) => dayMs(point.date) === t)?.value ?? null,
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
          tickFormatter: (value: number) => tickDate.format(new Date(value)),
        }}
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
          {chart.checkIns.map((point) => (
            <tr key={point.date}>
              <td>{point.date}</td>
              <td>{formatGoalValue(point.value, unit)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
