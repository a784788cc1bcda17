import type { ImportSettings, SheetReading } from './schemas';

/**
 * The settings an import takes when the user accepts every guess: the guessed phone column, every other
 * column as a variable under its suggested name.
 */
export function defaultImportSettings(preview: SheetReading, o: { country: string; listName: string }): Omit<ImportSettings, 'fileId'> {
  const phoneColumn = preview.guessedPhoneColumn ?? 0;
  return {
    encoding: preview.encoding,
    delimiter: preview.delimiter,
    phoneColumn,
    variables: preview.headers
      .map((_, column) => ({ column, name: preview.suggestedNames[column] ?? `C${column}` }))
      .filter((v) => v.column !== phoneColumn),
    nameColumns: preview.guessedNameColumns ?? [],
    country: o.country,
    listName: o.listName,
  };
}
