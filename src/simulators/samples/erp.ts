/**
 * ERP sample data sets: actors fetched from a fictional accounting system, matched by code.
 * Each shows one actor that already exists (with a changed name and city) and new ones.
 */
import type { TextTable } from '../example-tables.ts';
import type { SampleDataSet } from './types.ts';

/** An ERP sample: the connection and actor type, `stored` companies (name, code, city), the fetched actors. */
function erpSample(lang: SampleDataSet['lang'], erp: { connection: string; actorType: string }, stored: string[][], fetched: TextTable): SampleDataSet {
  return {
    id: `erp-${lang}`,
    lang,
    flavour: 'erp',
    target: 'contacts',
    settings: { erp: { ...erp, selectedRows: null } },
    existing: { columns: ['company.name', 'company.code', 'company.city'], rows: stored },
    imported: fetched,
  };
}

/** Dutch ERP suppliers, matched by code. */
export const erpNl = erpSample('nl', { connection: 'Boekhouding', actorType: 'supplier' }, [['Groothandel Verbeek', 'L-1001', 'Deventer']], {
  columns: ['company.code', 'company.name', 'company.city', 'company.phone'],
  rows: [
    ['L-1001', 'Groothandel Verbeek B.V.', 'Apeldoorn', '055 123 4567'],
    ['L-1002', 'Transportbedrijf Hazelaar', 'Hengelo', '074 765 4321'],
    ['L-1003', 'Drukkerij Papierwerk', 'Almelo', ''],
  ],
});

/** Danish ERP suppliers of a carpentry firm, matched by code (the Danish ERP page shows suppliers). */
export const erpDa = erpSample('da', { connection: 'Regnskab', actorType: 'supplier' }, [['Trælast Jessen', 'L-2001', 'Vejle']], {
  columns: ['company.code', 'company.name', 'company.city', 'company.phone'],
  rows: [
    ['L-2001', 'Trælast Jessen ApS', 'Kolding', '75 52 10 20'],
    ['L-2002', 'Beslag & Skruer Horsens', 'Horsens', '75 62 33 44'],
    ['L-2003', 'Malerfabrikken Nordlys', 'Aarhus', ''],
  ],
});

/** English ERP suppliers of a joinery in Yorkshire (phone numbers from Ofcom's drama range). */
export const erpEn = erpSample('en', { connection: 'Accounts', actorType: 'supplier' }, [['Pennine Timber Supplies', 'S-3001', 'Leeds']], {
  columns: ['company.code', 'company.name', 'company.city', 'company.phone'],
  rows: [
    ['S-3001', 'Pennine Timber Supplies Ltd', 'Bradford', '0113 496 0500'],
    ['S-3002', 'Aire Valley Fixings', 'Leeds', '0113 496 0711'],
    ['S-3003', 'Moorside Paints', 'Halifax', ''],
  ],
});
