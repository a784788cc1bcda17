import { MAX_DYNAMIC_VARIABLES, VariableMapping, type ImportSettings, type SheetPreview } from '../../../shared/contacts/schemas';
import type { FieldIssue } from '../../lib/api';

/** One sheet column as the user maps it: keep it as a variable or not, and under what name. */
export interface ColumnChoice {
  column: number;
  include: boolean;
  name: string;
}

export interface MappingDraft {
  phoneColumn: number | null;
  /** The column used when the phone cell is empty; null for none. */
  fallbackColumn: number | null;
  /** A recognised contacts export is read its own way (first Mobile, else first number) unless the user says not to. */
  useExportRule: boolean;
  columns: ColumnChoice[];
  listName: string;
  country: string;
  /** The name columns the user chose; null or absent while the guess stands. */
  nameColumns?: number[] | null;
}

/** Exotel's dynamic lists name their number column `number`, so no variable may take that name. */
const RESERVED = new Set(['number']);

/**
 * The columns offered as variables at first: the first five beside the phone column that hold something in
 * the rows shown. A contacts export has dozens of columns empty for everyone (Yomi Name, Nickname…), which
 * would otherwise take the places of the ones the message needs.
 */
export function initialColumns(preview: SheetPreview, phoneColumn: number | null): ColumnChoice[] {
  const holds = (column: number) => preview.sampleRows.length === 0 || preview.sampleRows.some((row) => (row[column] ?? '').trim() !== '');
  let kept = 0;
  return preview.headers.map((_header, column) => {
    const include = column !== phoneColumn && kept < MAX_DYNAMIC_VARIABLES && holds(column);
    if (include) kept++;
    return { column, include, name: preview.suggestedNames[column] ?? `Column ${column + 1}` };
  });
}

export function listNameFrom(fileName: string): string {
  return (
    fileName
      .replace(/\.[^.]+$/, '')
      .replace(/[_]+/g, ' ')
      .trim()
      .slice(0, 100) || 'Contacts'
  );
}

export function chosenVariables(draft: Pick<MappingDraft, 'columns' | 'phoneColumn'>): ColumnChoice[] {
  return draft.columns.filter((c) => c.include && c.column !== draft.phoneColumn);
}

/**
 * Checks the mapping before the import starts. Errors are keyed "phoneColumn", "listName" and
 * "column.<index in the sheet>", so each shows beside its own control.
 */
export function checkMapping(draft: MappingDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (draft.phoneColumn === null) errors.phoneColumn = 'Choose the column that holds the phone numbers';
  if (!draft.listName.trim()) errors.listName = 'Name the contact list';
  if (!/^[A-Za-z]{2}$/.test(draft.country.trim())) errors.country = 'Use a two-letter country code such as IN';
  const chosen = chosenVariables(draft);
  if (chosen.length > MAX_DYNAMIC_VARIABLES) {
    errors.variables = `Choose at most ${MAX_DYNAMIC_VARIABLES} columns`;
  }
  const seen = new Map<string, number>();
  for (const choice of chosen) {
    const key = `column.${choice.column}`;
    const parsed = VariableMapping.safeParse({ column: choice.column, name: choice.name });
    if (!parsed.success) {
      errors[key] = parsed.error.issues[0]?.message ?? 'This name cannot be used';
      continue;
    }
    const lower = choice.name.trim().toLowerCase();
    if (RESERVED.has(lower)) {
      errors[key] = '“number” is Exotel’s own column: pick another name';
      continue;
    }
    const earlier = seen.get(lower);
    if (earlier !== undefined) {
      errors[key] = `Two columns cannot both be “${choice.name.trim()}”`;
      continue;
    }
    seen.set(lower, choice.column);
  }
  return errors;
}

/** The name columns the import keeps: the user's choice, else the guess. */
export function chosenNameColumns(preview: SheetPreview, draft: Pick<MappingDraft, 'nameColumns'>): number[] {
  return draft.nameColumns ?? preview.guessedNameColumns ?? [];
}

export function toSettings(preview: SheetPreview, draft: MappingDraft): ImportSettings {
  const settings: ImportSettings = {
    fileId: preview.fileId,
    encoding: preview.encoding,
    delimiter: preview.delimiter,
    ...(preview.workbook ? { sheet: preview.workbook.sheet } : {}),
    phoneColumn: draft.phoneColumn ?? 0,
    variables: chosenVariables(draft).map((c) => ({ column: c.column, name: c.name.trim() })),
    nameColumns: chosenNameColumns(preview, draft),
    country: draft.country.trim().toUpperCase(),
    listName: draft.listName.trim(),
  };
  if (preview.header) settings.header = preview.header;
  const exported = exportRuleFor(preview, draft);
  if (exported) {
    settings.phoneColumn = exported.columns[0] ?? settings.phoneColumn;
    settings.fallbackColumns = exported.columns.slice(1);
    settings.typeColumns = exported.typeColumns;
  } else if (draft.fallbackColumn !== null && draft.fallbackColumn !== draft.phoneColumn) {
    settings.fallbackColumns = [draft.fallbackColumn];
  }
  return settings;
}

/** The contacts export's own reading, when the sheet is one, has more than one number column, and the user keeps it on. */
export function exportRuleFor(
  preview: SheetPreview,
  draft: Pick<MappingDraft, 'useExportRule'>,
): NonNullable<NonNullable<SheetPreview['phone']>['contactsExport']> | null {
  const exported = preview.phone?.contactsExport ?? null;
  return draft.useExportRule && exported && exported.columns.length > 1 ? exported : null;
}

/** Columns worth offering for "if empty, use": those holding numbers, or named like a phone column. */
export function numberColumns(preview: SheetPreview): number[] {
  const scores = preview.phone?.scores ?? [];
  return preview.headers.flatMap((header, column) =>
    (scores[column]?.callable ?? 0) > 0 || /phone|mobile|contact|number|tel|cell|whatsapp/i.test(header) ? [column] : [],
  );
}

/** Main's validation issues, keyed like checkMapping's, so they land under the same fields. */
export function settingsIssuesToErrors(issues: FieldIssue[], draft: MappingDraft): Record<string, string> {
  const chosen = chosenVariables(draft);
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const [head, index] = issue.path;
    let key = String(head ?? 'form');
    if (head === 'variables' && typeof index === 'number') key = `column.${chosen[index]?.column ?? index}`;
    if (!(key in errors)) errors[key] = issue.message;
  }
  return errors;
}
