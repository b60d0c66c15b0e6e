/**
 * Contact sample data sets (fictional Dutch, Danish and English companies and persons, invented
 * for the simulator). Each shows one duplicate, one new company, a person without company name
 * and a heading row a user would uncheck.
 */

export { contactsNl } from './contacts-nl.ts';
export { contactsDa } from './contacts-da.ts';
export { contactsEn } from './contacts-en.ts';
