import { Sparkline } from '@mantine/charts';
import { Badge, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useApiQuery } from '../../api/queries';
import { QueryError } from '../../components/QueryError';

const oneDecimal = (value: number) => (Math.round(value * 10) / 10).toString();

/** Each skill's trend for a rep, and the coaching focus with its reason. */
export function RepSkillsCard({ repId }: { repId: number }) {
  const trends = useApiQuery('skills.trendsForRep', { repId });
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="rep-skills-heading" id="skills">
      <Title order={2} fz="h5" mb="sm" id="rep-skills-heading">
        Skills
      </Title>
      {trends.isPending ? (
        <Skeleton h={120} aria-label="Loading skills" />
      ) : trends.isError ? (
        <QueryError
          title="Could not load skill ratings"
          error={trends.error}
          onRetry={() => void trends.refetch()}
          retrying={trends.isFetching}
        />
      ) : (
        <Stack gap="md">
          <div>
            <Text size="sm" fw={600} mb={4}>
              Coaching focus
            </Text>
            {trends.data.focus.length === 0 ? (
              <Text size="sm" c="dimmed">
                No focus yet: rate skills in a one-on-one.
              </Text>
            ) : (
              <Stack gap={4}>
                {trends.data.focus.map((item) => (
                  <Group key={item.skillId} gap="xs">
                    <Badge variant="light" color="orange" tt="none">
                      {item.name}
                    </Badge>
                    <Text size="xs" c="dimmed">
                      {item.explanation}
                    </Text>
                  </Group>
                ))}
              </Stack>
            )}
          </div>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
            {trends.data.skills.map((skill) => (
              <Group key={skill.skillId} justify="space-between" wrap="nowrap" gap="xs">
                <Stack gap={0}>
                  <Text size="sm">
                    {skill.name}
                    {skill.retired ? ' (retired)' : ''}
                  </Text>
                  <Text size="xs" c={skill.falling ? 'red' : 'dimmed'}>
                    {skill.recentAverage === null ? 'not rated' : `avg ${oneDecimal(skill.recentAverage)}`}
                    {skill.falling ? ' · falling' : ''}
                  </Text>
                </Stack>
                {skill.points.length >= 2 ? (
                  <Sparkline
                    w={80}
                    h={28}
                    data={skill.points.map((point) => point.rating)}
                    curveType="linear"
                    color={skill.falling ? 'red' : 'indigo'}
                    role="img"
                    aria-label={`${skill.name} ratings over time: ${skill.points.map((p) => p.rating).join(', ')}`}
                  />
                ) : null}
              </Group>
            ))}
          </SimpleGrid>
        </Stack>
      )}
    </Paper>
  );
}
