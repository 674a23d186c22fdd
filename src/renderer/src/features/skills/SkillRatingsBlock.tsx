import { Group, Rating, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { Skill, SkillRating } from '@shared/skills/skill';
import { useApiMutation, useApiQuery } from '../../api/queries';

const invalidates = ['skills.*', 'brief.forRep', 'timeline.*'] as const;

function SkillRow({ meetingId, skill, rating }: { meetingId: number; skill: Skill; rating: SkillRating | undefined }) {
  const [note, setNote] = useState(rating?.note ?? '');
  const rate = useApiMutation('skills.rate', { invalidates, errorTitle: 'Could not save the rating' });
  const save = (value: number, noteText: string) =>
    rate.mutate({ meetingId, skillId: skill.id, rating: value, note: noteText.trim() || null });
  return (
    <Stack gap={2}>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text size="sm">{skill.name}</Text>
        <Rating
          size="sm"
          value={rating?.rating ?? 0}
          onChange={(value) => save(value, note)}
          aria-label={`Rate ${skill.name}, 1 to 5`}
        />
      </Group>
      {rating ? (
        <TextInput
          size="xs"
          placeholder="Note (optional)"
          aria-label={`Note on ${skill.name}`}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          onBlur={() => {
            if ((rating.note ?? '') !== note.trim()) save(rating.rating, note);
          }}
        />
      ) : null}
    </Stack>
  );
}

/** Rate any skill 1–5 in a one-on-one; rating again replaces the rating (one per skill per meeting). */
export function SkillRatingsBlock({ meetingId }: { meetingId: number }) {
  const skills = useApiQuery('skills.list', { includeRetired: false });
  const ratings = useApiQuery('skills.ratingsForMeeting', { meetingId });
  return (
    <section aria-labelledby="skill-ratings-heading">
      <Title order={2} fz="h5" mb="xs" id="skill-ratings-heading">
        Skill ratings
      </Title>
      {skills.isError || ratings.isError ? (
        <Text size="sm" c="red">
          Could not load the skills. Reopen the one-on-one to try again.
        </Text>
      ) : !skills.data || !ratings.data ? (
        <Text size="sm" c="dimmed">
          Loading skills…
        </Text>
      ) : skills.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          No skills to rate. Add them in Settings.
        </Text>
      ) : (
        <Stack gap={6}>
          {skills.data.map((skill) => (
            <SkillRow
              key={`${skill.id}-${ratings.data.find((r) => r.skillId === skill.id)?.id ?? 'none'}`}
              meetingId={meetingId}
              skill={skill}
              rating={ratings.data.find((r) => r.skillId === skill.id)}
            />
          ))}
        </Stack>
      )}
    </section>
  );
}
