/**
 * The dev loader's incremental model (src/site/live-site.ts) on a small tree rendered by the
 * portal's own processor: a save re-renders the pages that depend on the saved file and no
 * others, the result equals a fresh full build, and changes other pages depend on ask for a
 * full rebuild.
 */
import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { SiteFile } from '../../plugins/remark-docfx/lib/contracts.ts';
import { loadSite } from '../../plugins/remark-docfx/lib/site-index.ts';
import { loadToc } from '../../plugins/remark-docfx/lib/toc.ts';
import { LiveSite, toLiveBody, type LiveUpdate, type RendererFactory } from '../../src/site/live-site.ts';
import { markdownOptions } from '../../src/site/markdown-options.ts';
import { rendererFrom, type ProcessorLike } from '../../src/site/renderer.ts';
import type { BuiltRoute, SiteModel } from '../../src/site/site-model.ts';
import { writeContentTree } from '../e2e/support/fixture-site.ts';

const page = (title: string, body: string, extra = '') => `---\ntitle: ${title}\nuid: live-${title.toLowerCase().replace(/\W+/g, '-')}\n${extra}---\n\n# ${title}\n\n${body}\n`;
const FILES: Record<string, string> = {
  'nl/boek/toc.yml': 'items:\n  - name: Gids\n    href: ../gids/\n',
  'nl/gids/toc.yml': 'items:\n  - name: Importeren\n    href: importeren.md\n',
  'nl/gids/importeren.md': page('Importeren', '[!include[stap](includes/stap.md)]'),
  'nl/gids/via-omweg.md': page('Via omweg', '[!include[omweg](includes/omweg.md)]'),
  'nl/gids/los.md': page('Los', 'Geen ingevoegde tekst.'),
  'nl/andere/pagina.md': page('Andere pagina', 'In geen enkele toc.'),
  'nl/gids/leeg-gebruikt.md': page('Leeg gebruikt', 'Voor.\n\n[!include[leeg](includes/leeg.md)]\n\nNa.'),
  'nl/gids/includes/stap.md': 'Oude stap.\n',
  // An include that only includes another leaves no node of its own in the page.
  'nl/gids/includes/omweg.md': '[!include[stap](stap.md)]\n',
  'nl/gids/includes/leeg.md': '',
  'nl/gids/includes/ongebruikt.md': 'Door niemand ingevoegd.\n',
};

let roots: string[] = [];
afterEach(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
  roots = [];
});

/** Renderers like the dev loader's (the portal's processor), recording which pages they render. */
function rendererFactory(rendered: string[] = []): RendererFactory {
  return async (site) => {
    const render = await rendererFrom(unified(markdownOptions({ contentRoot: site.root, base: '/', docfx: true })) as unknown as ProcessorLike, site, { syntaxHighlight: false });
    return async (file: SiteFile, text: string) => {
      rendered.push(file.path);
      return toLiveBody(await render(text, pathToFileURL(`${site.root}${sep}${file.path.split('/').join(sep)}`), { ...file.meta }), file, site.root);
    };
  };
}

/** A LiveSite on a fresh copy of `FILES` (or on `root`), counting renders after the first build. */
async function liveTree(root = writeContentTree(FILES)) {
  roots.push(root);
  const rendered: string[] = [];
  const { live, model } = await LiveSite.build(loadSite(root), rendererFactory(rendered), loadToc);
  rendered.length = 0;
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  return { root, live, model, rendered, write };
}

/** The model a full build of `root` makes. */
async function fullBuild(root: string): Promise<SiteModel> {
  return (await LiveSite.build(loadSite(root), rendererFactory(), loadToc)).model;
}

/** The model after `update`, applied to `model` as the loader applies it to the store. */
function applied(model: SiteModel, update: LiveUpdate): SiteModel {
  const routes = byRoute(model.routes);
  for (const route of update.routes) routes.set(route.data.route, route);
  for (const route of update.removedRoutes) routes.delete(route);
  const navigation = new Map(model.navigation.map((nav) => [nav.file, nav]));
  for (const nav of update.navigation) navigation.set(nav.file, nav);
  for (const id of update.removedNavigation) navigation.delete(id);
  return { routes: [...routes.values()], navigation: [...navigation.values()], messages: [] };
}

/** Asserts that `model` has the routes and sidebars of a fresh full build of `root`. */
async function expectFullBuildOf(root: string, model: SiteModel): Promise<void> {
  const fresh = await fullBuild(root);
  expect(byRoute(model.routes)).toEqual(byRoute(fresh.routes));
  expect(new Map(model.navigation.map((nav) => [nav.file, nav]))).toEqual(new Map(fresh.navigation.map((nav) => [nav.file, nav])));
}

const byRoute = (routes: BuiltRoute[]) => new Map(routes.map((route) => [route.data.route, route]));

describe('LiveSite.update', () => {
  it('renders a page open in a browser first and shows it before rendering the other readers', async () => {
    const tree = await liveTree();
    tree.write('nl/gids/includes/stap.md', 'Nieuwe stap.\n');
    const shown: string[] = [];
    const update = await tree.live.update(['nl/gids/includes/stap.md'], {
      isOpen: (route) => route === '/nl/gids/via-omweg/',
      show: (route) => shown.push(`${route.data.route} after ${tree.rendered.length} render(s): ${route.html.includes('Nieuwe stap.')}`),
    });
    expect(shown).toEqual(['/nl/gids/via-omweg/ after 1 render(s): true']);
    expect(tree.rendered).toEqual(['nl/gids/via-omweg.md', 'nl/gids/importeren.md']);
    expect(update.rendered).toEqual(['nl/gids/importeren.md', 'nl/gids/via-omweg.md']);
  });

  it('re-renders exactly the pages that include a saved include, at any depth', async () => {
    const tree = await liveTree();
    tree.write('nl/gids/includes/stap.md', 'Nieuwe stap.\n');
    const update = await tree.live.update(['nl/gids/includes/stap.md']);
    expect(update.full).toBeUndefined();
    expect(update.rendered).toEqual(['nl/gids/importeren.md', 'nl/gids/via-omweg.md']);
    expect(tree.rendered.sort()).toEqual(['nl/gids/importeren.md', 'nl/gids/via-omweg.md']);
    const routes = byRoute(update.routes);
    expect(routes.get('/nl/gids/importeren/')?.html).toContain('Nieuwe stap.');
    expect(routes.get('/nl/gids/via-omweg/')?.html).toContain('Nieuwe stap.');
    expect(routes.has('/nl/gids/los/')).toBe(false);
  });

  it('never serves an include from its cache after a save, even with an unchanged modification time', async () => {
    const include = 'nl/gids/includes/stap.md';
    const sameTime = new Date('2026-01-01T12:00:00Z');
    const root = writeContentTree(FILES);
    utimesSync(join(root, include), sameTime, sameTime);
    const tree = await liveTree(root);
    tree.write(include, 'Zelfde tijd.\n');
    utimesSync(join(tree.root, include), sameTime, sameTime);
    const update = await tree.live.update([include]);
    expect(byRoute(update.routes).get('/nl/gids/importeren/')?.html).toContain('Zelfde tijd.');
  });

  it('finds the pages using an include that renders to nothing by the pages naming it', async () => {
    const tree = await liveTree();
    tree.write('nl/gids/includes/leeg.md', 'Nu met tekst.\n');
    const update = await tree.live.update(['nl/gids/includes/leeg.md']);
    expect(update.rendered).toEqual(['nl/gids/leeg-gebruikt.md']);
    expect(byRoute(update.routes).get('/nl/gids/leeg-gebruikt/')?.html).toContain('Nu met tekst.');
    tree.write('nl/gids/includes/ongebruikt.md', 'Nog steeds door niemand ingevoegd.\n');
    expect((await tree.live.update(['nl/gids/includes/ongebruikt.md'])).rendered).toEqual([]);
  });

  it('re-renders an edited page alone, with its new front matter and problems', async () => {
    const tree = await liveTree();
    tree.write('nl/gids/los.md', page('Los', 'Zie [weg](bestaat-niet.md).', 'description: Nieuwe samenvatting\n'));
    const update = await tree.live.update(['nl/gids/los.md']);
    expect(update.rendered).toEqual(['nl/gids/los.md']);
    const data = byRoute(update.routes).get('/nl/gids/los/')?.data;
    expect(data?.description).toBe('Nieuwe samenvatting');
    expect(data?.messages.map((m) => `${m.file}:${m.line} ${m.ruleId}`)).toEqual(['nl/gids/los.md:9 link-broken']);
  });

  it('shows a landing page\'s new title in the folder sidebar that lists it', async () => {
    const landing = (title: string) => `### YamlMime:Landing\ntitle: ${title}\nlandingContent: []\n`;
    const root = writeContentTree({ ...FILES, 'nl/andere/sub/index.yml': landing('Oude landing') });
    const tree = await liveTree(root);
    tree.write('nl/andere/sub/index.yml', landing('Nieuwe landing'));
    const update = await tree.live.update(['nl/andere/sub/index.yml']);
    expect(update.rendered).toEqual(['nl/andere/sub/index.yml']);
    expect(JSON.stringify(update.navigation.find((nav) => nav.file === 'folder:nl/andere'))).toContain('Nieuwe landing');
    await expectFullBuildOf(tree.root, applied(tree.model, update));
  });

  it('reports broken front matter of a saved page with the right line', async () => {
    const tree = await liveTree();
    tree.write('nl/gids/los.md', '---\ntitle: Los\nuid: live-los\ndate: gisteren\n---\n\n# Los\n');
    const update = await tree.live.update(['nl/gids/los.md']);
    expect(update.full).toBeUndefined();
    expect(byRoute(update.routes).get('/nl/gids/los/')?.data.messages.map((m) => `${m.line} ${m.ruleId}`)).toEqual(['4 frontmatter-invalid']);
  });

  it('reloads a saved toc.yml and the tree nesting it, and moves pages in and out of its sidebar', async () => {
    const tree = await liveTree();
    const sidebarOf = (routes: BuiltRoute[]) => byRoute(routes).get('/nl/andere/pagina/')?.data.sidebar;
    expect(sidebarOf(tree.model.routes)).toBe('folder:nl/andere');
    const listed = 'items:\n  - name: Importeren\n    href: importeren.md\n  - name: Van elders\n    href: ../andere/pagina.md\n';
    tree.write('nl/gids/toc.yml', listed);
    const added = await tree.live.update(['nl/gids/toc.yml']);
    expect(added.rendered).toEqual([]);
    expect(added.tocs).toEqual(['nl/boek/toc.yml', 'nl/gids/toc.yml']);
    expect(JSON.stringify(added.navigation.find((nav) => nav.file === 'nl/boek/toc.yml'))).toContain('Van elders');
    expect(sidebarOf(added.routes)).toBe('nl/boek/toc.yml');
    expect(added.removedNavigation).toEqual(['folder:nl/andere']);

    tree.write('nl/gids/toc.yml', FILES['nl/gids/toc.yml']);
    const removed = await tree.live.update(['nl/gids/toc.yml']);
    expect(sidebarOf(removed.routes)).toBe('folder:nl/andere');
    expect(removed.navigation.map((nav) => nav.file)).toContain('folder:nl/andere');
  });

  it('ends where a full build of the saved tree ends', async () => {
    const tree = await liveTree();
    tree.write('nl/gids/includes/stap.md', 'Derde versie.\n');
    tree.write('nl/gids/los.md', page('Los', 'Andere tekst.', 'keywords: a, b\n'));
    tree.write('nl/gids/toc.yml', 'items:\n  - name: Los\n    href: los.md\n  - name: Andere\n    href: ../andere/pagina.md\n');
    const update = await tree.live.update(['nl/gids/includes/stap.md', 'nl/gids/los.md', 'nl/gids/toc.yml']);
    expect(update.full).toBeUndefined();
    expect(update.rescanned).toBeUndefined();
    await expectFullBuildOf(tree.root, applied(tree.model, update));
  });

  it('renders a new page and the pages whose broken link it mends, and no other', async () => {
    const tree = await liveTree();
    tree.write('nl/gids/los.md', page('Los', 'Zie [later](later.md).'));
    await tree.live.update(['nl/gids/los.md']);
    tree.rendered.length = 0;
    tree.write('nl/gids/later.md', page('Later', 'Nu bestaat hij.'));
    const update = await tree.live.update(['nl/gids/later.md']);
    expect(update.full).toBeUndefined();
    expect(update.rescanned).toBe('nl/gids/later.md was added');
    expect(update.rendered).toEqual(['nl/gids/later.md', 'nl/gids/los.md']);
    expect(tree.rendered.sort()).toEqual(['nl/gids/later.md', 'nl/gids/los.md']);
    expect(byRoute(update.routes).get('/nl/gids/los/')?.html).toContain('href="/nl/gids/later/"');
    const model = applied(tree.model, update);
    await expectFullBuildOf(tree.root, model);
  });

  it('renders the pages linking to a deleted page, which now report the broken link', async () => {
    const tree = await liveTree();
    tree.write('nl/gids/los.md', page('Los', 'Zie <xref:live-importeren> en [de omweg](via-omweg.md).'));
    await tree.live.update(['nl/gids/los.md']);
    rmSync(join(tree.root, 'nl/gids/via-omweg.md'));
    const update = await tree.live.update(['nl/gids/via-omweg.md']);
    expect(update.rendered).toEqual(['nl/gids/los.md']);
    expect(update.removedRoutes).toEqual(['/nl/gids/via-omweg/']);
    expect(byRoute(update.routes).get('/nl/gids/los/')?.data.messages.map((m) => m.ruleId)).toEqual(['link-broken']);
  });

  it('renders the pages showing a renamed title, and follows a moved uid', async () => {
    const tree = await liveTree();
    tree.write('nl/gids/los.md', page('Los', 'Zie <xref:live-importeren>.'));
    let model = applied(tree.model, await tree.live.update(['nl/gids/los.md']));
    tree.write('nl/gids/importeren.md', page('Importeren', '[!include[stap](includes/stap.md)]').replace('title: Importeren', 'title: Gegevens importeren'));
    const renamed = await tree.live.update(['nl/gids/importeren.md']);
    expect(renamed.rendered).toEqual(['nl/gids/importeren.md', 'nl/gids/los.md']);
    expect(byRoute(renamed.routes).get('/nl/gids/los/')?.html).toContain('>Gegevens importeren</a>');
    model = applied(model, renamed);
    // The uid moves to another page: the xref follows it.
    tree.write('nl/gids/importeren.md', page('Importeren', 'Tekst.').replace('uid: live-importeren', 'uid: live-elders'));
    tree.write('nl/andere/pagina.md', page('Andere pagina', 'Tekst.').replace('uid: live-andere-pagina', 'uid: live-importeren'));
    const moved = await tree.live.update(['nl/andere/pagina.md', 'nl/gids/importeren.md']);
    expect(byRoute(moved.routes).get('/nl/gids/los/')?.html).toContain('href="/nl/andere/pagina/"');
    await expectFullBuildOf(tree.root, applied(model, moved));
  });

  it('keeps duplicate uids and route collisions as a full build reports them', async () => {
    const tree = await liveTree();
    tree.write('nl/gids/los.md', page('Los', 'Tekst.').replace('uid: live-los', 'uid: live-importeren'));
    let model = applied(tree.model, await tree.live.update(['nl/gids/los.md']));
    // Rendered while the duplicate exists, so its last render reports it.
    tree.write('nl/gids/importeren.md', page('Importeren', 'Nieuwe tekst.'));
    model = applied(model, await tree.live.update(['nl/gids/importeren.md']));
    tree.write('nl/gids/los/index.md', page('Los als map', 'Tekst.'));
    model = applied(model, await tree.live.update(['nl/gids/los/index.md']));
    await expectFullBuildOf(tree.root, model);
    tree.write('nl/gids/los.md', page('Los', 'Tekst.'));
    rmSync(join(tree.root, 'nl/gids/los/index.md'));
    model = applied(model, await tree.live.update(['nl/gids/los.md', 'nl/gids/los/index.md']));
    await expectFullBuildOf(tree.root, model);
  });

  it('rebuilds everything only for a file that may be a code snippet source', async () => {
    const tree = await liveTree();
    tree.write('nl/gids/voorbeeld.cs', 'class A {}\n');
    expect((await tree.live.update(['nl/gids/voorbeeld.cs'])).full).toMatch(/code snippet/);
    tree.write('nl/gids/plaatje.png', 'png');
    expect((await tree.live.update(['nl/gids/plaatje.png'])).full).toBeUndefined();
  });

  it('treats a deleted folder as its files', async () => {
    const tree = await liveTree();
    rmSync(join(tree.root, 'nl/gids/includes'), { recursive: true });
    const update = await tree.live.update(['nl/gids/includes']);
    expect(update.rescanned).toMatch(/was deleted/);
    expect(update.rendered).toEqual(['nl/gids/importeren.md', 'nl/gids/leeg-gebruikt.md', 'nl/gids/via-omweg.md']);
    await expectFullBuildOf(tree.root, applied(tree.model, update));
  });
});

describe('LiveSite.update after any sequence of saves', () => {
  const PAGES = ['nl/gids/importeren.md', 'nl/gids/los.md', 'nl/gids/via-omweg.md', 'nl/andere/pagina.md', 'nl/gids/nieuw.md'];
  const INCLUDES = ['nl/gids/includes/stap.md', 'nl/gids/includes/omweg.md', 'nl/gids/includes/leeg.md'];
  const BODIES = [
    'Gewone tekst.',
    '[!include[stap](includes/stap.md)]',
    '[!include[omweg](../gids/includes/omweg.md)]',
    'Zie [de andere](../andere/pagina.md) en [los](../gids/los.md).',
    'Zie <xref:live-importeren> en <xref:live-nieuw>.',
    'Zie [nieuw](../gids/nieuw.md).',
  ];
  const INCLUDE_TEXTS = ['Stap in tekst.\n', '[!include[stap](stap.md)]\n', '', 'Zie [importeren](../importeren.md).\n'];
  const save = fc.oneof(
    fc.record({ kind: fc.constant('page' as const), path: fc.constantFrom(...PAGES), body: fc.constantFrom(...BODIES), title: fc.constantFrom('A', 'B'), uid: fc.constantFrom('eigen', 'live-importeren', 'live-nieuw') }),
    fc.record({ kind: fc.constant('include' as const), path: fc.constantFrom(...INCLUDES), text: fc.constantFrom(...INCLUDE_TEXTS) }),
    fc.record({ kind: fc.constant('delete' as const), path: fc.constantFrom(...PAGES, ...INCLUDES) }),
    fc.record({ kind: fc.constant('toc' as const), listed: fc.subarray(PAGES) }),
  );

  it('ends where a full build of the saved tree ends', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(save, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 }), async (batches) => {
        const root = writeContentTree(FILES);
        const factory = rendererFactory();
        let { live, model } = await LiveSite.build(loadSite(root), factory, loadToc);
        for (const batch of batches) {
          const paths: string[] = [];
          for (const step of batch) {
            const path = step.kind === 'toc' ? 'nl/gids/toc.yml' : step.path;
            paths.push(path);
            mkdirSync(dirname(join(root, path)), { recursive: true });
            if (step.kind === 'delete') rmSync(join(root, path), { force: true });
            else if (step.kind === 'include') writeFileSync(join(root, path), step.text);
            else if (step.kind === 'toc') writeFileSync(join(root, path), `items:\n${step.listed.map((page) => `  - name: ${page}\n    href: ${relative('nl/gids', page)}\n`).join('')}`);
            else {
              const uid = step.uid === 'eigen' ? `live-${step.path.replace(/\W+/g, '-')}` : step.uid;
              writeFileSync(join(root, path), `---\ntitle: ${step.title}\nuid: ${uid}\n---\n\n# ${step.title}\n\n${step.body.replaceAll('../gids/', relative(dirname(path), 'nl/gids') + '/').replaceAll('../andere/', relative(dirname(path), 'nl/andere') + '/')}\n`);
            }
          }
          const update = await live.update(paths);
          if (update.full) ({ live, model } = await LiveSite.build(loadSite(root), factory, loadToc));
          else model = applied(model, update);
          await expectFullBuildOf(root, model);
        }
        rmSync(root, { recursive: true, force: true });
      }),
      { numRuns: Number(process.env.LIVE_RUNS ?? 25) },
    );
  }, 120_000);
});
