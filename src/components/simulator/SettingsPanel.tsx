/** The settings panel: one fieldset per group, mirroring the Import settings dialog. */
import { getPath } from '../../simulators/directive-attributes.ts';
import type { Translate } from '../../simulators/messages.ts';
import { settingGroups } from '../../simulators/settings-model.ts';
import type { SimulatorState } from '../../simulators/state.ts';

/** Props: the state, `t`, a unique id prefix and the change callback (dotted path, value). */
export interface SettingsPanelProps {
  state: SimulatorState;
  t: Translate;
  idPrefix: string;
  onChange(path: string, value: unknown): void;
}

/** Renders labelled selects and check boxes bound to the preset. */
export function SettingsPanel({ state, t, idPrefix, onChange }: SettingsPanelProps) {
  return (
    <div class="signpost-sim__settings">
      {settingGroups(state).map((group) => (
        <fieldset key={group.id} class="signpost-sim__group" data-group={group.id}>
          <legend>{t(group.title)}</legend>
          {group.controls.map((control) => {
            const id = `${idPrefix}-${control.id}`;
            const value = getPath(state.preset, control.path);
            if (control.kind === 'checkbox') {
              return (
                <div class="signpost-sim__field" key={control.id}>
                  <input type="checkbox" id={id} data-setting={control.id} checked={value === true}
                    onChange={(event) => onChange(control.path, (event.currentTarget as HTMLInputElement).checked)} />
                  <label for={id}>{t(control.label)}</label>
                </div>
              );
            }
            if (control.kind === 'text') {
              // Committed on change (leaving the field or Enter), not per key: each commit re-runs the preview.
              return (
                <div class="signpost-sim__field" key={control.id}>
                  <label for={id}>{t(control.label)}</label>
                  <input type="text" id={id} class="signpost-sim__text" data-setting={control.id} value={String(value ?? '')}
                    onChange={(event) => onChange(control.path, (event.currentTarget as HTMLInputElement).value)} />
                </div>
              );
            }
            return (
              <div class="signpost-sim__field" key={control.id}>
                <label for={id}>{t(control.label)}</label>
                <select id={id} class="signpost-sim__select" data-setting={control.id} value={String(value ?? '')}
                  onChange={(event) => onChange(control.path, (event.currentTarget as HTMLSelectElement).value)}>
                  {control.options.map((option) => (
                    <option key={option.value} value={option.value}>{option.named ? option.label : t(option.label as never)}</option>
                  ))}
                </select>
              </div>
            );
          })}
        </fieldset>
      ))}
    </div>
  );
}
