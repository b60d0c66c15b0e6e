import { describe, expect, it } from 'vitest';
import type { SiteFile } from '../../plugins/remark-docfx/lib/contracts.ts';
import { involvesOtherFiles, mergePlans, PageDependencies, pagesAffected, planReload, type PlanContext, type SiteContext } from '../../src/site/reload-plan.ts';

const file = (path: string, kind: SiteFile['kind'], extra: Partial<SiteFile> = {}): SiteFile => ({
  path,
  kind,
  lang: 'nl',
  route: kind === 'page' ? `/${path.replace(/\.md$/, '')}/` : null,
  meta: {},
  ...extra,
});

function dependencies(): PageDependencies {
  const deps = new PageDependencies();
  deps.record('nl/a.md', ['nl/includes/x.md', 'nl/includes/nested.md']);
  deps.record('nl/b.md', ['nl/includes/x.md']);
  return deps;
}
const graph = (): PlanContext => ({ deps: dependencies() });

describe('PageDependencies', () => {
  it('knows every page that read a file, and forgets a page re-rendered without it', () => {
    const deps = dependencies();
    expect(deps.pagesReading('nl/includes/x.md')).toEqual(['nl/a.md', 'nl/b.md']);
    expect(deps.pagesReading('nl/includes/nested.md')).toEqual(['nl/a.md']);
    deps.record('nl/a.md', []);
    expect(deps.pagesReading('nl/includes/x.md')).toEqual(['nl/b.md']);
    expect(deps.pagesReading('nl/includes/nested.md')).toEqual([]);
    deps.forget('nl/b.md');
    expect(deps.pagesReading('nl/includes/x.md')).toEqual([]);
  });
});

describe('planReload', () => {
  it('re-renders only the pages that read an edited include, at any depth', () => {
    const include = file('nl/includes/nested.md', 'include');
    expect(planReload(include.path, include, { ...include }, graph())).toEqual({ kind: 'pages', pages: ['nl/a.md'] });
    const shared = file('nl/includes/x.md', 'include');
    expect(planReload(shared.path, shared, { ...shared }, graph())).toEqual({ kind: 'pages', pages: ['nl/a.md', 'nl/b.md'] });
  });

  it('re-renders an edited page alone while its title, uid and route stay', () => {
    const page = file('nl/c.md', 'page', { title: 'C', uid: 'c', meta: { title: 'C', description: 'old' } });
    expect(planReload(page.path, page, { ...page, meta: { title: 'C', description: 'new' } }, graph())).toEqual({ kind: 'pages', pages: ['nl/c.md'] });
  });

  it('rescans the index when facts other pages use change, or files come and go', () => {
    const page = file('nl/c.md', 'page', { title: 'C', uid: 'c' });
    expect(planReload(page.path, page, { ...page, title: 'New title' }, graph()).kind).toBe('site');
    expect(planReload(page.path, page, { ...page, uid: 'd' }, graph()).kind).toBe('site');
    expect(planReload(page.path, page, { ...page, kind: 'stub', redirectUrl: 'https://x.test' }, graph()).kind).toBe('site');
    expect(planReload(page.path, page, { ...page, meta: { redirect_from: '/nl/old/' } }, graph()).kind).toBe('site');
    expect(planReload(page.path, undefined, page, graph())).toEqual({ kind: 'site', reason: 'nl/c.md was added' });
    expect(planReload(page.path, page, undefined, graph())).toEqual({ kind: 'site', reason: 'nl/c.md was deleted' });
  });

  it('reloads only the navigation for a toc.yml and nothing for an edited asset', () => {
    const toc = file('nl/toc.yml', 'toc');
    expect(planReload(toc.path, toc, { ...toc }, graph())).toEqual({ kind: 'navigation', toc: 'nl/toc.yml' });
    const image = file('media/x.png', 'asset', { lang: null });
    expect(planReload(image.path, image, { ...image }, graph())).toEqual({ kind: 'none' });
  });

  it('rebuilds everything for an asset that may be a code snippet source', () => {
    const snippet = file('nl/snippets/import.cs', 'asset');
    expect(planReload(snippet.path, snippet, { ...snippet }, graph())).toMatchObject({ kind: 'full' });
  });

  it('rebuilds everything for an include no render traced, unless it can look for pages naming it', () => {
    const empty = file('nl/includes/empty.md', 'include');
    expect(planReload(empty.path, empty, { ...empty }, graph())).toMatchObject({ kind: 'full' });
    // nl/c.md names the wrapper include, which names the empty one; nl/includes/x.md (read by
    // a.md and b.md) names it too; nothing names the orphan.
    const named: Record<string, string[]> = {
      'empty.md': ['nl/includes/wrapper.md', 'nl/includes/x.md'],
      'wrapper.md': ['nl/c.md'],
    };
    const context: PlanContext = {
      deps: dependencies(),
      mentions: (name) => named[name] ?? [],
      kindOf: (path) => (path.includes('/includes/') ? 'include' : 'page'),
    };
    expect(planReload(empty.path, empty, { ...empty }, context)).toEqual({ kind: 'pages', pages: ['nl/a.md', 'nl/b.md', 'nl/c.md'] });
    const orphan = file('nl/includes/orphan.md', 'include');
    expect(planReload(orphan.path, orphan, { ...orphan }, context)).toEqual({ kind: 'pages', pages: [] });
  });
});

describe('pagesAffected', () => {
  const links = new PageDependencies();
  links.record('nl/a.md', ['/nl/c/', '/nl/media/x.png']);
  links.record('nl/b.md', ['/nl/d/']);
  // Pages naming something, as their text would: b.md names new.md and its uid; a.md the uid.
  const named: Record<string, string[]> = { 'new.md': ['nl/b.md'], 'help-new': ['nl/a.md', 'nl/b.md'], 'c.md': ['nl/a.md'] };
  const context = (unresolved: string[]): SiteContext => ({
    deps: dependencies(),
    links,
    unresolved: new Set(unresolved),
    mentions: (name) => named[name] ?? [],
    kindOf: (path) => (path.includes('/includes/') ? 'include' : 'page'),
  });

  it('renders a deleted page\'s linkers and a deleted image\'s users', () => {
    expect(pagesAffected([{ path: 'nl/c.md', before: file('nl/c.md', 'page') }], context([]))).toEqual(['nl/a.md']);
    expect(pagesAffected([{ path: 'nl/media/x.png', before: file('nl/media/x.png', 'asset') }], context([]))).toEqual(['nl/a.md']);
  });

  it('renders a deleted include\'s readers', () => {
    expect(pagesAffected([{ path: 'nl/includes/x.md', before: file('nl/includes/x.md', 'include') }], context([]))).toEqual(['nl/a.md', 'nl/b.md']);
  });

  it('renders a new page and the pages with an unresolved reference that name it', () => {
    const added = file('nl/new.md', 'page', { uid: 'help-new' });
    expect(pagesAffected([{ path: 'nl/new.md', after: added }], context(['nl/b.md']))).toEqual(['nl/b.md', 'nl/new.md']);
    // a.md names the uid but resolved everything it references: its output cannot change.
    expect(pagesAffected([{ path: 'nl/new.md', after: added }], context([]))).toEqual(['nl/new.md']);
  });

  it('renders a page whose title changed and the pages linking to it', () => {
    const before = file('nl/c.md', 'page', { title: 'C' });
    expect(pagesAffected([{ path: 'nl/c.md', before, after: { ...before, title: 'Cee' } }], context(['nl/b.md']))).toEqual(['nl/a.md', 'nl/c.md']);
  });
});

describe('mergePlans', () => {
  it('unites the pages and tocs of several saves', () => {
    expect(mergePlans([{ kind: 'pages', pages: ['nl/b.md', 'nl/a.md'] }, { kind: 'navigation', toc: 'nl/toc.yml' }, { kind: 'none' }, { kind: 'pages', pages: ['nl/a.md'] }]))
      .toEqual({ pages: ['nl/a.md', 'nl/b.md'], tocs: ['nl/toc.yml'] });
  });

  it('keeps a rescan beside the pages and tocs', () => {
    expect(mergePlans([{ kind: 'pages', pages: ['nl/a.md'] }, { kind: 'site', reason: 'nl/c.md was added' }, { kind: 'site', reason: 'later' }]))
      .toEqual({ site: 'nl/c.md was added', pages: ['nl/a.md'], tocs: [] });
  });

  it('lets one full rebuild win', () => {
    expect(mergePlans([{ kind: 'pages', pages: ['nl/a.md'] }, { kind: 'full', reason: 'nl/new.md was added' }])).toEqual({ full: 'nl/new.md was added', pages: [], tocs: [] });
  });
});

describe('involvesOtherFiles', () => {
  it('is true for duplicate uids and route collisions only', () => {
    expect(involvesOtherFiles([{ ruleId: 'uid-duplicate' }])).toBe(true);
    expect(involvesOtherFiles([{ ruleId: 'route-collision' }])).toBe(true);
    expect(involvesOtherFiles([{ ruleId: 'frontmatter-invalid' }, { ruleId: 'language-mismatch' }])).toBe(false);
  });
});
