/**
 * Builds the fixture content tree once (nl/da/en, stub, redirect_from, toc, include, collision,
 * broken pages) and checks the built files: routes, redirects, languages, 404s, diagnostics.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_FILES } from '../e2e/support/fixture-content.ts';
import { buildSite, writeContentTree, type BuiltSite } from '../e2e/support/fixture-site.ts';

let built: BuiltSite;
const file = (route: string) => join(built.outDir, route.replace(/^\//, ''), route.endsWith('/') ? 'index.html' : '');
const html = (route: string) => readFileSync(file(route), 'utf8');

beforeAll(async () => {
  built = await buildSite({ contentRoot: writeContentTree(FIXTURE_FILES) });
}, 300_000);

describe('routes', () => {
  it('builds without failing on broken pages', () => {
    expect(built.status, built.output).toBe(0);
  });

  it('serves every page at its route, lower-cased', () => {
    for (const route of ['/nl/', '/nl/gids/', '/nl/gids/importeren/', '/da/guide/import/', '/en/gids/importeren/', '/nl/gids/kapot/']) {
      expect(existsSync(file(route)), route).toBe(true);
    }
  });

  it('builds no page for include files', () => {
    expect(existsSync(file('/nl/gids/includes/stappen/'))).toBe(false);
  });

  it('resolves the collision: the content page wins over the stub', () => {
    const page = html('/nl/gids/botsing/');
    expect(page).toContain('De pagina wint.');
    expect(page).not.toContain('data-redirect');
    expect(built.output).toMatch(/nl\/gids\/botsing\/index\.md:1:1 route-collision /);
  });

  it('writes llms.txt per language and a Markdown twin beside each page', () => {
    const llms = readFileSync(join(built.outDir, 'nl/llms.txt'), 'utf8');
    expect(llms).toMatch(/^# /);
    expect(llms).toContain('/nl/gids/importeren/)');
    const twin = readFileSync(join(built.outDir, 'nl/gids/importeren/index.md'), 'utf8');
    expect(twin).toMatch(/^# /m);
    expect(twin).not.toContain('[!include');
  });

  it('copies assets with their path', () => {
    expect(readFileSync(join(built.outDir, 'media/logo.svg'), 'utf8')).toContain('<svg');
  });

  it('generates a home for a language without index page when needed and keeps index.md homes', () => {
    expect(html('/da/')).toContain('Velkommen');
  });
});

describe('redirects', () => {
  it('turns a stub into a redirect page with refresh, canonical and a visible link', () => {
    const stub = html('/nl/verhuisd/');
    expect(stub).toContain('<meta http-equiv="refresh" content="0; url=https://example.com/nieuw">');
    expect(stub).toContain('<link rel="canonical" href="https://example.com/nieuw">');
    expect(stub).toMatch(/<a href="https:\/\/example.com\/nieuw">/);
    expect(stub).not.toContain('data-pagefind-body');
  });

  it('emits a redirect page for redirect_from', () => {
    const old = html('/nl/oud/importeren/');
    expect(old).toContain('url=/nl/gids/importeren/');
    expect(old).toContain('data-redirect="/nl/gids/importeren/"');
  });
});

describe('languages', () => {
  it('sets <html lang> from the language folder', () => {
    expect(html('/nl/gids/')).toMatch(/<html lang="nl"/);
    expect(html('/da/guide/')).toMatch(/<html lang="da"/);
    expect(html('/en/gids/importeren/')).toMatch(/<html lang="en"/);
  });

  it('links translations with hreflang: same path and uid convention', () => {
    const page = html('/nl/gids/importeren/');
    expect(page).toContain('hreflang="en" href="http://localhost:4321/en/gids/importeren/"');
    expect(page).toContain('hreflang="da" href="http://localhost:4321/da/guide/import/"');
  });

  it('sends the switch of an untranslated page to the nearest ancestor, marked', () => {
    const page = html('/nl/gids/alleen-nl/');
    expect(page).toMatch(/href="\/da\/#sp-untranslated"[^>]*hreflang="da"/);
    expect(page).not.toContain('rel="alternate" hreflang="da"');
    expect(html('/da/')).toContain('id="sp-untranslated"');
  });

  it('has a localized 404 page per language and a site 404', () => {
    expect(html('/nl/404/')).toContain('Pagina niet gevonden');
    expect(html('/da/404/')).toContain('Siden blev ikke fundet');
    expect(readFileSync(join(built.outDir, '404.html'), 'utf8')).toContain('Page not found');
  });
});

describe('other locales and landing pages', () => {
  it('builds a held-out locale with a shipped catalogue (de) in its own words and lang', () => {
    const de = html('/de/');
    expect(de).toMatch(/<html lang="de"/);
    expect(de).toContain('Zum Inhalt springen');
    expect(html('/nl/gids/')).toMatch(/hreflang="de"[^>]*>Deutsch</);
  });

  it('renders an index.yml landing page as cards with resolved links', () => {
    const landing = html('/nl/overzicht/');
    expect(landing).toContain('Overzicht van de hulp');
    expect(landing).toContain('href="/nl/gids/importeren/"');
    expect(landing).toContain('data-link-broken');
    expect(built.output).toMatch(/^nl\/overzicht\/index\.yml:\d+:\d+ link-broken /m);
  });
});

describe('page chrome', () => {
  it('marks the current page in the sidebar and opens the toc order previous/next', () => {
    const page = html('/nl/gids/importeren/');
    expect(page).toMatch(/aria-current="page"[^>]*>Bestanden importeren|href="\/nl\/gids\/importeren\/" aria-current="page"/);
    expect(page).toMatch(/rel="prev" href="\/nl\/gids\/"/);
    expect(page).toMatch(/rel="next" href="\/nl\/gids\/alleen-nl\/"/);
  });

  it('shows the localized last-updated date', () => {
    expect(html('/nl/gids/')).toContain('<time datetime="2024-03-14">14 maart 2024</time>');
  });

  it('lists on-this-page headings', () => {
    expect(html('/nl/gids/')).toMatch(/Op deze pagina[\s\S]*href="#eerste-stap"/);
  });

  it('excludes pages with index: false from search', () => {
    expect(html('/nl/verborgen/')).not.toContain('data-pagefind-body');
    expect(html('/nl/gids/')).toContain('data-pagefind-body');
  });
});

describe('bad input', () => {
  it('still builds a page with broken front matter and a missing include, showing readers a notice, not writers\' diagnostics', () => {
    const page = html('/nl/gids/kapot/');
    expect(page).toContain('Kapotte kop');
    expect(page).toMatch(/<div data-include-error="missing" class="sp-unavailable" data-pagefind-ignore>Dit deel van de pagina is niet beschikbaar\.<\/div>/);
    expect(page).not.toContain('class="sp-problems"');
    expect(page).not.toContain('sp-article--problems');
    expect(page).not.toContain('data-dev-diagnostics');
  });

  it('prints each diagnostic once as path:line:col ruleId message', () => {
    const lines = built.output.split('\n').filter((l) => /^nl\/gids\/kapot\.md:\d+:\d+ /.test(l));
    expect(lines.some((l) => /^nl\/gids\/kapot\.md:1:1 frontmatter-invalid /.test(l))).toBe(true);
    expect(lines.some((l) => /^nl\/gids\/kapot\.md:7:\d+ include-missing /.test(l))).toBe(true);
    expect(new Set(lines).size).toBe(lines.length);
  });
});

describe('JavaScript budget', () => {
  it('loads at most 15 KB (gzip) of JavaScript on a page without a simulator', async () => {
    const { measureJs } = await import('../e2e/support/js-weight.ts');
    const weight = measureJs(built.outDir, file('/nl/gids/importeren/'));
    expect(weight.files.length).toBeGreaterThan(0);
    expect(weight.gzipBytes).toBeLessThanOrEqual(15 * 1024);
  });
});

describe('client scripts', () => {
  it('loads the tabs script only on pages with tab groups', () => {
    expect(html('/nl/tabbladen/')).toContain('data-tabs');
    // Small scripts are inlined by Astro: look for the tabs code itself.
    const tabsCode = /<script type="module">[^<]*data-tab-label/;
    expect(html('/nl/tabbladen/')).toMatch(tabsCode);
    expect(html('/nl/gids/')).not.toMatch(tabsCode);
  });
});
