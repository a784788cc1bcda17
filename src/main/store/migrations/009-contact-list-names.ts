import type { Migration } from './index';

/**
 * Which columns of a list hold the contact's name (one column, or first, middle and last), as JSON column
 * indexes, so exports fill their Name column from the sheet. Their cells are stored after the variables' cells.
 * Lists imported before keep none.
 */
export const m009ContactListNames: Migration = {
  version: 9,
  name: 'contact-list-names',
  sql: `
    ALTER TABLE contact_lists ADD COLUMN name_columns TEXT NOT NULL DEFAULT '[]';
  `,
};
