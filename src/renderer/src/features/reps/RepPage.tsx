import { useState } from 'react';
import { Anchor, Button, Grid, Group, Stack, Text } from '@mantine/core';
import { IconArchive, IconArchiveOff, IconArrowLeft, IconPencil } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { useApiQuery } from '../../api/queries';
import { RepAccountabilitySection } from '../accountability';
import { LoadingRows } from '../../components/LoadingRows';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { RepActionItemsSection } from '../action-items/RepActionItemsSection';
import { RepTalkingPointsSection } from '../agenda/RepTalkingPointsSection';
import { RepExportMenu } from '../exports/RepExportMenu';
import { PreMeetingBrief } from '../brief/PreMeetingBrief';
import { GoalsSection } from '../goals/GoalsSection';
import { RepMeetingsSection } from '../meetings/RepMeetingsSection';
import { RepSkillsCard } from '../skills/RepSkillsCard';
import { RepStatusBadge } from './rep-badges';
import { RepFormModal } from './RepFormModal';
import { RepProfile } from './RepProfile';
import { RepNotFound } from './RepNotFound';
import { useRepStatusActions } from './use-rep-mutations';

const backLink = (
  <Anchor component={Link} to="/reps" size="sm" c="dimmed">
    <Group gap={4} component="span">
      <IconArrowLeft size={14} aria-hidden />
      Back to rep list
    </Group>
  </Anchor>
);

const parseRepId = (value: string | undefined): number | null => {
  const id = Number(value);
  return Number.isInteger(id) && id > 0 ? id : null;
};

export function RepPage() {
  const repId = parseRepId(useParams().repId);
  return repId === null ? <RepNotFound /> : <RepPageContent repId={repId} />;
}

function RepPageContent({ repId }: { repId: number }) {
  const rep = useApiQuery('reps.get', { id: repId });
  const [editing, setEditing] = useState(false);
  const statusActions = useRepStatusActions();

  if (rep.isPending) {
    return (
      <Stack>
        {backLink}
        <LoadingRows label="Loading rep" rows={4} />
      </Stack>
    );
  }
  if (rep.isError) {
    if (rep.error.code === 'not_found') return <RepNotFound />;
    return (
      <Stack>
        {backLink}
        <QueryError
          title="Could not load this rep"
          error={rep.error}
          onRetry={() => void rep.refetch()}
          retrying={rep.isFetching}
        />
      </Stack>
    );
  }

  const data = rep.data;
  const subtitle = [data.title, data.team, data.territory].filter(Boolean).join(' · ');
  return (
    <>
      <PageHeader
        eyebrow={backLink}
        title={data.name}
        badge={<RepStatusBadge status={data.status} />}
        description={subtitle || <Text span>Add a title, team and territory with Edit.</Text>}
        actions={
          <>
            <RepExportMenu repId={repId} repName={data.name} />
            {data.status === 'active' ? (
              <Button
                variant="default"
                leftSection={<IconArchive size={16} aria-hidden />}
                onClick={() => statusActions.archive(data)}
                loading={statusActions.pending}
              >
                Archive
              </Button>
            ) : (
              <Button
                variant="default"
                leftSection={<IconArchiveOff size={16} aria-hidden />}
                onClick={() => statusActions.unarchive(data)}
                loading={statusActions.pending}
              >
                Unarchive
              </Button>
            )}
            <Button leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
              Edit
            </Button>
          </>
        }
      />
      <Stack gap="lg">
        <PreMeetingBrief repId={repId} />
        <RepProfile rep={data} />
        <Grid gap="lg" align="flex-start">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <RepMeetingsSection rep={data} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <RepTalkingPointsSection rep={data} />
          </Grid.Col>
        </Grid>
        <RepAccountabilitySection repId={repId} repName={data.name} />
        <RepActionItemsSection rep={data} />
        <GoalsSection repId={repId} />
        <RepSkillsCard repId={repId} />
      </Stack>
      <RepFormModal opened={editing} rep={data} onClose={() => setEditing(false)} />
    </>
  );
}
