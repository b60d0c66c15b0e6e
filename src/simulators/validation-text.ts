/**
 * Why the engine refused an input (`{ ok: false, errors }`, import-rules.md §12.3), as sentences
 * in the page language for the island's "the import cannot start" list. A code with a message
 * `simulator.error.<CODE>` gets it, with its fields and entity as product labels; a code without
 * one gets a translated general sentence — never the raw UPPER_CASE code.
 */
import { translateDynamic, type MessageKey, type Translate } from './messages.ts';
import { entityLabel, fieldLabel } from './outcome-format.ts';

/** One validation error as the engine returns it. */
export type ValidationErrorView = { code: string } & Record<string, unknown>;

/** The error's parameters as text: field lists as labels joined with ", ", an entity by its label. */
function errorParams(error: ValidationErrorView, t: Translate): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(error)) {
    if (name === 'code') continue;
    if (name === 'fields' && Array.isArray(value)) params.fields = value.map((field) => fieldLabel(String(field), t)).join(', ');
    else if (name === 'field' && typeof value === 'string') params.field = fieldLabel(value, t);
    else if (name === 'entity' && typeof value === 'string') params.entity = entityLabel(value, t);
    else if (typeof value === 'number' || typeof value === 'string') params[name] = value;
  }
  return params;
}

/**
 * The sentences for `errors`, one per error that has a message; errors without one are
 * summed up in one general sentence.
 * Example (nl, no specific messages): `[{ code: 'REQUIRED_FIELD_NOT_MAPPED', … }]` → `['de gegevens passen niet bij de instellingen (1 probleem)']`.
 */
export function validationTexts(errors: readonly ValidationErrorView[], t: Translate): string[] {
  const texts: string[] = [];
  let unnamed = 0;
  for (const error of errors) {
    const key = `simulator.error.${error.code}`;
    const text = translateDynamic(t, 'simulator.error.', error.code, '');
    if (text) texts.push(t(key as MessageKey, errorParams(error, t)));
    else unnamed++;
  }
  if (unnamed > 0) texts.push(t('simulator.run.generic', { count: unnamed }));
  return texts;
}
