import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderBlocks, textOf } from './render-blocks.ts';

const seeds = fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));
const seed004 = () => readFileSync(seeds + readdirSync(seeds).find((name) => name.startsWith('004_'))!, 'utf8');

describe('GitBook blocks (spec §17)', () => {
  it('renders seed 004 as an ol[data-stepper] of five steps with their headings and no tags', () => {
    const { dom, html, messages } = renderBlocks(seed004(), { page: 'nl/integraties/exact-online.md' });
    const steps = dom.querySelectorAll('ol[data-stepper] > li');
    expect(steps).toHaveLength(5);
    expect(steps.every((step) => step.querySelectorAll('h3').length === 1)).toBe(true);
    expect(html).not.toMatch(/\{%|%\}|endstep/);
    expect(dom.querySelectorAll('details summary').length).toBeGreaterThan(0);
    expect(messages).toEqual([]);
  });

  it('maps hint styles to alerts with localized titles', () => {
    const styles = ['info', 'success', 'warning', 'danger', 'weird'];
    const markdown = styles.map((style) => `{% hint style="${style}" %}\nTekst **${style}**.\n{% endhint %}`).join('\n\n') + '\n\n{% hint %}\nZonder stijl.\n{% endhint %}';
    const { dom } = renderBlocks(markdown, { page: 'da/a.md' });
    expect(dom.querySelectorAll('[data-alert]').map((a) => a.getAttribute('data-alert'))).toEqual(['note', 'tip', 'warning', 'caution', 'note', 'note']);
    expect(textOf(dom.querySelector('[data-alert=caution] [data-alert-title]'))).toBe('Forsigtig');
    expect(dom.querySelectorAll('[data-alert=warning] strong')).toHaveLength(1);
  });

  it('renders tabs with ids slugged from titles, duplicates numbered', () => {
    const markdown = '{% tabs %}\n{% tab title="Exact Online" %}\nEen.\n{% endtab %}\n\n{% tab title="Exact  online!" %}\nTwee.\n{% endtab %}\n{% tab title="Twinfield" %}\nDrie.\n{% endtab %}\n{% endtabs %}\n\nNa.';
    const { dom, messages } = renderBlocks(markdown);
    expect(dom.querySelectorAll('[data-tab]').map((p) => p.getAttribute('data-tab'))).toEqual(['exact-online', 'exact-online-2', 'twinfield']);
    expect(textOf(dom.querySelector('[data-tab-label="exact-online"]'))).toBe('Exact Online');
    expect(textOf(dom.querySelector('[data-tabs]'))).not.toContain('Na.');
    expect(messages).toEqual([]);
  });

  it('runs unclosed containers to the parent end with tab-unclosed at each opening line', () => {
    const { dom, messages } = renderBlocks('Intro.\n\n{% stepper %}\nVoor de stappen.\n\n{% step %}\nEen.\n\n{% step %}\nTwee.\n{% endstepper %}\n\n{% hint style="info" %}\nOpen.');
    expect(textOf(dom.querySelector('p'))).toBe('Intro.');
    expect(dom.querySelectorAll('ol[data-stepper] > li').map(textOf)).toEqual(['Een.', 'Twee.']);
    expect(textOf(dom.querySelector('[data-alert=note]'))).toContain('Open.');
    expect(messages.map((m) => [m.ruleId, m.line])).toEqual([['tab-unclosed', 6], ['tab-unclosed', 9], ['tab-unclosed', 13]]);
  });

  it('keeps unknown tags, stray closers and tags in code literal', () => {
    const { html, dom, messages } = renderBlocks('{% include "x" %}\n\n{% embed url="y" %}\n\n{% endhint %}\n\n`{% hint %}`\n\n```\n{% stepper %}\n```');
    expect(dom.querySelectorAll('p').map(textOf)).toEqual(['{% include "x" %}', '{% embed url="y" %}', '{% endhint %}', '{% hint %}']);
    expect(html).toContain('{% stepper %}');
    expect(messages).toEqual([]);
  });
});
