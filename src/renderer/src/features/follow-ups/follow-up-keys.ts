import { FOLLOW_UP_OUTCOMES, type FollowUpOutcome } from '@shared/follow-ups/follow-up';

export type FollowUpKeyAction =
  | { kind: 'move'; to: 'next' | 'previous' | 'first' | 'last' }
  | { kind: 'record'; outcome: FollowUpOutcome }
  | { kind: 'note' }
  | { kind: 'undo' };

interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** One key per outcome, as the legend shows them. */
export const OUTCOME_KEYS: Record<FollowUpOutcome, string> = {
  done: 'D',
  partly_done: 'P',
  not_done: 'N',
  dropped: 'X',
};

const OUTCOME_BY_KEY = new Map<string, FollowUpOutcome>(
  FOLLOW_UP_OUTCOMES.map((outcome) => [OUTCOME_KEYS[outcome], outcome]),
);

const MOVES: Record<string, 'next' | 'previous' | 'first' | 'last'> = {
  ArrowDown: 'next',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
};

/**
 * What a key pressed on a follow-up item does. Letter keys only count without Ctrl, Cmd or Alt,
 * so the system's own shortcuts keep working; Ctrl/Cmd+Z is the familiar undo.
 */
export function followUpKeyAction(event: KeyLike): FollowUpKeyAction | null {
  const move = MOVES[event.key];
  if (move) return { kind: 'move', to: move };
  const letter = event.key.length === 1 ? event.key.toUpperCase() : null;
  if ((event.ctrlKey || event.metaKey) && !event.altKey && letter === 'Z') return { kind: 'undo' };
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.key === 'Enter') return { kind: 'note' };
  if (letter === 'U') return { kind: 'undo' };
  const outcome = letter === null ? undefined : OUTCOME_BY_KEY.get(letter);
  return outcome ? { kind: 'record', outcome } : null;
}
