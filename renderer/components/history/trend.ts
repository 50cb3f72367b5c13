/** The score trend: where each audit sits on the chart, and the same in one sentence. */
import type { AuditSummary } from '../../../main/shared/api-contract.ts';
import { isPartialAudit } from '../../../main/shared/glossary.ts';
import { longDate } from '../../dates.ts';

export interface TrendPoint {
  id: string; x: number; y: number | null; score: number | null; startedAt: string;
  /** Fewer than half the checks could be read: the point is drawn hollow and labelled partial. */
  partial: boolean;
}

export const CHART = { width: 720, height: 260, left: 64, right: 24, top: 32, bottom: 48 } as const;

/** Oldest on the left; audits evenly spaced (the table gives the exact dates). */
export function trendPoints(newestFirst: readonly AuditSummary[]): TrendPoint[] {
  const oldestFirst = [...newestFirst].reverse();
  // Inset from the axis, so the first point and its label never sit on the axis labels.
  const inset = 32;
  const span = CHART.width - CHART.left - CHART.right - 2 * inset;
  const plotHeight = CHART.height - CHART.top - CHART.bottom;
  return oldestFirst.map((audit, index) => ({
    id: audit.id,
    x: CHART.left + inset + (oldestFirst.length === 1 ? span / 2 : (span * index) / (oldestFirst.length - 1)),
    y: audit.score === null ? null : CHART.top + plotHeight * (1 - audit.score / 100),
    score: audit.score,
    startedAt: audit.startedAt,
    partial: audit.score !== null && isPartialAudit(audit),
  }));
}

/** Runs of scored audits; an audit without a score breaks the line, so nothing is drawn across it. */
export function lineSegments(points: readonly TrendPoint[]): TrendPoint[][] {
  const segments: TrendPoint[][] = [[]];
  for (const point of points) {
    if (point.y === null) segments.push([]);
    else segments.at(-1)?.push(point);
  }
  return segments.filter((s) => s.length > 1);
}

/** The chart's accessible name: first and last score, the direction, and the gaps. */
export function trendSummary(points: readonly TrendPoint[]): string {
  const scored = points.filter((p): p is TrendPoint & { score: number } => p.score !== null);
  const gaps = points.length - scored.length;
  const partial = points.filter((p) => p.partial).length;
  const gapText = (gaps === 0 ? '' : ` ${String(gaps)} ${gaps === 1 ? 'audit has' : 'audits have'} no score because nothing could be checked.`)
    + (partial === 0 ? '' : ` ${String(partial)} ${partial === 1 ? 'audit was' : 'audits were'} partial: fewer than half the checks could be read.`);
  const first = scored[0];
  const last = scored.at(-1);
  if (first === undefined || last === undefined) return `Score over ${String(points.length)} audits: none of them has a score.${gapText}`;
  if (first === last) return `Score over ${String(points.length)} audits: only one has a score, ${String(first.score)}% on ${longDate(first.startedAt)}.${gapText}`;
  const change = last.score - first.score;
  const direction = change === 0 ? 'no change overall' : `${change > 0 ? 'up' : 'down'} ${String(Math.abs(change))} points`;
  return `Score over ${String(points.length)} audits: from ${String(first.score)}% on ${longDate(first.startedAt)} to ${String(last.score)}% on ${longDate(last.startedAt)}, ${direction}.${gapText}`;
}
