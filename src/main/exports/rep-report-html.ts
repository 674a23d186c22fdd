import { escapeHtml } from './escape';
import { htmlDocument, htmlTable, pill, section } from './html-document';
import type { RepReportData } from './rep-report-data';
import {
  DIRECTION_WORDS,
  figureRows,
  goalChartPoints,
  goalProgressText,
  goalTodayShare,
  goalVerdict,
  monthLabel,
  skillTrend,
} from './rep-report-view';
import { CADENCE_WORDS, formatDay, ownerLabel, STATUS_LABELS, STATUS_TONES } from './report-format';
import { goalProgressChart, rateBarChart, ratingSparkline } from './svg-charts';
import type { AccountabilityFigures } from './report-figures';

const figureCards = (figures: AccountabilityFigures): string =>
  `<div class="figures">${figureRows(figures)
    .map(
      (row) =>
        `<div class="figure"><div class="value">${escapeHtml(row.value)}</div><div class="label">${escapeHtml(row.label)} · ${escapeHtml(row.detail)}</div></div>`,
    )
    .join('')}</div>`;

/** The rep coaching report as a printable HTML document with inline SVG charts. */
export function repReportHtml(data: RepReportData, generatedOn: string): string {
  const { rep } = data;
  const chart = rateBarChart(
    data.monthly.map((point) => ({
      label: monthLabel(point.month),
      value: point.followThroughRate,
      caption: `${point.dueCount} due`,
    })),
    'Follow-through by month',
  );
  const commitments =
    `<p class="muted">${escapeHtml(rep.name)}'s action items due in the period, counted up to ${escapeHtml(formatDay(data.asOf))}. Dropped items are left out; — means nothing was due.</p>` +
    figureCards(data.repFigures) +
    `<h3>Follow-through by month</h3><div class="chart">${chart}</div>` +
    `<h3>The manager's own commitments</h3>` +
    figureCards(data.managerFigures);

  const meetings = htmlTable(
    [
      { header: 'Date', cell: (meeting) => escapeHtml(formatDay(meeting.day)), className: 'nowrap' },
      {
        header: 'Summary',
        cell: (meeting) =>
          meeting.summary ? escapeHtml(meeting.summary) : '<span class="empty">No shared notes.</span>',
      },
      { header: 'Items', cell: (meeting) => String(meeting.actionItemCount), className: 'num' },
    ],
    data.meetings,
    'No one-on-ones were held in this period.',
  );

  const goals = htmlTable(
    [
      {
        header: 'Goal',
        cell: (goal) =>
          `${escapeHtml(goal.title)}<br><span class="muted">${escapeHtml(`${formatDay(goal.startDate)} – ${formatDay(goal.endDate)}`)}</span>`,
      },
      { header: 'Progress', cell: (goal) => escapeHtml(goalProgressText(goal)) },
      {
        header: 'Pacing',
        cell: (goal) => {
          const verdict = goalVerdict(goal, data.asOf);
          return pill(verdict.label, verdict.tone);
        },
      },
      {
        header: 'Check-ins vs. plan',
        cell: (goal) =>
          goal.kind === 'metric'
            ? goalProgressChart(
                goalChartPoints(goal),
                `${goal.title}: check-ins against the plan`,
                goalTodayShare(goal, data.asOf),
              )
            : '',
      },
    ],
    data.goals,
    'No goals ran in this period.',
  );

  const skills = htmlTable(
    data.skills.length > 0
      ? [
          { header: 'Skill', cell: (skill) => escapeHtml(skill.skill) },
          { header: 'Ratings', cell: (skill) => String(skill.ratings.length), className: 'num' },
          {
            header: 'First → last',
            cell: (skill) => {
              const trend = skillTrend(skill);
              return `${trend.first} → ${trend.last}`;
            },
            className: 'nowrap',
          },
          { header: 'Average', cell: (skill) => skillTrend(skill).average.toFixed(1), className: 'num' },
          {
            header: 'Ratings over the period',
            cell: (skill) => ratingSparkline(skill.ratings, `${skill.skill} ratings`),
          },
          {
            header: 'Trend',
            cell: (skill) => escapeHtml(DIRECTION_WORDS[skillTrend(skill).direction]),
            className: 'nowrap',
          },
        ]
      : [],
    data.skills,
    'No skills were rated in this period.',
  );

  const carried = htmlTable(
    [
      { header: 'Action item', cell: (item) => escapeHtml(item.title) },
      { header: 'Owner', cell: (item) => escapeHtml(ownerLabel(item.owner, rep.name)), className: 'nowrap' },
      { header: 'Agreed', cell: (item) => escapeHtml(formatDay(item.agreedOn)), className: 'nowrap' },
      { header: 'Carried', cell: (item) => `${item.carryCount}×`, className: 'num' },
      {
        header: 'Status',
        cell: (item) => pill(STATUS_LABELS[item.status] ?? item.status, STATUS_TONES[item.status] ?? 'neutral'),
      },
    ],
    data.carried,
    'No action item was carried more than twice.',
  );

  return htmlDocument({
    kicker: 'Coaching report',
    title: rep.name,
    subtitle: [rep.title, rep.team, rep.territory].filter(Boolean).join(' · ') || undefined,
    facts: [
      { label: 'Period', value: `${formatDay(data.range.from)} – ${formatDay(data.range.to)}` },
      {
        label: 'One-on-ones held',
        value: `${data.meetings.length}${data.cancelledCount ? ` (${data.cancelledCount} cancelled)` : ''}`,
      },
      { label: 'Cadence', value: CADENCE_WORDS[rep.cadence] ?? rep.cadence },
      { label: 'Follow-through', value: figureRows(data.repFigures)[0]?.value ?? '—' },
    ],
    body: [
      section('Commitments and follow-through', commitments),
      section('Goals', goals),
      section('Skill trends', skills),
      section('Items carried more than twice', carried),
      section('One-on-ones', meetings),
    ].join('\n'),
    generatedNote: `Generated by Coachbook on ${formatDay(generatedOn)}. Private notes are never included in this report.`,
  });
}
