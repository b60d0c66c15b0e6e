/**
 * The body of a redirect stub (spec §4): exactly one element with `data-redirect` holding a
 * link to the target, excluded from search indexing.
 */
import type { RootContent } from 'mdast';
import { createBlock } from './block-types.ts';

/**
 * Build the redirect element for `url`.
 * @example redirectElement('https://x.test/a') // → <div data-redirect="https://x.test/a" data-pagefind-ignore="all"><a href="https://x.test/a">https://x.test/a</a></div>
 */
export function redirectElement(url: string): RootContent {
  return createBlock('div', { dataRedirect: url, dataPagefindIgnore: 'all' }, [
    { type: 'link', url, title: null, children: [{ type: 'text', value: url }] },
  ]);
}
