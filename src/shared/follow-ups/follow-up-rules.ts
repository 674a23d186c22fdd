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
 * The day a done or dropped outcome closes an item, which the on-time rate compares with the due
 * date. A one-on-one reviews the item on its day, so an outcome recorded on it or after it (a
 * meeting held last week, typed up today) closes on the meeting's day. One recorded ahead of the
 * meeting is the manager noting it early: it was done by the day they recorded it, and a day
 * still to come would be a day nobody has lived yet. Calendar days in the manager's time zone.
 */
export const closingDay = (meetingDay: string, recordedDay: string): string =>
  recordedDay < meetingDay ? recordedDay : meetingDay;

/**
 * The closing day after the one-on-one moves from `fromDay` to `toDay`, for an item this
 * meeting's check closed; null when there is nothing to move: a carried item, or one reopened or
 * closed again some other way since (its day is no longer the one the check set).
 */
export function movedClosingDay(
  item: FollowedUpState,
  outcome: FollowUpOutcome,
  recordedDay: string,
  fromDay: string,
  toDay: string,
): string | null {
  if (isCarryOutcome(outcome) || item.status !== closedStatusOf(outcome)) return null;
  if (item.completedOn !== closingDay(fromDay, recordedDay)) return null;
  return closingDay(toDay, recordedDay);
}

const closedStatusOf = (outcome: FollowUpOutcome): FollowedUpState['status'] =>
  outcome === 'done' ? 'done' : 'dropped';

/**
 * Product rules (docs/product-rules.md): done closes the item; dropped closes it as dropped; partly / not done keep it open,
 * add one to its carry count and may set a new due date. Closing records `closedOn` (see
 * {@link closingDay}). Returns the new state and what the check must remember to be undone (the
 * due date it replaced).
 */
export function applyOutcome(
  item: FollowedUpState,
  outcome: FollowUpOutcome,
  newDueDate: string | null,
  closedOn: string,
): { item: FollowedUpState; check: RecordedOutcome } {
  if (!isCarryOutcome(outcome)) {
    return {
      item: { ...item, status: closedStatusOf(outcome), completedOn: closedOn },
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
