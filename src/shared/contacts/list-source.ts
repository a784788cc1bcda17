import type { ContactListView } from './schemas';

const WORKBOOK_FILE = /\.xls[xm]$/i;
const DELIMITER_NAME: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

/**
 * How a list's file was read, as the list's page says it: a workbook by its sheet (it has no encoding or
 * separator of its own, its cells are read as Excel shows them), a CSV file by its encoding and separator.
 */
export function describeListSource(list: Pick<ContactListView, 'sourceFile' | 'sourceSheet' | 'encoding' | 'delimiter'>): string {
  if (list.sourceSheet) return `Excel workbook, sheet “${list.sourceSheet}”`;
  // Lists imported before the sheet was kept know only that the file was a workbook.
  if (WORKBOOK_FILE.test(list.sourceFile)) return 'Excel workbook';
  return `${list.encoding.toUpperCase()} · ${DELIMITER_NAME[list.delimiter] ?? list.delimiter}-separated`;
}
