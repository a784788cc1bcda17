import type { ImportSettings, SheetReading } from './schemas';

export type PhoneSettings = Pick<ImportSettings, 'phoneColumn' | 'fallbackColumns' | 'typeColumns' | 'header'>;

/**
 * Where each row's number is read from when the user accepts the guesses: a recognised contacts
 * export's own columns (first Mobile, else first number), else the guessed column and, when it
 * is empty, the next one that holds numbers; and the header where it was found.
 */
export function defaultPhoneSettings(preview: Pick<SheetReading, 'guessedPhoneColumn' | 'phone' | 'header'>): PhoneSettings {
  const phoneColumn = preview.guessedPhoneColumn ?? 0;
  const settings: PhoneSettings = { phoneColumn };
  if (preview.header) settings.header = preview.header;
  const exported = preview.phone?.contactsExport;
  if (exported && exported.columns[0] !== undefined) {
    const [first, ...rest] = exported.columns;
    settings.phoneColumn = first ?? phoneColumn;
    if (rest.length > 0) settings.fallbackColumns = rest;
    if (rest.length > 0) settings.typeColumns = exported.typeColumns;
    return settings;
  }
  const fallback = preview.phone?.fallbackColumn;
  if (fallback !== null && fallback !== undefined && fallback !== phoneColumn) settings.fallbackColumns = [fallback];
  return settings;
}

/**
 * The settings an import takes when the user accepts every guess: the guessed phone column, every other
 * column as a variable under its suggested name.
 */
export function defaultImportSettings(preview: SheetReading, o: { country: string; listName: string }): Omit<ImportSettings, 'fileId'> {
  const phone = defaultPhoneSettings(preview);
  return {
    encoding: preview.encoding,
    delimiter: preview.delimiter,
    ...(preview.workbook ? { sheet: preview.workbook.sheet } : {}),
    ...phone,
    variables: preview.headers
      .map((_, column) => ({ column, name: preview.suggestedNames[column] ?? `C${column}` }))
      .filter((v) => v.column !== phone.phoneColumn),
    nameColumns: preview.guessedNameColumns ?? [],
    country: o.country,
    listName: o.listName,
  };
}
