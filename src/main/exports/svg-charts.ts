import { escapeHtml } from './escape';

/*
 * Charts as inline SVG: no script, no remote file, crisp on paper at any zoom. Presentation
 * attributes rather than style attributes, so the document's CSP (styles by hash only) allows them.
 */

const INK = '#1c2434';
const MUTED = '#8a94a6';
const RULE = '#dfe4ec';
const ACCENT = '#1f5fbf';

export interface BarPoint {
  label: string;
  /** 0..1, or null for "no data" (drawn as a dash, never as a 0 % bar). */
  value: number | null;
  /** Shown under the bar: how many items the rate is over. */
  caption?: string;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Monthly rates as vertical bars on a 0–100 % scale with light gridlines. */
export function rateBarChart(points: readonly BarPoint[], title: string): string {
  const width = 640;
  const height = 200;
  const left = 34;
  const right = 8;
  // Room above the plot for the value label of a 100 % bar.
  const top = 22;
  const bottom = 36;
  const plotHeight = height - top - bottom;
  const slot = (width - left - right) / Math.max(1, points.length);
  const barWidth = Math.min(34, slot * 0.62);
  const grid = [0, 0.25, 0.5, 0.75, 1]
    .map((tick) => {
      const y = round(top + plotHeight * (1 - tick));
      return (
        `<line x1="${left}" x2="${width - right}" y1="${y}" y2="${y}" stroke="${RULE}" stroke-width="1"/>` +
        `<text x="${left - 5}" y="${y + 3}" font-size="9" text-anchor="end" fill="${MUTED}">${tick * 100}%</text>`
      );
    })
    .join('');
  const bars = points
    .map((point, index) => {
      const x = round(left + slot * index + (slot - barWidth) / 2);
      const center = round(left + slot * index + slot / 2);
      const labels =
        `<text x="${center}" y="${height - bottom + 13}" font-size="9" text-anchor="middle" fill="${INK}">${escapeHtml(point.label)}</text>` +
        (point.caption
          ? `<text x="${center}" y="${height - bottom + 25}" font-size="8" text-anchor="middle" fill="${MUTED}">${escapeHtml(point.caption)}</text>`
          : '');
      if (point.value === null) {
        const y = round(top + plotHeight - 1);
        return `<line x1="${x + 4}" x2="${round(x + barWidth - 4)}" y1="${y}" y2="${y}" stroke="${MUTED}" stroke-width="2"/>${labels}`;
      }
      const barHeight = round(Math.max(1, plotHeight * Math.min(1, Math.max(0, point.value))));
      const y = round(top + plotHeight - barHeight);
      const valueLabel = `<text x="${center}" y="${round(y - 3)}" font-size="8.5" text-anchor="middle" fill="${INK}">${Math.round(point.value * 100)}%</text>`;
      return `<rect x="${x}" y="${y}" width="${round(barWidth)}" height="${barHeight}" rx="2" fill="${ACCENT}"/>${valueLabel}${labels}`;
    })
    .join('');
  return svg(width, height, title, grid + bars);
}

export interface LinePoint {
  /** 0..1 along the x axis. */
  x: number;
  /** 0..1 along the y axis (may exceed 1 when a goal is beaten; clipped to the frame). */
  y: number;
}

/**
 * A goal's check-ins against the straight line from start to target over its period: the
 * dashed line is where the rep should be, the solid one where they were.
 */
export function goalProgressChart(actual: readonly LinePoint[], title: string, today: number | null): string {
  const width = 220;
  const height = 64;
  const pad = 5;
  const toX = (x: number) => round(pad + (width - 2 * pad) * Math.min(1, Math.max(0, x)));
  const toY = (y: number) => round(height - pad - ((height - 2 * pad) * Math.min(1.08, Math.max(0, y))) / 1.08);
  const frame = `<rect x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" rx="3" fill="#f4f6fa" stroke="${RULE}"/>`;
  const target = `<line x1="${toX(0)}" x2="${toX(1)}" y1="${toY(1)}" y2="${toY(1)}" stroke="${RULE}" stroke-width="1"/>`;
  const ideal = `<line x1="${toX(0)}" y1="${toY(0)}" x2="${toX(1)}" y2="${toY(1)}" stroke="${MUTED}" stroke-width="1" stroke-dasharray="3 3"/>`;
  const now =
    today === null
      ? ''
      : `<line x1="${toX(today)}" x2="${toX(today)}" y1="${pad}" y2="${height - pad}" stroke="${RULE}" stroke-width="1"/>`;
  const points = [{ x: 0, y: 0 }, ...actual];
  const path = points.map((point) => `${toX(point.x)},${toY(point.y)}`).join(' ');
  const line =
    actual.length > 0
      ? `<polyline points="${path}" fill="none" stroke="${ACCENT}" stroke-width="1.8" stroke-linejoin="round"/>`
      : '';
  const last = actual[actual.length - 1];
  const dot = last ? `<circle cx="${toX(last.x)}" cy="${toY(last.y)}" r="2.6" fill="${ACCENT}"/>` : '';
  return svg(width, height, title, frame + target + now + ideal + line + dot);
}

/** A skill's ratings in order, on the 1–5 scale. */
export function ratingSparkline(ratings: readonly number[], title: string): string {
  const width = 120;
  const height = 26;
  const pad = 3;
  const step = ratings.length > 1 ? (width - 2 * pad) / (ratings.length - 1) : 0;
  const toY = (rating: number) => round(height - pad - ((height - 2 * pad) * (rating - 1)) / 4);
  const path = ratings.map((rating, index) => `${round(pad + step * index)},${toY(rating)}`).join(' ');
  const mid = `<line x1="${pad}" x2="${width - pad}" y1="${toY(3)}" y2="${toY(3)}" stroke="${RULE}" stroke-width="1"/>`;
  const line =
    ratings.length > 1
      ? `<polyline points="${path}" fill="none" stroke="${ACCENT}" stroke-width="1.5" stroke-linejoin="round"/>`
      : '';
  const lastRating = ratings[ratings.length - 1];
  const dot =
    lastRating === undefined
      ? ''
      : `<circle cx="${round(pad + step * (ratings.length - 1))}" cy="${toY(lastRating)}" r="2.2" fill="${ACCENT}"/>`;
  return svg(width, height, title, mid + line + dot);
}

function svg(width: number, height: number, title: string, content: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(title)}" font-family="'Segoe UI', 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif"><title>${escapeHtml(title)}</title>${content}</svg>`;
}
