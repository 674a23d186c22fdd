import { csvDocument } from './csv';
import { escapeHtml } from './escape';
import { htmlDocument, htmlTable, pill, section, type Column } from './html-document';
import { CADENCE_WORDS, formatDay, formatRate } from './report-format';
import { daysSinceLastHeld, type TeamReportData, type TeamReportRow } from './team-report-data';

const rate = (value: number | null): number | null => (value === null ? null : Math.round(value * 1000) / 10);

/** The team report as CSV: one row per active rep; rates as percentages, blank for "no data". */
export function teamReportCsv(data: TeamReportData): string {
  const header = [
    'Rep',
    'Team',
    'Cadence',
    'One-on-ones held',
    'Last held',
    'Meeting overdue',
    'Commitments due',
    'Done',
    'Follow-through %',
    'On time %',
    'Follow-up coverage %',
    'Open now',
    'Overdue now',
    'Goals achieved',
    'Goals on track',
    'Goals at risk',
    'Goals off track',
    'Average skill rating',
  ];
  return csvDocument(
    header,
    data.rows.map((row) => [
      row.name,
      row.team,
      row.cadence,
      row.heldCount,
      row.lastHeldOn,
      row.meetingOverdue ? 'yes' : 'no',
      row.figures.dueCount,
      row.figures.doneCount,
      rate(row.figures.followThroughRate),
      rate(row.figures.onTimeRate),
      rate(row.figures.coverageRate),
      row.figures.openCount,
      row.figures.overdueCount,
      row.goals.achieved,
      row.goals.on_track,
      row.goals.at_risk,
      row.goals.off_track,
      row.averageSkillRating === null ? null : Math.round(row.averageSkillRating * 10) / 10,
    ]),
  );
}

const rateTone = (value: number | null) =>
  value === null ? 'neutral' : value >= 0.8 ? 'good' : value >= 0.6 ? 'warn' : 'bad';

function goalsCell(row: TeamReportRow): string {
  const parts: string[] = [];
  const onTrack = row.goals.achieved + row.goals.on_track;
  if (onTrack) parts.push(pill(`${onTrack} on track`, 'good'));
  if (row.goals.at_risk) parts.push(pill(`${row.goals.at_risk} at risk`, 'warn'));
  if (row.goals.off_track) parts.push(pill(`${row.goals.off_track} off track / missed`, 'bad'));
  return parts.join(' ') || '<span class="muted">—</span>';
}

/** The team report for leadership as a printable landscape HTML document. */
export function teamReportHtml(data: TeamReportData, generatedOn: string): string {
  const columns: Array<Column<TeamReportRow>> = [
    {
      header: 'Rep',
      cell: (row) =>
        `<strong>${escapeHtml(row.name)}</strong>${row.team ? `<br><span class="muted">${escapeHtml(row.team)}</span>` : ''}`,
    },
    { header: 'Cadence', cell: (row) => escapeHtml(CADENCE_WORDS[row.cadence] ?? row.cadence), className: 'nowrap' },
    { header: 'Held', cell: (row) => String(row.heldCount), className: 'num' },
    {
      header: 'Last one-on-one',
      cell: (row) => {
        const days = daysSinceLastHeld(row, data.asOf);
        const when = row.lastHeldOn
          ? `${escapeHtml(formatDay(row.lastHeldOn))}<br><span class="muted">${days} days ago</span>`
          : 'never';
        return row.meetingOverdue ? `${when} ${pill('overdue', 'bad')}` : when;
      },
      className: 'nowrap',
    },
    { header: 'Due', cell: (row) => String(row.figures.dueCount), className: 'num' },
    {
      header: 'Follow-through',
      cell: (row) => pill(formatRate(row.figures.followThroughRate), rateTone(row.figures.followThroughRate)),
      className: 'num',
    },
    { header: 'On time', cell: (row) => formatRate(row.figures.onTimeRate), className: 'num' },
    { header: 'Coverage', cell: (row) => formatRate(row.figures.coverageRate), className: 'num' },
    {
      header: 'Open / overdue',
      cell: (row) =>
        `${row.figures.openCount} / ${row.figures.overdueCount > 0 ? `<strong>${row.figures.overdueCount}</strong>` : '0'}`,
      className: 'num',
    },
    { header: 'Goals', cell: goalsCell },
    {
      header: 'Avg. skill',
      cell: (row) => (row.averageSkillRating === null ? '—' : row.averageSkillRating.toFixed(1)),
      className: 'num',
    },
  ];

  // Team totals pool every rep's commitments, so a rep with many items weighs more than one with few.
  const totals = data.rows.reduce(
    (sum, row) => ({
      held: sum.held + row.heldCount,
      due: sum.due + row.figures.dueCount,
      done: sum.done + row.figures.doneCount,
      onTime: sum.onTime + row.figures.onTimeCount,
      overdue: sum.overdue + row.figures.overdueCount,
      meetingsOverdue: sum.meetingsOverdue + (row.meetingOverdue ? 1 : 0),
    }),
    { held: 0, due: 0, done: 0, onTime: 0, overdue: 0, meetingsOverdue: 0 },
  );
  const pooled = (count: number) => formatRate(totals.due === 0 ? null : count / totals.due);
  const cards = [
    { value: String(totals.held), label: 'One-on-ones held' },
    { value: pooled(totals.done), label: `Follow-through · ${totals.done} of ${totals.due} done` },
    { value: pooled(totals.onTime), label: 'Done on time' },
    {
      value: String(totals.overdue),
      label: `Commitments overdue · ${totals.meetingsOverdue} ${totals.meetingsOverdue === 1 ? 'rep' : 'reps'} due a one-on-one`,
    },
  ]
    .map(
      (card) =>
        `<div class="figure"><div class="value">${escapeHtml(card.value)}</div><div class="label">${escapeHtml(card.label)}</div></div>`,
    )
    .join('');

  return htmlDocument({
    kicker: 'Team report',
    title: data.team ? `${data.team} team` : 'Sales team',
    subtitle: `${formatDay(data.range.from)} – ${formatDay(data.range.to)}`,
    facts: [
      { label: 'Period', value: `${formatDay(data.range.from)} – ${formatDay(data.range.to)}` },
      { label: 'Active reps', value: String(data.rows.length) },
      { label: 'Figures as of', value: formatDay(data.asOf) },
      { label: 'Team', value: data.team ?? 'All teams' },
    ],
    body: [
      section('At a glance', `<div class="figures">${cards}</div>`),
      section(
        'Reps',
        `<p class="muted">Follow-through, on time and coverage count each rep's own action items due in the period (dropped ones left out); — means nothing was due. Goals that ran in the period are paced as of ${escapeHtml(formatDay(data.asOf))} (or their end, when earlier; missed counts as off track).</p>` +
          htmlTable(columns, data.rows, 'No active reps.'),
      ),
    ].join('\n'),
    generatedNote: `Generated by Coachbook on ${formatDay(generatedOn)}. Private notes are never included in this report.`,
    landscape: true,
  });
}
