/**
 * What a shared link holds. The island's state goes into the page's hash (url-state.ts), but
 * not blindly: rows from the user's own file go into a link only when the user chose so (the
 * page promises the file never leaves the browser), and tables over the link's size limit are
 * left out — with the reason said, never by keeping an older state in the link.
 */
import type { SimulatorState } from './state.ts';

/** Import rows a link may carry; larger tables make links too long to paste. */
export const LINK_ROW_LIMIT = 300;

/** `sample`: settings + the sample's tables as shown; `own`: settings + the own file's rows; `settings`: own file left out by choice; `too-large`: own rows over the limit. */
export type LinkHolds = 'sample' | 'own' | 'settings' | 'too-large';

/** The state to encode and what it holds. `sampleTables` = restore the sample's own tables instead of carrying them. */
export interface LinkContent {
  state: SimulatorState;
  holds: LinkHolds;
}

const EMPTY = { columns: [], rows: [] };

/**
 * The link content for `state`; `includeOwn` is the user's explicit choice to put own-file rows in it.
 * Examples: sample data (≤ 300 rows) → `holds: 'sample'` with the tables as edited; an own file
 * without the choice → `holds: 'settings'` and the sample's tables; an own file of 5,000 rows
 * with the choice → `holds: 'too-large'`.
 */
export function linkContent(state: SimulatorState, includeOwn: boolean): LinkContent {
  const big = state.imported.rows.length > LINK_ROW_LIMIT || state.existing.rows.length > LINK_ROW_LIMIT;
  const settingsOnly = { ...state, existing: EMPTY, imported: EMPTY, unchecked: [], sampleTables: true, ownFile: undefined };
  if (state.ownFile) {
    if (!includeOwn) return { state: settingsOnly, holds: 'settings' };
    return big ? { state: settingsOnly, holds: 'too-large' } : { state, holds: 'own' };
  }
  // A large sample (generated rows) is restored from its name, not carried.
  return big ? { state: settingsOnly, holds: 'sample' } : { state, holds: 'sample' };
}
