import { describe, expect, it } from 'vitest';
import { detectLanguage, MIN_WORDS } from '../../src/translations/detect-language.ts';
import { markdownToPlainText } from '../../src/translations/plain-text.ts';

const DUTCH = 'Klik op de knop Opslaan om de wijzigingen te bewaren. Daarna sluit u het venster en gaat u verder met de volgende stap van de import.';
const DANISH = 'Klik på knappen Gem for at gemme ændringerne. Derefter lukker du vinduet og fortsætter med det næste trin i importen af dine data.';
const ENGLISH = 'Click the Save button to keep your changes. Then close the window and continue with the next step of the import of your data.';

describe('markdownToPlainText', () => {
  it('keeps prose and drops front matter, code, HTML, URLs and DocFX syntax', () => {
    const markdown = [
      '\uFEFF---',
      'title: English title words here',
      '---',
      '# Kop',
      '',
      '> [!NOTE]',
      '> Zie [de instellingen](../settings-for-english-import.md "Title") en `someCode()`.',
      '',
      '[!include[Open the import](includes/open-the-import-screen.md)]',
      '',
      '```csharp',
      'var importSettings = new ImportSettings();',
      '```',
      '<i class="ph ph-file" aria-hidden="true"></i> **Vet** <xref:help-en-import> https://example.com/english',
      '',
      '[1]: ../english/page.md',
    ].join('\r\n');
    expect(markdownToPlainText(markdown)).toBe('Kop Zie de instellingen en . Vet');
  });

  it('keeps the text of reference links and image alt text', () => {
    expect(markdownToPlainText('Zie [het menu][1] en ![een plaatje][img1].')).toBe('Zie het menu en een plaatje.');
  });
});

describe('detectLanguage', () => {
  it('tells Dutch, Danish and English apart among the site languages', () => {
    expect(detectLanguage(DUTCH, ['nl', 'da', 'en']).lang).toBe('nl');
    expect(detectLanguage(DANISH, ['nl', 'da', 'en']).lang).toBe('da');
    expect(detectLanguage(ENGLISH, ['nl', 'da', 'en']).lang).toBe('en');
  });

  it('answers unknown for text too short to judge instead of guessing', () => {
    const short = 'Selecteer Rollen in de Navigator.';
    expect(short.split(' ').length).toBeLessThan(MIN_WORDS);
    expect(detectLanguage(short, ['nl', 'da', 'en'])).toEqual({ lang: 'unknown', words: 5, reason: 'too-short' });
    expect(detectLanguage('', ['nl', 'en']).lang).toBe('unknown');
  });

  it('maps region locales to their language and ignores locales it has no model for', () => {
    expect(detectLanguage(DUTCH, ['nl-be', 'en-gb']).lang).toBe('nl-be');
    expect(detectLanguage(DUTCH, ['xx', 'yy'])).toMatchObject({ lang: 'unknown', reason: 'no-candidates' });
  });
});
