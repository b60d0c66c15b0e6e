/** Results: the two selections (new, updated) with record ids, the outcome chart, the field-level diff and CSV export. */
import type { Translate } from '../../simulators/messages.ts';
import { entityLabel } from '../../simulators/outcome-format.ts';
import { totalCounts } from '../../simulators/output-view.ts';
import type { RunResult } from '../../simulators/run-result.ts';
import { OutcomeChart } from './OutcomeChart.tsx';
import { OutcomeRows } from './OutcomeRows.tsx';

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

/** Props: the run result, `t` and the export callback. */
export function ResultsPanel({ result, t, idPrefix, onExport }: { result: RunResult; t: Translate; idPrefix: string; onExport(): void }) {
  if (!result.ok) {
    return <section class="signpost-sim__results" role="alert"><p>{t('simulator.run.invalid')} {result.errors.map((e) => e.code).join(', ')}</p></section>;
  }
  return (
    <section class="signpost-sim__results" aria-labelledby={`${idPrefix}-results`}>
      <h3 id={`${idPrefix}-results`}>{t('simulator.results.title')}</h3>
      <div class="signpost-sim__selections">
        <SelectionList name="created" title={t('simulator.results.selectionCreated')} ids={result.selection.created} t={t} />
        <SelectionList name="updated" title={t('simulator.results.selectionUpdated')} ids={result.selection.updated} t={t} />
      </div>
      <OutcomeChart counts={totalCounts(result.summary)} t={t} />
      <OutcomeRows rows={result.rows} t={t} />
      <button type="button" onClick={onExport}>{t('simulator.results.export')}</button>
    </section>
  );
}
