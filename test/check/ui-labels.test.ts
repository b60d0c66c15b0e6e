/**
 * `ui-label-unknown`'s judgement: which bold phrases are slips of a product label, and which are
 * other words that merely look alike (the precision cases found on the SuperOffice corpus).
 */
import { describe, expect, it } from 'vitest';
import { closestLabel, editDistance } from '../../src/check/ui-labels/closest-label.ts';
import { productLabels } from '../../src/check/ui-labels/product-labels.ts';

const nl = productLabels('nl');
const da = productLabels('da');
const en = productLabels('en');

describe('closestLabel', () => {
  it('names the label a slip probably means', () => {
    expect(closestLabel('Samenvoegen - lege velden bijwerken', nl)).toBe('Samenvoegen, lege velden bijwerken');
    expect(closestLabel('Importér personer uden firma', da)).toBe('Importer personer uden firma');
    expect(closestLabel('Merge - update emtpy fields', en)).toBe('Merge - update empty fields');
    expect(closestLabel('Duplicate mach', en)).toBe('Duplicate match');
    expect(closestLabel('Emailadres', nl)).toBe('E-mailadres');
    expect(closestLabel('Rechtsgronslag', nl)).toBe('Rechtsgrondslag');
    expect(closestLabel('Duplicat', nl)).toBe('Duplicaat'); // a doubled letter written once
  });

  it('says nothing for the label itself, in any case, spacing or with a colon', () => {
    for (const phrase of ['Samenvoegen, lege velden bijwerken', 'samenvoegen,  lege velden bijwerken', 'Importinstellingen', 'Nummer:', 'Rechtsgrondslag:', 'Samenvoegen, lege velden bijwerken.', 'Nieuwe waarden voor...']) {
      expect(closestLabel(phrase, nl), phrase).toBeUndefined();
    }
    expect(closestLabel('Erstat - overskriv eksisterende', da)).toBeUndefined(); // en dash or hyphen: the same label
  });

  it('leaves other words alone: other word forms, look-alikes of short labels, numbers', () => {
    expect(closestLabel('Stappen', nl)).toBeUndefined(); // not a typo of Stoppen
    expect(closestLabel('Importer', da)).toBeUndefined(); // both Danish spellings are right
    expect(closestLabel('Relatietypes:', nl)).toBeUndefined(); // plural of Relatie-type
    expect(closestLabel('E-mail-adresser', da)).toBeUndefined(); // plural of E-mailadresse
    expect(closestLabel('2024', en)).toBeUndefined();
    expect(closestLabel('Relatietypes', nl)).toBeUndefined(); // another plural of Relatie-typen
    expect(closestLabel('Projectplanning:', nl)).toBeUndefined(); // the Dutch compound, not the import `Project Planning`
  });

  it('has labels for the three languages and none for another', () => {
    for (const labels of [nl, da, en]) expect(labels.length).toBeGreaterThan(40);
    expect(productLabels('de')).toEqual([]);
  });
});

describe('editDistance', () => {
  it('counts inserts, deletes, substitutions and neighbour swaps, capped at max + 1', () => {
    expect(editDistance('actie', 'actie', 2)).toBe(0);
    expect(editDistance('atcie', 'actie', 2)).toBe(1);
    expect(editDistance('acti', 'actie', 2)).toBe(1);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});
