/** The import columns every contacts sample has (its language's own ones follow). */
export const CONTACT_COLUMNS = ['company.name', 'company.code', 'company.vatNo', 'company.street', 'company.city', 'company.phone', 'company.category', 'person.firstName', 'person.lastName', 'person.email', 'person.mobile'];
