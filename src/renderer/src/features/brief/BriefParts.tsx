import { Sparkline } from '@mantine/charts';
import { Anchor, Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { PreMeetingBrief } from '@shared/brief/brief';
import { RateText } from '../accountability/RateText';
import { PacingBadge, pacingDetail } from '../goals/goal-format';
import { ownerLabel } from '../action-items/action-item-labels';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
export const formatDay = (instantOrDay: string): string =>
  dateFormat.format(new Date(instantOrDay.length === 10 ? `${instantOrDay}T12:00:00` : instantOrDay));

/** "—" for no data, announced as "no data" (docs/product-rules.md: never a made-up number). */
export const NoData = () => (
  <Text span c="dimmed">
    <span aria-hidden>—</span>
    <span className="cb-visually-hidden">no data</span>
  </Text>
);

export function BriefPart({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Title order={3} fz="sm" fw={600} mb={4} id={id}>
        {title}
      </Title>
      {children}
    </section>
  );
}

const None = ({ children }: { children: ReactNode }) => (
  <Text size="sm" c="dimmed">
    {children}
  </Text>
);

export function LastMeetingPart({ brief, prefix }: { brief: PreMeetingBrief; prefix: string }) {
  const last = brief.lastMeeting;
  return (
    <BriefPart title="Last one-on-one" id={`${prefix}-last`}>
      {last ? (
        <Stack gap={4}>
          <Anchor component={Link} to={`/meetings/${last.meetingId}`} size="sm">
            {formatDay(last.scheduledAt)}
          </Anchor>
          {last.excerpt ? (
            <Text size="sm" c="dimmed" fs="italic">
              “{last.excerpt}
              {last.excerptTruncated ? '…' : ''}”
            </Text>
          ) : (
            <None>No shared notes were written.</None>
          )}
          {last.agreements.length > 0 ? (
            <List size="sm" spacing={2} aria-label="Agreed in the last one-on-one">
              {last.agreements.map((item) => (
                <List.Item key={item.id}>
                  {item.title}{' '}
                  <Text span size="xs" c="dimmed">
                    ({item.status})
                  </Text>
                </List.Item>
              ))}
            </List>
          ) : (
            <None>Nothing was agreed.</None>
          )}
        </Stack>
      ) : (
        <None>No one-on-one held yet.</None>
      )}
    </BriefPart>
  );
}

export function CommitmentsPart({ brief, prefix }: { brief: PreMeetingBrief; prefix: string }) {
  return (
    <BriefPart
      title={`Open commitments (${brief.openCommitments.length}, ${brief.overdueCount} overdue)`}
      id={`${prefix}-open`}
    >
      {brief.openCommitments.length === 0 ? (
        <None>Nothing open.</None>
      ) : (
        <List size="sm" spacing={4} listStyleType="none" aria-label="Open commitments">
          {brief.openCommitments.map((item) => (
            <List.Item key={item.actionItemId}>
              <Group gap={6} wrap="wrap">
                {item.meetingId ? (
                  <Anchor component={Link} to={`/meetings/${item.meetingId}`} size="sm">
                    {item.title}
                  </Anchor>
                ) : (
                  <Text size="sm">{item.title}</Text>
                )}
                <Text size="xs" c={item.owner === 'manager' ? 'violet' : 'dimmed'}>
                  {ownerLabel(item.owner)}
                </Text>
                <Text size="xs" c={item.overdue ? 'red' : 'dimmed'}>
                  {item.dueDate ? `due ${formatDay(item.dueDate)}` : 'no due date'}
                </Text>
                {item.overdue ? (
                  <Badge size="xs" color="red" variant="light" tt="none">
                    Overdue
                  </Badge>
                ) : null}
                {item.carryCount > 0 ? (
                  <Badge size="xs" color="orange" variant="light" tt="none">
                    Carried {item.carryCount}×
                  </Badge>
                ) : null}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </BriefPart>
  );
}

export function FollowThroughPart({ brief, prefix }: { brief: PreMeetingBrief; prefix: string }) {
  const { rate, dueCount, doneCount, monthly } = brief.followThrough;
  const points = monthly.map((point) =>
    point.followThroughRate === null ? null : Math.round(point.followThroughRate * 100),
  );
  const hasTrend = points.filter((point) => point !== null).length >= 2;
  return (
    <BriefPart title="Follow-through (90 days)" id={`${prefix}-ft`}>
      <Group gap="sm" align="center">
        <Text size="xl" fw={700} data-testid="brief-follow-through">
          <RateText rate={rate} />
        </Text>
        <Text size="xs" c="dimmed">
          {dueCount === 0 ? 'nothing was due' : `${doneCount} of ${dueCount} done`}
        </Text>
        {hasTrend ? (
          <Sparkline
            w={120}
            h={32}
            data={points.map((point) => point ?? 0)}
            curveType="linear"
            color="indigo"
            fillOpacity={0.2}
            aria-label={`Monthly follow-through: ${points.map((point) => (point === null ? 'no data' : `${point} %`)).join(', ')}`}
            role="img"
          />
        ) : null}
      </Group>
    </BriefPart>
  );
}

export function GoalsPart({ brief, prefix }: { brief: PreMeetingBrief; prefix: string }) {
  return (
    <BriefPart title="Goal pacing" id={`${prefix}-goals`}>
      {brief.goals.length === 0 ? (
        <None>No active goals.</None>
      ) : (
        <List size="sm" spacing={4} listStyleType="none" aria-label="Goals">
          {brief.goals.map((goal) => (
            <List.Item key={goal.id}>
              <Group gap={6} wrap="wrap">
                <Anchor component={Link} to={`/goals/${goal.id}`} size="sm">
                  {goal.title}
                </Anchor>
                <PacingBadge goal={goal} />
                <Text size="xs" c="dimmed">
                  {pacingDetail(goal)}
                </Text>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </BriefPart>
  );
}

export function FocusPart({ brief, prefix }: { brief: PreMeetingBrief; prefix: string }) {
  return (
    <BriefPart title="Coaching focus" id={`${prefix}-focus`}>
      {brief.focus.length === 0 ? (
        <None>No skill ratings yet to choose a focus from.</None>
      ) : (
        <List size="sm" spacing={4} listStyleType="none" aria-label="Coaching focus">
          {brief.focus.map((skill) => (
            <List.Item key={skill.skillId}>
              <Anchor component={Link} to={`/reps/${brief.repId}#skills`} size="sm" fw={600}>
                {skill.name}
              </Anchor>{' '}
              <Text span size="xs" c="dimmed">
                {skill.explanation}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </BriefPart>
  );
}

export function TalkingPointsPart({ brief, prefix }: { brief: PreMeetingBrief; prefix: string }) {
  return (
    <BriefPart title="Queued to raise" id={`${prefix}-tp`}>
      {brief.talkingPoints.length === 0 ? (
        <None>None queued.</None>
      ) : (
        <List size="sm" spacing={2} aria-label="Queued to raise">
          {brief.talkingPoints.map((point) => (
            <List.Item key={point.talkingPointId}>{point.text}</List.Item>
          ))}
        </List>
      )}
    </BriefPart>
  );
}
