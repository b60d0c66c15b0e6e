/** Preview import: per-row status icon (new / will be updated / no update / problem) and a check box to leave the row out. */
import type { Translate } from '../../simulators/messages.ts';
import { translateDynamic } from '../../simulators/messages.ts';
import type { RunResult } from '../../simulators/run-result.ts';

const ICON_GLYPH: Record<string, string> = { new: '✚', update: '↻', none: '○', warning: '⚠' };

/** The strongest preview icon of a row: new > update > warning > none. */
function rowIcon(preview: Record<string, string> | undefined): string {
  const icons = Object.values(preview ?? {});
  return ['new', 'update', 'warning'].find((icon) => icons.includes(icon)) ?? 'none';
}

/** Props: the preview result (a full run without Stop), the import rows' first column, unchecked rows. */
export interface PreviewTableProps {
  preview: RunResult | null;
  labels: string[];
  unchecked: number[];
  t: Translate;
  idPrefix: string;
  onInclude(index: number, included: boolean): void;
}

/** The preview table; unchecked rows stay listed with the "left out" status. */
export function PreviewTable({ preview, labels, unchecked, t, idPrefix, onInclude }: PreviewTableProps) {
  return (
    <section class="signpost-sim__preview" aria-labelledby={`${idPrefix}-preview`}>
      <h3 id={`${idPrefix}-preview`}>{t('simulator.preview.title')}</h3>
      {preview && !preview.ok && <p role="alert">{t('simulator.run.invalid')} {preview.errors.map((e) => e.code).join(', ')}</p>}
      <table>
        <thead>
          <tr><th scope="col">{t('simulator.preview.row')}</th><th scope="col">{t('simulator.preview.status')}</th><th scope="col">{t('simulator.column.entity')}</th></tr>
        </thead>
        <tbody>
          {labels.map((label, index) => {
            const row = preview?.ok ? preview.rows[index] : undefined;
            const left = unchecked.includes(index);
            const icon = left ? 'none' : rowIcon(row?.preview);
            const status = left ? t('simulator.status.unchecked') : translateDynamic(t, 'simulator.icon.', icon);
            return (
              <tr key={index} data-row={index} data-icon={icon} data-status={row?.status ?? ''}>
                <td>
                  <input type="checkbox" id={`${idPrefix}-include-${index}`} checked={!left}
                    onChange={(event) => onInclude(index, (event.currentTarget as HTMLInputElement).checked)} />
                  <label for={`${idPrefix}-include-${index}`}>{t('simulator.preview.include', { row: index + 1 })}</label>
                </td>
                <td><span aria-hidden="true">{ICON_GLYPH[icon]}</span> {status}</td>
                <td>{label}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
