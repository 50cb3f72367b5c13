import type { AuditSummary } from '../../../main/shared/api-contract.ts';
import { CHART, lineSegments, trendPoints, trendSummary } from './trend.ts';

const SHORT_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const INK = '#212b32';
const LINE = '#005eb8';
const MUTED = '#4c6272';
const GRID = [0, 50, 100];

/**
 * The score at each audit, oldest on the left, drawn in plain SVG (no chart library). Screen
 * readers get one sentence (aria-label); the table of audits holds every value. Each point carries
 * its score as text, so nothing depends on colour.
 */
export function ScoreChart({ audits }: { audits: readonly AuditSummary[] }): React.JSX.Element {
  const points = trendPoints(audits);
  const plotBottom = CHART.height - CHART.bottom;
  const middle = (CHART.top + plotBottom) / 2;
  const yFor = (score: number): number => CHART.top + (plotBottom - CHART.top) * (1 - score / 100);
  // Dates under every point while they fit; otherwise the first and the last.
  const dated = points.length <= 6 ? points : [points[0], points.at(-1)].filter((p) => p !== undefined);
  const hasGaps = points.some((p) => p.score === null);
  const hasPartial = points.some((p) => p.partial);
  return (
    <>
      <svg className="app-trend-chart" viewBox={`0 0 ${String(CHART.width)} ${String(CHART.height)}`} role="img" aria-label={trendSummary(points)}>
        <rect x="0" y="0" width={CHART.width} height={CHART.height} fill="#ffffff" />
        {GRID.map((score) => (
          <g key={score}>
            <line x1={CHART.left} x2={CHART.width - CHART.right} y1={yFor(score)} y2={yFor(score)} stroke="#d8dde0" strokeWidth="1" />
            <text x={CHART.left - 8} y={yFor(score) + 5} textAnchor="end" fontSize="16" fill={MUTED}>{score}%</text>
          </g>
        ))}
        {lineSegments(points).map((segment) => (
          <polyline key={segment[0]?.id} points={segment.map((p) => `${String(p.x)},${String(p.y)}`).join(' ')} fill="none" stroke={LINE} strokeWidth="3" />
        ))}
        {points.map((p) => (p.y === null
          ? (
            <g key={p.id}>
              <line x1={p.x} x2={p.x} y1={CHART.top} y2={plotBottom} stroke={MUTED} strokeWidth="2" strokeDasharray="4 4" />
              <rect x={p.x - 40} y={middle - 14} width="80" height="24" fill="#ffffff" />
              <text x={p.x} y={middle + 5} textAnchor="middle" fontSize="16" fill={INK}>No score</text>
            </g>
          )
          : (
            <g key={p.id}>
              <circle cx={p.x} cy={p.y} r="6" fill={p.partial ? '#ffffff' : LINE} stroke={p.partial ? LINE : '#ffffff'} strokeWidth={p.partial ? 3 : 2} />
              <text x={p.x} y={p.y - 14} textAnchor="middle" fontSize="18" fontWeight="700" fill={INK}>{p.score}%{p.partial ? ' partial' : ''}</text>
            </g>
          )))}
        {dated.map((p) => (
          <text key={p.id} x={p.x} y={CHART.height - 14} textAnchor="middle" fontSize="16" fill={INK}>{SHORT_DATE.format(new Date(p.startedAt))}</text>
        ))}
      </svg>
      <p className="nhsuk-body-s nhsuk-u-secondary-text-colour">
        Oldest audit on the left. The table below gives every audit&apos;s date and score.
        {hasGaps && ' Audits where nothing could be checked have no score, so the line has a gap there.'}
        {hasPartial && ' A hollow point marked partial is an audit where fewer than half the checks could be read: its score rests on those few.'}
      </p>
    </>
  );
}
