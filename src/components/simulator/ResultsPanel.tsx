/** Results: the two selections (new, updated) with record ids, the outcome chart, the field-level diff (paged) and CSV export. */
import { useState } from 'preact/hooks';
import type { Translate } from '../../simulators/messages.ts';
import { entityLabel } from '../../simulators/outcome-format.ts';
import { totalCounts, type RowView } from '../../simulators/output-view.ts';
import { RESULT_PAGE_ROWS, type RunResult } from '../../simulators/run-result.ts';
import { OutcomeChart } from './OutcomeChart.tsx';
import { OutcomeRows } from './OutcomeRows.tsx';
import { ScrollRegion } from './ScrollRegion.tsx';
import { validationMessages } from '../../simulators/validation-messages.ts';

/** Collection key (`companies`) → entity key (`company`) for labels. */
const ENTITY_OF: Record<string, string> = { companies: 'company', persons: 'person', products: 'product', customers: 'customer', materials: 'material', hourTypes: 'hourType' };

function SelectionList({ title, ids, t, name }: { title: string; ids: Record<string, number[]>; t: Translate; name: string }) {
  const entries = Object.entries(ids).filter(([, list]) => list.length > 0);
  return (
    <section class="signpost-sim__selection" data-selection={name}>
      <h4>{title}</h4>
      {entries.length === 0 ? <p>{t('simulator.results.empty')}</p> : (
        <ul>
          {entries.map(([collection, list]) => (
            <li key={collection} data-collection={collection}>
              {`${entityLabel(ENTITY_OF[collection] ?? collection, t)} (${list.length}): ${list.slice(0, 50).join(', ')}${list.length > 50 ? ', …' : ''}`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The outcome table a page at a time; pages after the first come from `load` (the worker keeps the rows of a large run). */
function PagedOutcomeRows({ first, rowCount, load, t }: { first: RowView[]; rowCount: number; load(from: number, count: number): Promise<RowView[]>; t: Translate }) {
  const [page, setPage] = useState({ from: 0, rows: first });
  const go = (from: number) => void load(from, RESULT_PAGE_ROWS).then((rows) => setPage({ from, rows }));
  const to = Math.min(rowCount, page.from + RESULT_PAGE_ROWS);
  return (
    <>
      <ScrollRegion label={t('simulator.results.title')} class="signpost-sim__scroll--tall">
        <OutcomeRows rows={page.rows} t={t} />
      </ScrollRegion>
      {rowCount > RESULT_PAGE_ROWS && (
        <div class="signpost-sim__pager" data-results-pager>
          <button type="button" class="signpost-sim__button" disabled={page.from === 0} onClick={() => go(Math.max(0, page.from - RESULT_PAGE_ROWS))}>{t('simulator.results.previous')}</button>
          <span aria-live="polite" data-results-page>{t('simulator.results.page', { from: page.from + 1, to, total: rowCount })}</span>
          <button type="button" class="signpost-sim__button" disabled={to >= rowCount} onClick={() => go(page.from + RESULT_PAGE_ROWS)}>{t('simulator.results.next')}</button>
        </div>
      )}
    </>
  );
}

/** Props: the run result, `t`, the loader of further result rows and the export callback. */
export function ResultsPanel({ result, t, idPrefix, loadRows, onExport }: { result: RunResult; t: Translate; idPrefix: string; loadRows(from: number, count: number): Promise<RowView[]>; onExport(): void }) {
  if (!result.ok) {
    return (
      <section class="signpost-sim__step signpost-sim__results" role="alert" data-error-codes={result.errors.map((e) => e.code).join(' ')}>
        <p>{t('simulator.run.invalid')}</p>
        <ul>{validationMessages(result.errors, t, t.lang ?? 'en').map((text, i) => <li key={i}>{text}</li>)}</ul>
      </section>
    );
  }
  return (
    <section class="signpost-sim__step signpost-sim__results">
      <h3 id={`${idPrefix}-results`} class="signpost-sim__step-title">{t('simulator.results.title')}</h3>
      <div class="signpost-sim__selections">
        <SelectionList name="created" title={t('simulator.results.selectionCreated')} ids={result.selection.created} t={t} />
        <SelectionList name="updated" title={t('simulator.results.selectionUpdated')} ids={result.selection.updated} t={t} />
      </div>
      <OutcomeChart counts={totalCounts(result.summary)} t={t} />
      <PagedOutcomeRows first={result.rows} rowCount={result.rowCount} load={loadRows} t={t} />
      <button type="button" class="signpost-sim__button" onClick={onExport}>{t('simulator.results.export')}</button>
    </section>
  );
}
