import { describe, expect, it } from 'vitest';
import { attributesToPreset, defaultPreset, SHARED_ATTRIBUTES } from '../../src/simulators/directive-attributes.ts';

describe('attributesToPreset', () => {
  it('maps every shared attribute to its settings path', () => {
    const { preset, issues } = attributesToPreset({
      flavour: 'erp', target: 'contacts', 'company-match': 'vatNo', 'company-action': 'merge', 'person-match': 'email',
      'person-action': 'replace', 'if-no-company-name': 'create-from-person', 'product-match': 'name+code', 'product-action': 'add',
      phone: 'ignore', 'url-email': 'replace', 'lists-category': 'default', 'lists-business': 'add', 'lists-position': 'add',
      'lists-interests': 'blank', 'lists-custom': 'add', 'erp-actor-type': 'person', 'exact-import': 'materials',
      'exact-edition': 'pro', 'mandatory-company': 'false',
    });
    expect(issues).toEqual([]);
    expect(preset.flavour).toBe('erp');
    expect(preset.settings).toMatchObject({
      company: { match: 'vatNo', action: 'merge' },
      person: { match: 'email', action: 'replace', ifNoCompanyName: 'create-from-person' },
      product: { match: 'name+code', action: 'add' },
      phone: 'ignore', urlEmail: 'replace',
      lists: { category: 'default', business: 'add', position: 'add', interests: 'blank', custom: 'add' },
      erp: { actorType: 'person' },
      exact: { import: 'materials', edition: 'pro' },
    });
    expect(preset.preferences.mandatoryCompanyOnPerson).toBe(false);
  });

  it('reports unknown names and values, keeps the defaults, and compares names case-insensitively', () => {
    const { preset, issues } = attributesToPreset({ 'Company-Action': 'merge', 'lists-position': 'default', colour: 'red', sample: 'contacts-nl' });
    expect(preset.settings.company).toEqual({ match: 'name', action: 'merge' });
    expect((preset.settings.lists as Record<string, string>).position).toBe('blank');
    expect(issues.map((issue) => issue.attribute)).toEqual(['lists-position', 'colour', 'sample']);
    expect(issues[0].message).toBe('Unexpected value `default` for `lists-position`; expected one of `add`, `blank`');
  });

  it('accepts simulator-only attributes for ::simulator and checks closed ones', () => {
    const { issues } = attributesToPreset({ name: 'import-settings', sample: 'contacts-da', focus: 'lists', mode: 'theatre' }, { allowSimulatorOnly: true });
    expect(issues.map((issue) => `${issue.attribute}=${issue.value}`)).toEqual(['mode=theatre']);
  });

  it('gives ERP an actor type and Exact Online the relations import by default', () => {
    expect((defaultPreset('erp').settings.erp as Record<string, unknown>).actorType).toBe('customer');
    expect(defaultPreset('exact-online').settings).toEqual({ exact: { import: 'relations', edition: 'standard' } });
    expect(Object.keys(SHARED_ATTRIBUTES)).toHaveLength(20);
  });
});
