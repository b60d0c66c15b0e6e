/**
 * Preview import: per row a check box to leave it out and one status per entity (company and
 * person separately — a new company with a person in error shows both, not one folded icon),
 * with a row's warnings (several records match) beside it.
 */
import type { Translate } from '../../simulators/messages.ts';
import { translateDynamic } from '../../simulators/messages.ts';
import { entityLabel } from '../../simulators/field-labels.ts';
import type { RowView } from '../../simulators/output-view.ts';
import type { RunResult } from '../../simulators/run-result.ts';
import { ScrollRegion } from './ScrollRegion.tsx';
import { explainWarnings } from '../../simulators/explain-warnings.ts';

const ICON_GLYPH: Record<string, string> = { new: '✚', update: '↻', none: '○', warning: '⚠' };

/** Props: the preview result (a full run without Stop; null above the worker threshold), the rows' labels, unchecked rows. */
export interface PreviewTableProps {
  preview: RunResult | null;
  labels: string[];
  unchecked: number[];
  limit: number;
  t: Translate;
  idPrefix: string;
  onInclude(index: number, included: boolean): void;
}

/** Entity kinds the preview shows, in the order of the first row that has them (company, person …). */
function previewEntities(rows: RowView[]): string[] {
  const kinds = new Set<string>();
  for (const row of rows) for (const kind of Object.keys(row.preview ?? {})) kinds.add(kind);
  return [...kinds];
}

function StatusCell({ icon, t }: { icon: string; t: Translate }) {
  return <td data-icon={icon} class={`signpost-sim__status signpost-sim__status--${icon}`}><span aria-hidden="true">{ICON_GLYPH[icon]}</span> {translateDynamic(t, 'simulator.icon.', icon)}</td>;
}

/** The preview table; unchecked rows stay listed with the "left out" status. */
export function PreviewTable({ preview, labels, unchecked, limit, t, idPrefix, onInclude }: PreviewTableProps) {
  const rows = preview?.ok ? preview.rows : [];
  const kinds = previewEntities(rows);
  return (
    <section class="signpost-sim__step signpost-sim__preview">
      <h3 id={`${idPrefix}-preview`} class="signpost-sim__step-title">{t('simulator.preview.title')}</h3>
      {!preview ? <p class="signpost-sim__note">{t('simulator.preview.tooLarge', { limit })}</p> : (
        <ScrollRegion label={t('simulator.preview.title')} class="signpost-sim__scroll--tall">
          <table class="signpost-sim__grid">
            <thead>
              <tr>
                <th scope="col">{t('simulator.preview.row')}</th>
                {kinds.map((kind) => <th scope="col" key={kind}>{entityLabel(kind, t)}</th>)}
                <th scope="col">{t('simulator.preview.data')}</th>
              </tr>
            </thead>
            <tbody>
              {labels.map((label, index) => {
                const row = rows[index];
                const left = unchecked.includes(index);
                const warnings = row ? explainWarnings(row, t, t.lang ?? 'en').map((part) => part.text) : [];
                return (
                  <tr key={index} data-row={index} data-status={row?.status ?? ''} class={left ? 'signpost-sim__row--left' : undefined}>
                    <td class="signpost-sim__include">
                      <input type="checkbox" id={`${idPrefix}-include-${index}`} checked={!left}
                        onChange={(event) => onInclude(index, (event.currentTarget as HTMLInputElement).checked)} />
                      <label for={`${idPrefix}-include-${index}`}>{t('simulator.preview.include', { row: index + 1 })}</label>
                    </td>
                    {left ? <td colSpan={Math.max(1, kinds.length)}>{t('simulator.status.unchecked')}</td>
                      : kinds.map((kind) => <StatusCell key={kind} icon={row?.preview?.[kind] ?? 'none'} t={t} />)}
                    <td>{label}{warnings.map((text, i) => <span key={i} class="signpost-sim__warning" data-warning>{text}</span>)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
