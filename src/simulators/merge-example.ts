/**
 * `:::merge-example{…}` — a worked import example computed at build time by the engine, so a
 * help page can never contradict the rules (issue 5). Register it with the DocFX plugin:
 * `remarkDocfx({ directives: { 'merge-example': mergeExample } })`.
 *
 * Content: an optional caption paragraph, then two GFM tables — "in the CRM now" and "in the
 * import file" (syntax in ./README.md). Output: `<figure data-merge-example>` with the caption,
 * the two input tables and the localized outcome table. Problems are reported through
 * `ctx.reportPortal('signpost-directive-invalid', …)` and shown as `data-merge-example-error`.
 */
import type { RootContent, Table } from 'mdast';
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import type { Element } from 'hast';
import { toString } from 'mdast-util-to-string';
import type { DirectiveHandler, DocfxContext } from '../../plugins/remark-docfx/index.ts';
import { simulate } from '../engine/index.ts';
import { attributesToPreset } from './directive-attributes.ts';
import { buildEngineInput } from './engine-input.ts';
import { invalidColumns, tableToText, type TextTable } from './example-tables.ts';
import { translatorFor } from './catalogues.ts';
import type { Translate } from './messages.ts';
import { h, outcomeTable } from './outcome-table.ts';
import type { OutputView } from './output-view.ts';
import { withCreatedPrivacy } from './person-privacy-view.ts';
import { withPrivacyLists } from './privacy-lists.ts';

/** The engine call the handler uses (injected in `createMergeExampleHandler` for tests). */
export type Simulate = (input: unknown) => OutputView;

/** An mdast node that mdast-util-to-hast turns into exactly `element`. */
function hastBlock(element: Element, position: RootContent['position']): RootContent {
  return {
    type: 'paragraph',
    children: [],
    position,
    data: { hName: element.tagName, hProperties: element.properties, hChildren: element.children },
  } as RootContent;
}

function inputTable(table: TextTable, caption: string): Element {
  return h('table', { className: ['signpost-merge-example__input'] }, [
    h('caption', {}, [caption]),
    h('thead', {}, [h('tr', {}, table.columns.map((column) => h('th', { scope: 'col' }, [h('code', {}, [column])])))]),
    h('tbody', {}, table.rows.map((cells) => h('tr', {}, cells.map((cell) => h('td', {}, [cell]))))),
  ]);
}

/** Checks the directive's content; returns the caption and both tables, or the reason it cannot. */
function readContent(node: ContainerDirective | LeafDirective): { caption: string; existing: TextTable; imported: TextTable } | string {
  if (node.type !== 'containerDirective') return 'Cannot use `::merge-example` as a leaf directive; write `:::merge-example` … `:::` around two tables';
  const tables = node.children.filter((child): child is Table => child.type === 'table');
  if (tables.length !== 2) return `Expected two tables (in the CRM now, in the import file), found ${tables.length}`;
  const firstTable = node.children.indexOf(tables[0]);
  const caption = node.children.slice(0, firstTable).map((child) => toString(child)).join(' ').trim();
  const [existing, imported] = tables.map(tableToText);
  for (const [label, table] of [['first', existing], ['second', imported]] as const) {
    const bad = invalidColumns(table);
    if (bad.length) return `Unexpected column \`${bad[0].column}\` in the ${label} table; columns are engine field ids such as \`company.name\``;
  }
  return { caption, existing, imported };
}

function errorBlock(node: ContainerDirective | LeafDirective, ctx: DocfxContext, t: Translate, reason: string): RootContent[] {
  ctx.reportPortal('signpost-directive-invalid', `Cannot render \`:::merge-example\`: ${reason}`, node);
  const element = h('div', { dataMergeExampleError: '', role: 'note' }, [t('simulator.mergeExample.error', { reason })]);
  return [hastBlock(element, node.position)];
}

/**
 * Builds a `:::merge-example` handler around `run` (the engine's `simulate`).
 * Example: `createMergeExampleHandler(simulate)(node, ctx)` → `[<figure data-merge-example>]`.
 */
export function createMergeExampleHandler(run: Simulate): DirectiveHandler {
  return (node, ctx) => {
    const t = translatorFor(ctx.lang);
    const { preset, issues } = attributesToPreset(node.attributes ?? {});
    if (issues.length) return errorBlock(node, ctx, t, issues.map((issue) => issue.message).join('; '));
    const content = readContent(node);
    if (typeof content === 'string') return errorBlock(node, ctx, t, content);
    const attributeNames = Object.keys(node.attributes ?? {}).map((name) => name.toLowerCase());
    if (!content.imported.columns.some((column) => column.startsWith('person.')) && !attributeNames.includes('person-match')) {
      // A companies-only example: without person columns the writer means "no contacts"
      // (None - do not import contact), not "refuse because no contact name is mapped".
      (preset.settings.person as Record<string, unknown>).match = 'none';
    }
    // The page language's privacy lists, as the island has them, so both show the same privacy.
    const input = buildEngineInput(withPrivacyLists(preset, ctx.lang), content.existing, content.imported);
    let output: OutputView;
    try {
      output = withCreatedPrivacy(run(input));
    } catch (error) {
      return errorBlock(node, ctx, t, `the engine failed (${error instanceof Error ? error.message : String(error)})`);
    }
    if (!output.ok) {
      const codes = output.errors.map((error) => [error.code, error.field ?? error.setting ?? error.entity].filter(Boolean).join(' ')).join(', ');
      return errorBlock(node, ctx, t, t('simulator.mergeExample.invalid', { codes }));
    }
    const figure = h('figure', { dataMergeExample: '', className: ['signpost-merge-example'] }, [
      h('figcaption', {}, [content.caption || t('simulator.mergeExample.caption')]),
      inputTable(content.existing, t('simulator.table.existing')),
      inputTable(content.imported, t('simulator.table.import')),
      outcomeTable(output.rows, t, ctx.lang),
    ]);
    return [hastBlock(figure, node.position)];
  };
}

/** The `:::merge-example` handler bound to the import engine. */
export const mergeExample: DirectiveHandler = createMergeExampleHandler(simulate as unknown as Simulate);
