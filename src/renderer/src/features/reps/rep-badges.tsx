import { Badge } from '@mantine/core';
import { CADENCE_LABELS, type Cadence, type RepStatus } from '@shared/reps/rep';

const CADENCE_COLORS: Record<Cadence, string> = { weekly: 'indigo', biweekly: 'cyan', monthly: 'grape' };

export function CadenceBadge({ cadence }: { cadence: Cadence }) {
  return (
    <Badge variant="light" color={CADENCE_COLORS[cadence]} radius="sm" tt="none" fw={600}>
      {CADENCE_LABELS[cadence]}
    </Badge>
  );
}

export function RepStatusBadge({ status }: { status: RepStatus }) {
  return status === 'active' ? (
    <Badge variant="dot" color="teal" radius="sm" tt="none">
      Active
    </Badge>
  ) : (
    <Badge variant="light" color="gray" radius="sm" tt="none">
      Archived
    </Badge>
  );
}
