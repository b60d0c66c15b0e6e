/** Field mapping (Field in file → Field in SuperOffice CRM) with one record previewed and Previous/Next. */
import { useState } from 'preact/hooks';
import type { TextTable } from '../../simulators/example-tables.ts';
import type { Translate } from '../../simulators/messages.ts';

/** Props: the import table, its file headers, the mappable field ids and the mapping callback. */
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
    <section class="signpost-sim__mapping" aria-labelledby={`${idPrefix}-mapping`}>
      <h3 id={`${idPrefix}-mapping`}>{t('simulator.mapping.title')}</h3>
      <table>
        <thead>
          <tr><th scope="col">{t('simulator.mapping.fileField')}</th><th scope="col">{t('simulator.mapping.crmField')}</th></tr>
        </thead>
        <tbody>
          {table.columns.map((column, c) => (
            <tr key={c}>
              <td><span class="signpost-sim__header">{headers[c] ?? column}</span>: <output data-mapping-value={c}>{table.rows[current]?.[c] ?? ''}</output></td>
              <td>
                <select aria-label={`${t('simulator.mapping.crmField')}: ${headers[c] ?? column}`} value={column}
                  onChange={(event) => onMap(c, (event.currentTarget as HTMLSelectElement).value)}>
                  <option value="">—</option>
                  {[...new Set([column, ...fields].filter(Boolean))].map((field) => <option key={field} value={field}>{field}</option>)}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="signpost-sim__pager">
        <button type="button" disabled={current <= 0} onClick={() => setRecord(current - 1)}>{t('simulator.mapping.previous')}</button>
        <span aria-live="polite" data-mapping-record>{t('simulator.mapping.record', { current: total ? current + 1 : 0, total })}</span>
        <button type="button" disabled={current >= total - 1} onClick={() => setRecord(current + 1)}>{t('simulator.mapping.next')}</button>
      </div>
    </section>
  );
}
