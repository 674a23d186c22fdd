const TABLE_WORDS: Record<string, [string, string]> = {
  reps: ['rep', 'reps'],
  meetings: ['one-on-one', 'one-on-ones'],
  action_items: ['action item', 'action items'],
  goals: ['goal', 'goals'],
};

/** "3 reps, 40 one-on-ones and 85 action items imported": the tables a manager counts in. */
export function describeRows(rows: Record<string, number>): string {
  const parts = Object.entries(TABLE_WORDS).map(([table, [one, many]]) => {
    const count = rows[table] ?? 0;
    return `${count} ${count === 1 ? one : many}`;
  });
  const last = parts.pop();
  return `${parts.join(', ')} and ${last} imported`;
}
