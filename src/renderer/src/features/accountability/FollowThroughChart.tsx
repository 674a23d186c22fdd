import { BarChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import type { MonthlyPoint } from '@shared/accountability/figures';
import { formatRate } from './format';

const shortMonth = new Intl.DateTimeFormat(undefined, { month: 'short' });
const longMonth = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' });
const firstOf = (month: string) => new Date(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1);
// "Dec 25" would read as a day: the axis names the year where it starts and at each January.
const axisLabel = (month: string, index: number) =>
  index === 0 || month.endsWith('-01')
    ? `${shortMonth.format(firstOf(month))} ${month.slice(0, 4)}`
    : shortMonth.format(firstOf(month));

/**
 * Follow-through per calendar month (items due that month). A month with nothing due has no bar,
 * not a zero one; the visually hidden table gives screen readers the same numbers.
 */
export function FollowThroughChart({ monthly, label }: { monthly: MonthlyPoint[]; label: string }) {
  const data = monthly.map((point, index) => ({
    month: axisLabel(point.month, index),
    'Follow-through': point.followThroughRate === null ? null : Math.round(point.followThroughRate * 100),
  }));
  const anyData = monthly.some((point) => point.followThroughRate !== null);
  return (
    <figure style={{ margin: 0 }} aria-label={label}>
      {anyData ? (
        <BarChart
          h={200}
          data={data}
          dataKey="month"
          series={[{ name: 'Follow-through', color: 'indigo.6' }]}
          yAxisProps={{ domain: [0, 100], ticks: [0, 25, 50, 75, 100] }}
          unit=" %"
          maxBarWidth={28}
          gridAxis="y"
          tickLine="none"
          aria-hidden
        />
      ) : (
        <Text size="sm" c="dimmed" py="md">
          No commitments were due in the last 12 months, so there is no follow-through to chart yet.
        </Text>
      )}
      <table className="cb-visually-hidden">
        <caption>{label}</caption>
        <thead>
          <tr>
            <th>Month</th>
            <th>Follow-through</th>
            <th>Due</th>
          </tr>
        </thead>
        <tbody>
          {monthly.map((point) => (
            <tr key={point.month}>
              <td>{longMonth.format(firstOf(point.month))}</td>
              <td>{point.followThroughRate === null ? 'no data' : formatRate(point.followThroughRate)}</td>
              <td>{point.dueCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
