import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { AccountabilityFigures } from '@shared/accountability/figures';
import type { ReactNode } from 'react';
import { RateText } from './RateText';

function Figure({ label, value, detail }: { label: string; value: ReactNode; detail: string }) {
  return (
    <Paper withBorder radius="md" p="sm" role="group" aria-label={label}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" lts={0.3}>
        {label}
      </Text>
      <Text fz={22} fw={700} lh={1.3}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {detail}
      </Text>
    </Paper>
  );
}

const dash = <RateText rate={null} />;

/** The product rules' figures for one owner and period; rates and averages read "—" without data. */
export function FiguresGrid({ figures }: { figures: AccountabilityFigures }) {
  const due = figures.dueCount;
  const of = (count: number, what: string) => (due === 0 ? 'nothing due in the period' : `${count} of ${due} ${what}`);
  const average = figures.averageDaysOverdue;
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
      <Figure
        label="Follow-through"
        value={<RateText rate={figures.followThroughRate} />}
        detail={of(figures.doneCount, 'done')}
      />
      <Figure
        label="On time"
        value={<RateText rate={figures.onTimeRate} />}
        detail={of(figures.onTimeCount, 'on time')}
      />
      <Figure
        label="Coverage"
        value={<RateText rate={figures.coverageRate} />}
        detail={of(figures.coveredCount, 'followed up')}
      />
      <Figure
        label="Avg days overdue"
        value={average === null ? dash : average.toFixed(1)}
        detail="over the items due"
      />
      <Figure label="Open" value={figures.openCount} detail="as of today" />
      <Figure label="Overdue" value={figures.overdueCount} detail="open past their due date" />
    </SimpleGrid>
  );
}
