import { describe, expect, test } from 'vitest';
import { followUpKeyAction } from '../../../src/renderer/src/features/follow-ups/follow-up-keys';
import { nextSort, sortTeamRows } from '../../../src/renderer/src/features/team/team-sort';
import { relativeDay } from '../../../src/renderer/src/features/accountability/format';
import { teamRow } from './fixtures';

const key = (value: string, modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) =>
  followUpKeyAction({ key: value, ctrlKey: false, metaKey: false, altKey: false, ...modifiers });

describe('follow-up keys', () => {
  test('one letter per outcome, either case', () => {
    expect(key('d')).toEqual({ kind: 'record', outcome: 'done' });
    expect(key('P')).toEqual({ kind: 'record', outcome: 'partly_done' });
    expect(key('n')).toEqual({ kind: 'record', outcome: 'not_done' });
    expect(key('x')).toEqual({ kind: 'record', outcome: 'dropped' });
  });
  test('undo by U or Ctrl/Cmd+Z; system shortcuts are left alone', () => {
    expect(key('u')).toEqual({ kind: 'undo' });
    expect(key('z', { ctrlKey: true })).toEqual({ kind: 'undo' });
    expect(key('z', { metaKey: true })).toEqual({ kind: 'undo' });
    expect(key('d', { ctrlKey: true })).toBeNull();
    expect(key('n', { metaKey: true })).toBeNull();
    expect(key('z')).toBeNull();
  });
  test('arrows, Home and End move; Enter opens the note', () => {
    expect(key('ArrowDown')).toEqual({ kind: 'move', to: 'next' });
    expect(key('ArrowUp')).toEqual({ kind: 'move', to: 'previous' });
    expect(key('End')).toEqual({ kind: 'move', to: 'last' });
    expect(key('Enter')).toEqual({ kind: 'note' });
  });
});

describe('team sort', () => {
  const rows = [
    teamRow({ repId: 1, repName: 'Ana', followThroughRate: 0.9, attentionScore: 1, overdueCommitments: 0 }),
    teamRow({ repId: 2, repName: 'Ben', followThroughRate: null, attentionScore: 4, overdueCommitments: 2 }),
    teamRow({ repId: 3, repName: 'Chloé', followThroughRate: 0.4, attentionScore: 4, overdueCommitments: 5 }),
  ];
  const names = (sorted: typeof rows) => sorted.map((row) => row.repName);

  test('attention ties go by name; no data goes last in both directions', () => {
    expect(names(sortTeamRows(rows, { key: 'attention', direction: 'desc' }))).toEqual(['Ben', 'Chloé', 'Ana']);
    expect(names(sortTeamRows(rows, { key: 'followThrough', direction: 'asc' }))).toEqual(['Chloé', 'Ana', 'Ben']);
    expect(names(sortTeamRows(rows, { key: 'followThrough', direction: 'desc' }))).toEqual(['Ana', 'Chloé', 'Ben']);
    expect(names(sortTeamRows(rows, { key: 'overdue', direction: 'desc' }))).toEqual(['Chloé', 'Ben', 'Ana']);
  });
  test('a new column starts in its own direction; the same column flips', () => {
    expect(nextSort({ key: 'attention', direction: 'desc' }, 'followThrough')).toEqual({
      key: 'followThrough',
      direction: 'asc',
    });
    expect(nextSort({ key: 'name', direction: 'asc' }, 'name')).toEqual({ key: 'name', direction: 'desc' });
  });
});

describe('relative days', () => {
  test('reads like a person would say it', () => {
    expect(relativeDay('2026-01-08', '2026-01-05')).toBe('in 3 days');
    expect(relativeDay('2025-12-17', '2026-01-05')).toBe('19 days ago');
    expect(relativeDay('2026-01-05', '2026-01-05')).toBe('today');
    expect(relativeDay('2026-01-06', '2026-01-05')).toBe('tomorrow');
    expect(relativeDay('2026-01-04', '2026-01-05')).toBe('yesterday');
  });
});
