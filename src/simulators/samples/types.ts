/** The shape of a sample data set shipped with the simulator. */
import type { Flavour } from '../directive-attributes.ts';
import type { TextTable } from '../example-tables.ts';

/**
 * A sample: the "in the CRM now" and "in the import file" tables, columns = engine field ids,
 * and the flavour/target they are meant for. Settings stay with the page's directive.
 */
export interface SampleDataSet {
  id: string;
  lang: 'nl' | 'da' | 'en';
  flavour: Flavour;
  target: 'contacts' | 'products';
  /** Extra settings the sample needs (an ERP actor type, an Exact import kind). */
  settings?: Record<string, unknown>;
  existing: TextTable;
  imported: TextTable;
  /**
   * Rows of the import file that start unchecked: the heading row a spreadsheet brings along,
   * which the product's preview shows as a row and a user unchecks (spec §12.2). Left checked,
   * a first run would create a company called "Company".
   */
  uncheckedRows?: number[];
}
