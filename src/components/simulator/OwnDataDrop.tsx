/**
 * Drop zone and file chooser for own data (CSV or XLSX; read in the browser only). A file that
 * cannot be read as a table is refused with a translated reason, and nothing is loaded: the
 * data shown before stays.
 */
import { useState } from 'preact/hooks';
import type { Translate } from '../../simulators/messages.ts';
import type { OwnData, OwnDataKind } from '../../simulators/own-data.ts';

/** Props: `t` and its `lang` (number formats), the header vocabulary, known field ids, and the callback with the parsed data and file name. */
export interface OwnDataDropProps {
  t: Translate;
  lang: string;
  idPrefix: string;
  kind: OwnDataKind;
  fields: string[];
  onData(data: OwnData, fileName: string): void;
}

/** The drop zone with its file input and status line. */
export function OwnDataDrop({ t, lang, idPrefix, kind, fields, onData }: OwnDataDropProps) {
  const [message, setMessage] = useState<{ text: string; refused: boolean } | null>(null);
  const [over, setOver] = useState(false);
  const load = async (file: File | undefined) => {
    if (!file) return;
    // The reader (src/ingest) and its messages come with the first file, not with the island's
    // first script (bench/island.ts); both chunks are fetched at once.
    let messages: typeof import('../../simulators/ingest-messages.ts') | null = null;
    try {
      const [{ readOwnData }, loaded] = await Promise.all([import('../../simulators/own-data.ts'), import('../../simulators/ingest-messages.ts')]);
      messages = loaded;
      const data = await readOwnData(file, kind, fields);
      onData(data, file.name);
      setMessage({ text: t('simulator.ownData.loaded', { count: data.table.rows.length, name: file.name }), refused: false });
    } catch (error) {
      // A refused file gets a translated, positioned sentence; anything else (the browser failing
      // to read the file) still names its reason.
      const reason = messages && error instanceof messages.OwnDataError
        ? messages.ownDataErrorMessage(t, error.fileName, error.issue, lang)
        : t('simulator.ownData.error', { reason: error instanceof Error ? error.message : String(error) });
      setMessage({ text: `${reason} ${t('simulator.ownData.kept')}`, refused: true });
    }
  };
  return (
    <div class={`signpost-sim__own${over ? ' signpost-sim__own--over' : ''}`}
      onDragOver={(event) => { event.preventDefault(); setOver(true); }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => { event.preventDefault(); setOver(false); void load(event.dataTransfer?.files[0]); }}>
      <p class="signpost-sim__own-title" id={`${idPrefix}-own`}>{t('simulator.ownData.title')}</p>
      <p>{t('simulator.ownData.drop')}</p>
      {/* The browser's own file button speaks the browser's language, not the page's: a labelled, styled stand-in. */}
      <div class="signpost-sim__file-picker">
        <input type="file" id={`${idPrefix}-file`} class="signpost-sim__file" accept=".csv,.txt,.xlsx,text/csv"
          onChange={(event) => void load((event.currentTarget as HTMLInputElement).files?.[0])} />
        <label for={`${idPrefix}-file`} class="signpost-sim__button">{t('simulator.ownData.choose')}</label>
      </div>
      <p class="signpost-sim__note">{t('simulator.ownData.privacy')}</p>
      <p role="status" class={message?.refused ? 'signpost-sim__refused' : undefined} data-own-status data-own-refused={message?.refused ? '' : undefined}>{message?.text ?? ''}</p>
    </div>
  );
}
