/**
 * The build-time outcome table of a `:::merge-example` as hast: one body row per import row and
 * entity (outcome, record id, field changes from → to, reason), in the page language. Static
 * HTML, readable without JavaScript.
 */
import type { Element, ElementContent } from 'hast';
import type { Translate } from './messages.ts';
import { explainEntity, explainWarnings, type ExplanationPart } from './explain.ts';
import { changeLines, entityLabel, outcomeLabel, rowStatusLabel } from './outcome-format.ts';
import { rowEntities, type RowView } from './output-view.ts';

/** A hast element; `children` strings become text nodes. */
export function h(tagName: string, properties: Element['properties'], children: (ElementContent | string)[] = []): Element {
  return {
    type: 'element',
    tagName,
    properties,
    children: children.map((child) => (typeof child === 'string' ? { type: 'text', value: child } : child)),
  };
}

function listCell(lines: string[]): Element {
  if (lines.length === 0) return h('td', {}, []);
  return h('td', {}, [h('ul', {}, lines.map((line) => h('li', {}, [line])))]);
}

/** The reason column: the engine's explanation, one sentence per item, each marked with its kind. */
function explanationCell(parts: ExplanationPart[]): Element {
  if (parts.length === 0) return h('td', {}, []);
  return h('td', {}, [h('ul', {}, parts.map((part) => h('li', { dataExplain: part.kind }, [part.text])))]);
}

/**
 * The outcome table of `rows` (engine row results, import-rules.md §12.2) in `lang`: per entity
 * its outcome, id, changes and the explanation (explain.ts) with the entity's warnings.
 * Example: one merged ACME row → `1 | Company | Updated | 1 | VAT number: (empty) → 11223344 |
 * Matched on Company name = ACME Inc. → company 1; Kept: Street address Main street 456 (…)`.
 */
export function outcomeTable(rows: RowView[], t: Translate, lang = t.lang ?? 'en'): Element {
  const headings = ['row', 'entity', 'outcome', 'id', 'changes', 'reason'] as const;
  const head = h('thead', {}, [h('tr', {}, headings.map((key) => h('th', { scope: 'col' }, [t(`simulator.column.${key}`)])))]);
  const body: Element[] = [];
  for (const row of rows) {
    const rowNumber = String(row.index + 1);
    if (row.status !== 'processed') {
      body.push(h('tr', { dataStatus: row.status }, [h('td', {}, [rowNumber]), h('td', { colSpan: 5 }, [rowStatusLabel(row, t)])]));
      continue;
    }
    for (const [key, entity] of rowEntities(row)) {
      if (entity.outcome === 'none') continue;
      body.push(
        h('tr', { dataEntity: key, dataOutcome: entity.outcome }, [
          h('td', {}, [rowNumber]),
          h('td', {}, [entityLabel(key, t)]),
          h('td', {}, [outcomeLabel(entity.outcome, t)]),
          h('td', {}, [entity.id === null ? '' : String(entity.id)]),
          listCell(changeLines(entity, t)),
          explanationCell([
            ...explainEntity(key, entity, t, lang, { written: false }),
            ...explainWarnings({ ...row, warnings: row.warnings?.filter((warning) => warning.entity === key) }, t, lang),
          ]),
        ]),
      );
    }
  }
  return h('table', { className: ['signpost-merge-example__table'] }, [head, h('tbody', {}, body)]);
}
