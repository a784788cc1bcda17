import type { Migration } from './index';

/**
 * The sheet of an Excel workbook a list was imported from, named as on its tab, so the list says which
 * of the workbook's sheets it holds. Null for a CSV file and for lists imported before.
 */
export const m015ContactListSheets: Migration = {
  version: 15,
  name: 'contact-list-sheets',
  sql: `
    ALTER TABLE contact_lists ADD COLUMN source_sheet TEXT;
  `,
};
