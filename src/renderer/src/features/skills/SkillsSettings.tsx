import { ActionIcon, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useState } from 'react';
import type { Skill } from '@shared/skills/skill';
import { useApiMutation, useApiQuery } from '../../api/queries';

const invalidates = ['skills.*', 'brief.forRep', 'timeline.*'] as const;

function SkillRow({
  skill,
  onMove,
  first,
  last,
}: {
  skill: Skill;
  onMove: (delta: -1 | 1) => void;
  first: boolean;
  last: boolean;
}) {
  const [name, setName] = useState(skill.name);
  const rename = useApiMutation('skills.rename', { invalidates, errorTitle: 'Could not rename the skill' });
  const retire = useApiMutation('skills.retire', { invalidates, errorTitle: 'Could not retire the skill' });
  const restore = useApiMutation('skills.restore', { invalidates, errorTitle: 'Could not restore the skill' });
  const retired = skill.retiredAt !== null;
  return (
    <Group gap="xs" wrap="nowrap">
      <TextInput
        aria-label={`Name of ${skill.name}`}
        value={name}
        onChange={(event) => setName(event.currentTarget.value)}
        onBlur={() => {
          if (name.trim() && name.trim() !== skill.name) rename.mutate({ id: skill.id, name });
          else setName(skill.name);
        }}
        disabled={retired}
        style={{ flex: 1 }}
        size="sm"
      />
      {retired ? (
        <Button size="xs" variant="default" onClick={() => restore.mutate({ id: skill.id })}>
          Restore {skill.name}
        </Button>
      ) : (
        <>
          <ActionIcon
            variant="default"
            aria-label={`Move ${skill.name} up`}
            disabled={first}
            onClick={() => onMove(-1)}
          >
            <IconArrowUp size={14} aria-hidden />
          </ActionIcon>
          <ActionIcon
            variant="default"
            aria-label={`Move ${skill.name} down`}
            disabled={last}
            onClick={() => onMove(1)}
          >
            <IconArrowDown size={14} aria-hidden />
          </ActionIcon>
          <Button
            size="xs"
            variant="subtle"
            color="red"
            aria-label={`Retire ${skill.name}`}
            onClick={() => retire.mutate({ id: skill.id })}
          >
            Retire
          </Button>
        </>
      )}
    </Group>
  );
}

/** The skills a manager rates. Retiring keeps every rating in the history; it only stops offering the skill. */
export function SkillsSettings() {
  const skills = useApiQuery('skills.list', { includeRetired: true });
  const [newName, setNewName] = useState('');
  const add = useApiMutation('skills.add', {
    invalidates,
    errorTitle: 'Could not add the skill',
    onSuccess: () => setNewName(''),
  });
  const reorder = useApiMutation('skills.reorder', { invalidates, errorTitle: 'Could not reorder the skills' });
  const active = (skills.data ?? []).filter((skill) => skill.retiredAt === null);
  const retired = (skills.data ?? []).filter((skill) => skill.retiredAt !== null);
  const move = (index: number, delta: -1 | 1) => {
    const ids = active.map((skill) => skill.id);
    const [moved] = ids.splice(index, 1);
    if (moved === undefined) return;
    ids.splice(index + delta, 0, moved);
    reorder.mutate({ ids });
  };
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="skills-settings-heading">
      <Title order={2} fz="h4" mb={4} id="skills-settings-heading">
        Coaching skills
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        The skills you rate 1–5 in one-on-ones. Retired skills keep their ratings in every rep&apos;s history.
      </Text>
      <Stack gap="xs">
        {active.map((skill, index) => (
          <SkillRow
            key={`${skill.id}-${skill.name}`}
            skill={skill}
            first={index === 0}
            last={index === active.length - 1}
            onMove={(delta) => move(index, delta)}
          />
        ))}
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (newName.trim()) add.mutate({ name: newName });
          }}
        >
          <Group gap="xs">
            <TextInput
              aria-label="New skill name"
              placeholder="New skill"
              value={newName}
              onChange={(e) => setNewName(e.currentTarget.value)}
              style={{ flex: 1 }}
              size="sm"
            />
            <Button type="submit" size="sm" loading={add.isPending}>
              Add skill
            </Button>
          </Group>
        </form>
        {retired.length > 0 ? (
          <>
            <Text size="sm" fw={600} mt="sm">
              Retired
            </Text>
            {retired.map((skill) => (
              <SkillRow key={skill.id} skill={skill} first last onMove={() => undefined} />
            ))}
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}
