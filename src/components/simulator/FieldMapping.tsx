/**
 * Field mapping as in the product's import screen: per file column its header, the value of the
 * current record ("Field in file") and the CRM field by its product label ("Field in SuperOffice
 * CRM"), with Previous / Next through the records.
 */
import { useState } from 'preact/hooks';
import type { TextTable } from '../../simulators/example-tables.ts';
import type { Translate } from '../../simulators/messages.ts';
import { columnLetters, fieldLabel } from '../../simulators/field-labels.ts';
import { ScrollRegion } from './ScrollRegion.tsx';

/** Props: the import table, its file headers (a column without one is named by its letter), the mappable field ids and the mapping callback. */
export interface FieldMappingProps {
  table: TextTable;
  headers: string[];
  fields: string[];
  t: Translate;
  idPrefix: string;
  onMap(column: number, field: string): void;
}

/** One line per file column: its header, the current record's value and the CRM field select. */
export function FieldMapping({ table, headers, fields, t, idPrefix, onMap }: FieldMappingProps) {
  const [record, setRecord] = useState(0);
  const total = table.rows.length;
  const current = Math.min(record, Math.max(0, total - 1));
  return (
    <section class="signpost-sim__step signpost-sim__mapping">
      <h3 id={`${idPrefix}-mapping`} class="signpost-sim__step-title">{t('simulator.mapping.title')}</h3>
      <ScrollRegion label={t('simulator.mapping.title')}>
        <table class="signpost-sim__grid">
          <thead>
            <tr>
              <th scope="col">{t('simulator.mapping.header')}</th>
              <th scope="col">{t('simulator.mapping.fileField')}</th>
              <th scope="col">{t('simulator.mapping.crmField')}</th>
            </tr>
          </thead>
          <tbody>
            {table.columns.map((column, c) => {
              const header = headers[c] || t('simulator.mapping.column', { letter: columnLetters(c + 1) });
              const options = [...new Set([column, ...fields].filter(Boolean))];
              return (
                <tr key={c}>
                  <th scope="row" class="signpost-sim__header">{header}</th>
                  <td><output data-mapping-value={c}>{table.rows[current]?.[c] ?? ''}</output></td>
                  <td>
                    <select class="signpost-sim__select" aria-label={`${t('simulator.mapping.crmField')}: ${header}`} value={column}
                      onChange={(event) => onMap(c, (event.currentTarget as HTMLSelectElement).value)}>
                      <option value="">{t('simulator.mapping.notImported')}</option>
                      {options.map((field) => <option key={field} value={field}>{fieldLabel(field, t)}</option>)}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <div class="signpost-sim__pager">
        <button type="button" class="signpost-sim__button" aria-disabled={current <= 0 ? 'true' : undefined} onClick={() => current > 0 && setRecord(current - 1)}>{t('simulator.mapping.previous')}</button>
        <span aria-live="polite" data-mapping-record>{t('simulator.mapping.record', { current: total ? current + 1 : 0, total })}</span>
        <button type="button" class="signpost-sim__button" aria-disabled={current >= total - 1 ? 'true' : undefined} onClick={() => current < total - 1 && setRecord(current + 1)}>{t('simulator.mapping.next')}</button>
      </div>
    </section>
  );
}
