/**
 * "Copy link": copies a link to this simulation and says — visibly and to screen readers — that
 * it did and what the link holds. With own-file data, the rows go into the link only after the
 * user ticks the choice beside its warning; over the size limit the link holds the settings and
 * says so.
 */
import { useState } from 'preact/hooks';
import type { Translate } from '../../simulators/messages.ts';
import { LINK_ROW_LIMIT, linkContent } from '../../simulators/share-link.ts';
import type { SimulatorState } from '../../simulators/state.ts';
import { encodeState, writeHashParam } from '../../simulators/url-state.ts';

/** Props: the state, the position on the page (hash key), the own-data choice and its setter. */
export interface ShareBoxProps {
  state: SimulatorState;
  position: number;
  includeOwn: boolean;
  t: Translate;
  idPrefix: string;
  onIncludeOwn(include: boolean): void;
}

/** The confirmation sentence for what a link of `state` holds. */
function holdsText(state: SimulatorState, includeOwn: boolean, t: Translate): string {
  const { holds } = linkContent(state, includeOwn);
  if (holds === 'own') return t('simulator.share.holdsOwn', { count: state.imported.rows.length });
  if (holds === 'settings') return t('simulator.share.holdsSettings');
  if (holds === 'too-large') return t('simulator.share.tooLarge', { rows: state.imported.rows.length, limit: LINK_ROW_LIMIT });
  return t('simulator.share.holdsSample');
}

/** The copy button, the own-data choice (only with own data) and the announced confirmation. */
export function ShareBox({ state, position, includeOwn, t, idPrefix, onIncludeOwn }: ShareBoxProps) {
  const [message, setMessage] = useState('');
  const [manual, setManual] = useState('');
  const copy = async () => {
    const link = `${location.href.split('#')[0]}${writeHashParam(location.hash, position, await encodeState(linkContent(state, includeOwn).state))}`;
    try {
      await navigator.clipboard.writeText(link);
      setManual('');
      setMessage(`${t('simulator.share.copied')} ${holdsText(state, includeOwn, t)}`);
    } catch {
      // No clipboard (permission, insecure page): the link is shown to copy by hand.
      setManual(link);
      setMessage(`${t('simulator.share.failed')} ${holdsText(state, includeOwn, t)}`);
    }
  };
  return (
    <div class="signpost-sim__share">
      <button type="button" class="signpost-sim__button" onClick={() => void copy()}>{t('simulator.share.copy')}</button>
      {state.ownFile && (
        <div class="signpost-sim__share-own">
          <input type="checkbox" id={`${idPrefix}-share-own`} checked={includeOwn} aria-describedby={`${idPrefix}-share-warning`}
            onChange={(event) => { setMessage(''); onIncludeOwn((event.currentTarget as HTMLInputElement).checked); }} />
          <label for={`${idPrefix}-share-own`}>{t('simulator.share.includeOwn')}</label>
          <p id={`${idPrefix}-share-warning`} class="signpost-sim__warning">{t('simulator.share.includeOwnWarning')}</p>
        </div>
      )}
      <p role="status" class="signpost-sim__share-status" data-share-status>{message}</p>
      {manual && <input class="signpost-sim__link" readOnly value={manual} aria-label={t('simulator.share.link')} onFocus={(event) => (event.currentTarget as HTMLInputElement).select()} />}
    </div>
  );
}
