/** Drop zone and file chooser for own data (CSV or XLSX; read in the browser only). */
import { useState } from 'preact/hooks';
import type { Translate } from '../../simulators/messages.ts';
import { OwnDataError, ownDataErrorMessage } from '../../simulators/ingest-messages.ts';
import { readOwnData, type OwnData, type OwnDataKind } from '../../simulators/own-data.ts';

/** Props: `t` and its `lang` (number formats), the header vocabulary, known field ids, and the callback with the parsed data. */
export function OwnDataDrop({ t, lang, idPrefix, kind, fields, onData }: { t: Translate; lang: string; idPrefix: string; kind: OwnDataKind; fields: string[]; onData(data: OwnData): void }) {
  const [message, setMessage] = useState('');
  const [over, setOver] = useState(false);
  const load = async (file: File | undefined) => {
    if (!file) return;
    try {
      const data = await readOwnData(file, kind, fields);
      onData(data);
      setMessage(t('simulator.ownData.loaded', { count: data.table.rows.length, name: file.name }));
    } catch (error) {
      // A refused file gets a translated, positioned sentence; anything else (the browser failing
      // to read the file) still names its reason.
      setMessage(error instanceof OwnDataError
        ? ownDataErrorMessage(t, error.fileName, error.issue, lang)
        : t('simulator.ownData.error', { reason: error instanceof Error ? error.message : String(error) }));
    }
  };
  return (
    <section class={`signpost-sim__own${over ? ' signpost-sim__own--over' : ''}`} aria-labelledby={`${idPrefix}-own`}
      onDragOver={(event) => { event.preventDefault(); setOver(true); }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => { event.preventDefault(); setOver(false); void load(event.dataTransfer?.files[0]); }}>
      <h3 id={`${idPrefix}-own`}>{t('simulator.ownData.title')}</h3>
      <label for={`${idPrefix}-file`}>{t('simulator.ownData.drop')}</label>
      <input type="file" id={`${idPrefix}-file`} accept=".csv,.txt,.xlsx,text/csv"
        onChange={(event) => void load((event.currentTarget as HTMLInputElement).files?.[0])} />
      <p>{t('simulator.ownData.privacy')}</p>
      <p role="status" data-own-status>{message}</p>
    </section>
  );
}
