/**
 * The product's official UI labels of the import settings, per language, as the glossary of
 * ../shared/spec/import-rules.md §16 lists them ("a / b" alternatives split into two labels).
 * `ui-label-unknown` compares bold phrases with these and with the simulator's own labels
 * (catalogue-labels.ts). Kept as data: a renamed product label is a one-line change here.
 */
export const GLOSSARY_LABELS: Readonly<Record<string, readonly string[]>> = {
  nl: [
    'Importinstellingen', 'Duplicaat', 'Actie', 'Altijd toevoegen', 'Samenvoegen, lege velden bijwerken',
    'Vervangen - bestaande overschrijven', 'Overslaan, niet importeren', 'Record overslaan - niet importeren',
    'Naam', 'Naam+afdeling', 'Nummer', 'Code', 'BTW-nummer', 'ID', 'E-mailadres', 'Mobiel nummer',
    'Geen - persoon niet importeren', 'Naam + Code', 'Indien geen bedrijfsnaam', 'Bedrijf maken met naam persoon',
    'Overslaan - geen bedrijf of persoon aanmaken', 'Personen zonder bedrijf importeren', 'Verplicht bedrijf bij persoon',
    'Lijsten', 'Nieuw item aan lijst toevoegen', 'Negeren, standaardwaarde gebruiken', 'Negeren, instellen op leeg',
    'Telefoonnummer', "URL's + e-mail", 'Nieuw item toevoegen, bestaand item behouden', 'Negeren, bestaand item behouden',
    'Nieuwe waarden voor...', 'Rechtsgrondslag', 'Gebruik standaard', 'Toestemmingsbron', 'Importeren',
    'Verkopen en service', 'Voorbeeld van import', 'Importeren naar prijslijst', 'ERP-verbinding', 'Actor-type',
    'Zoeken in ERP', 'Import toevoegen', 'Veldtoewijzing', 'Veld in bestand', 'Veld in SuperOffice CRM', 'Start',
    'Stoppen', 'Relaties', 'Relatie-type', 'Materialen', 'Uursoorten',
  ],
  da: [
    'Importindstillinger', 'Dobbelt resultat', 'Handling', 'Tilføj altid', 'Flet tomme', 'Erstat – overskriv eksisterende',
    'Udelad', 'Udelad post', 'Navn', 'Navn + afdeling', 'Nummer', 'Kode', 'Organisationsnummer', 'Id', 'E-mailadresse',
    'SMS-nummer', 'Ingen – importér ikke person', 'Navn + kode', 'Hvis firmanavn er tomt', 'Brug personens navn',
    'Udelad – opret ikke firma eller person', 'Importer personer uden firma', 'Obligatorisk firma ved person', 'Lister',
    'Tilføj nyt element i listen', 'Ignorer – brug standardværdi', 'Sæt til tom', 'Telefonnummer', 'Links + e-mailadresse',
    'Tilføj ny – behold eksisterende', 'Ignorer – behold eksisterende', 'Nye værdier for', 'Retsgrundlag', 'Brug standard',
    'Samtykkekilde', 'Import', 'Salg og kundeservice', 'Forhåndsvisning', 'ERP-link', 'Aktørtype', 'Søg i ERP', 'Tilføj import',
  ],
  en: [
    'Import settings', 'Duplicate match', 'Action', 'Add always', 'Always add', 'Merge - update empty fields',
    'Replace - overwrite existing', 'Skip - do not import', 'Skip record', 'Name', 'Name + Department', 'Number', 'Code',
    'VAT number', 'ID', 'Email address', 'Mobile phone', 'None - do not import contact', 'Name + Code', 'If no company name',
    'Create company using contact name', 'Skip - do not create company or contact', 'Import contacts without company',
    'Mandatory company on contact', 'Lists', 'Add new item to the list', 'Ignore - use default', 'Ignore - set to blank',
    'Phone number', 'URLs + email', 'Add new - keep existing', 'Ignore - keep existing', 'New values for...', 'Legal basis',
    'Use default', 'Consent source', 'Import', 'Sales and service', 'Consent comment', 'Preview import', 'Import to price list',
    'ERP connection', 'Actor type', 'Search ERP', 'Add Import', 'Field mapping', 'Field in file', 'Field in SuperOffice CRM',
    'Start', 'Stop', 'Update existing', 'Update blanks only', 'Insert anyway',
  ],
};
