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
}
