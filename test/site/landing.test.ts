/**
 * Landing cards (src/site/landing.ts, spec §18.2): card URLs resolve like Markdown links,
 * `x.md#anchor` included.
 */
import { describe, expect, it } from 'vitest';
import { loadSite, renderLanding } from '../../plugins/remark-docfx/index.ts';
import { writeContentTree } from '../e2e/support/fixture-site.ts';

const landing = `### YamlMime:Landing
title: Beheer
summary: Alles over beheer
landingContent:
  - title: Voorkeuren
    linkLists:
      - linkListType: how-to-guide
        links:
          - text: Globale voorkeuren
            url: preferences/index.md#global
          - text: Lijsten
            url: ../company/lists.md#relation
          - text: Website
            url: https://example.com/x#y
          - text: Weg
            url: gone.md#x
`;

describe('renderLanding', () => {
  const root = writeContentTree({
    'nl/admin/index.yml': landing,
    'nl/admin/preferences/index.md': '# Voorkeuren\n\n## Globaal {#global}\n',
    'nl/company/lists.md': '# Lijsten\n',
  });
  const rendered = renderLanding(loadSite(root), 'nl/admin/index.yml', landing);

  it('links a card URL with an anchor to the page route plus the anchor', () => {
    expect(rendered.html).toContain('<a href="/nl/admin/preferences/#global">Globale voorkeuren</a>');
    expect(rendered.html).toContain('<a href="/nl/company/lists/#relation">Lijsten</a>');
    expect(rendered.html).toContain('<a href="https://example.com/x#y">Website</a>');
  });

  it('keeps the text of a card whose page does not exist, with one link-broken', () => {
    expect(rendered.html).toContain('<span data-link-broken="">Weg</span>');
    expect(rendered.messages.map((message) => message.ruleId)).toEqual(['link-broken']);
  });
});
