/**
 * Client entry of the import-settings simulator: mounts the Preact island on every
 * `[data-simulator="import-settings"]` element, in the page's language (nearest `lang`).
 * Load it only on pages that have a simulator (`<script type="module" src=…/simulator.ts>`).
 */
import { h, render } from 'preact';
import { SimulatorApp } from '../../components/simulator/SimulatorApp.tsx';
import { loadTranslator } from '../load-translator.ts';
import { loadSample } from '../samples/load.ts';
import { initialState } from '../state.ts';

/** `data-*` attributes of `element` as directive attribute names (`data-company-action` → `company-action`). */
function directiveAttributes(element: HTMLElement): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const { name, value } of Array.from(element.attributes)) {
    if (name.startsWith('data-') && name !== 'data-simulator' && name !== 'data-simulator-mounted') attributes[name.slice(5)] = value;
  }
  return attributes;
}

/** Mounts every simulator under `root` not yet mounted; resolves with how many were mounted. */
export async function mountSimulators(root: ParentNode = document): Promise<number> {
  const elements = Array.from(root.querySelectorAll<HTMLElement>('[data-simulator="import-settings"]'));
  let mounted = 0;
  for (const [position, element] of elements.entries()) {
    if (element.hasAttribute('data-simulator-mounted')) continue;
    const lang = (element.closest('[lang]')?.getAttribute('lang') ?? 'en').slice(0, 2).toLowerCase();
    const attributes = directiveAttributes(element);
    element.setAttribute('data-simulator-mounted', '');
    // The strings and the sample's module come in parallel; the island shows once both are here.
    const [t] = await Promise.all([loadTranslator(lang), loadSample(attributes.sample, lang)]);
    const { state, issues } = initialState(attributes, lang);
    element.textContent = '';
    render(h(SimulatorApp, { initial: state, t, position, issues }), element);
    mounted++;
  }
  return mounted;
}

void mountSimulators();
