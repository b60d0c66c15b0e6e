/** A small inline SVG bar chart of created / updated / unchanged / skipped / errors, with the numbers as text too. */
import type { Translate } from '../../simulators/messages.ts';
import type { CountsView } from '../../simulators/output-view.ts';

const BARS: { key: keyof CountsView; label: 'created' | 'updated' | 'unchanged' | 'skipped' | 'error'; colour: string }[] = [
  { key: 'created', label: 'created', colour: '#1a7f37' },
  { key: 'updated', label: 'updated', colour: '#0550ae' },
  { key: 'unchanged', label: 'unchanged', colour: '#57606a' },
  { key: 'skipped', label: 'skipped', colour: '#9a6700' },
  { key: 'errors', label: 'error', colour: '#cf222e' },
];

/** Props: summed counts and `t`. */
export function OutcomeChart({ counts, t }: { counts: CountsView; t: Translate }) {
  const max = Math.max(1, ...BARS.map((bar) => counts[bar.key]));
  const rowHeight = 22;
  return (
    <figure class="signpost-sim__chart">
      <svg role="img" aria-label={t('simulator.results.chart')} width="320" height={BARS.length * rowHeight} viewBox={`0 0 320 ${BARS.length * rowHeight}`}>
        {BARS.map((bar, i) => {
          const label = t(`simulator.outcome.${bar.label}`);
          return (
            <g key={bar.key} data-chart={bar.key}>
              <text x="0" y={i * rowHeight + 15} font-size="12" fill="currentColor">{label}</text>
              <rect x="110" y={i * rowHeight + 4} height="14" width={(170 * counts[bar.key]) / max} fill={bar.colour}><title>{`${label}: ${counts[bar.key]}`}</title></rect>
              <text x={116 + (170 * counts[bar.key]) / max} y={i * rowHeight + 15} font-size="12" fill="currentColor">{counts[bar.key]}</text>
            </g>
          );
        })}
      </svg>
      <figcaption>{t('simulator.results.chart')}</figcaption>
    </figure>
  );
}
