import { isCarryOutcome, type FollowUpOutcome } from './follow-up';

/** The parts of an action item a follow-up check changes. */
export interface FollowedUpState {
  status: 'open' | 'done' | 'dropped';
  dueDate: string | null;
  carryCount: number;
  completedOn: string | null;
}

/** The parts of a check needed to apply or reverse it. */
export interface RecordedOutcome {
  outcome: FollowUpOutcome;
  newDueDate: string | null;
  previousDueDate: string | null;
}

/**
 * DESIGN.md: done closes the item; dropped closes it as dropped; partly / not done keep it open,
 * add one to its carry count and may set a new due date. Closing records the meeting's day, which
 * the on-time rate compares with the due date. Returns the new state and what the check must
 * remember to be undone (the due date it replaced).
 */
export function applyOutcome(
  item: FollowedUpState,
  outcome: FollowUpOutcome,
  newDueDate: string | null,
  meetingDay: string,
): { item: FollowedUpState; check: RecordedOutcome } {
  if (!isCarryOutcome(outcome)) {
    return {
      item: { ...item, status: outcome === 'done' ? 'done' : 'dropped', completedOn: meetingDay },
      check: { outcome, newDueDate: null, previousDueDate: null },
    };
  }
  return {
    item: { ...item, status: 'open', carryCount: item.carryCount + 1, dueDate: newDueDate ?? item.dueDate },
    check: { outcome, newDueDate, previousDueDate: newDueDate === null ? null : item.dueDate },
  };
}

/** The exact reverse of {@link applyOutcome}: used by undo, and before a check is replaced. */
export function reverseOutcome(item: FollowedUpState, check: RecordedOutcome): FollowedUpState {
  if (!isCarryOutcome(check.outcome)) return { ...item, status: 'open', completedOn: null };
  return {
    ...item,
    carryCount: Math.max(0, item.carryCount - 1),
    dueDate: check.newDueDate === null ? item.dueDate : check.previousDueDate,
  };
}
