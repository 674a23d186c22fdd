import { beforeEach, describe, expect, it } from 'vitest';
import { addItem, addMeeting, addRep, threeOneOnOnes } from '../support/accountability-fixtures';
import { FRIDAY_MORNING, fixedClock, localInstant } from '../support/fixed-clock';
import { refusedUnchanged } from '../support/refused-unchanged';
import { tempCoreEachTest } from '../support/temp-core-each-test';

const app = tempCoreEachTest(() => ({ clock: fixedClock(FRIDAY_MORNING) }));
/** Ana's three one-on-ones and commitments, and Ben's own item from his one-on-one. */
let ids: Awaited<ReturnType<typeof threeOneOnOnes>> & { bensMeeting: number; bensItem: number };
beforeEach(async () => {
  const ana = await threeOneOnOnes(app);
  const benId = await addRep(app, 'Ben Okafor');
  const bensMeeting = await addMeeting(app, benId, localInstant(2026, 11, 12));
  const bensItem = await addItem(app, {
    repId: benId,
    meetingId: bensMeeting,
    title: 'Call Globex',
    dueDate: '2026-11-19',
  });
  ids = { ...ana, bensMeeting, bensItem };
});

/** The call must fail with `expected` and leave every action item and check as it was. */
const refused = refusedUnchanged(app, ['action_items', 'follow_up_checks']);

describe('follow-up outcomes that are refused, changing nothing', () => {
  it('an item an earlier one-on-one already closed', async () => {
    await app.call('followUps.record', { meetingId: ids.second, actionItemId: ids.proposal, outcome: 'done' });
    await refused(
      'followUps.record',
      { meetingId: ids.third, actionItemId: ids.proposal, outcome: 'not_done' },
      { code: 'conflict', message: expect.stringContaining('already closed (done on 2026-11-20)') },
    );
  });

  it('another rep’s item', async () => {
    await refused(
      'followUps.record',
      { meetingId: ids.second, actionItemId: ids.bensItem, outcome: 'done' },
      { code: 'invalid_input', field: 'actionItemId', message: expect.stringContaining('belongs to another rep') },
    );
  });

  it('a cancelled one-on-one', async () => {
    const cancelled = await addMeeting(app, ids.repId, localInstant(2026, 11, 24), 'cancelled');
    await refused(
      'followUps.record',
      { meetingId: cancelled, actionItemId: ids.pipeline, outcome: 'done' },
      { code: 'conflict', message: expect.stringContaining('cancelled') },
    );
  });

  it('an unknown outcome, naming the field', async () => {
    await refused(
      'followUps.record',
      { meetingId: ids.second, actionItemId: ids.pipeline, outcome: 'finished' },
      { code: 'invalid_input', field: 'outcome', message: 'Outcome must be done, partly done, not done or dropped' },
    );
  });

  it('a new due date before the item was created', async () => {
    await refused(
      'followUps.record',
      { meetingId: ids.second, actionItemId: ids.pipeline, outcome: 'not_done', newDueDate: '2026-11-12' },
      {
        code: 'invalid_input',
        field: 'newDueDate',
        message: 'The new due date is before the action item was created (2026-11-13).',
      },
    );
  });

  it('a new due date with done, and a date that does not exist', async () => {
    await refused(
      'followUps.record',
      { meetingId: ids.second, actionItemId: ids.pipeline, outcome: 'done', newDueDate: '2026-12-01' },
      { code: 'invalid_input', field: 'newDueDate' },
    );
    await refused(
      'followUps.record',
      { meetingId: ids.second, actionItemId: ids.pipeline, outcome: 'not_done', newDueDate: '2026-11-31' },
      { code: 'invalid_input', field: 'newDueDate' },
    );
  });

  it('an item agreed in this very one-on-one', async () => {
    await refused(
      'followUps.record',
      { meetingId: ids.first, actionItemId: ids.pipeline, outcome: 'done' },
      { code: 'invalid_input', field: 'actionItemId' },
    );
  });

  it('changing an outcome a later one-on-one already built on', async () => {
    await app.call('followUps.record', { meetingId: ids.second, actionItemId: ids.pipeline, outcome: 'not_done' });
    await app.call('followUps.record', { meetingId: ids.third, actionItemId: ids.pipeline, outcome: 'done' });
    await refused(
      'followUps.record',
      { meetingId: ids.second, actionItemId: ids.pipeline, outcome: 'dropped' },
      { code: 'conflict' },
    );
    await refused('followUps.undo', { meetingId: ids.second, actionItemId: ids.pipeline }, { code: 'conflict' });
  });

  it('unknown meetings and items, and ids that are not ids', async () => {
    await refused(
      'followUps.record',
      { meetingId: 999, actionItemId: ids.pipeline, outcome: 'done' },
      { code: 'not_found' },
    );
    await refused(
      'followUps.record',
      { meetingId: ids.second, actionItemId: 999, outcome: 'done' },
      { code: 'not_found' },
    );
    await refused(
      'followUps.record',
      { meetingId: 'two', actionItemId: ids.pipeline, outcome: 'done' },
      { code: 'invalid_input', field: 'meetingId' },
    );
    await refused(
      'followUps.record',
      { meetingId: ids.second, actionItemId: ids.pipeline, outcome: 'done', note: 'x'.repeat(1001) },
      { code: 'invalid_input', field: 'note' },
    );
    expect(await app.callError('followUps.panel', { meetingId: 999 })).toMatchObject({ code: 'not_found' });
  });
});
