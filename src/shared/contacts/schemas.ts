import { z } from 'zod';
import { variableNameProblem } from './columns';
import { MAX_NAME_COLUMNS } from './name-columns';
import { FileId } from '../files/schemas';

export const Encoding = z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']);
export type Encoding = z.infer<typeof Encoding>;

export const Delimiter = z.enum([',', ';', '\t', '|']);
export type Delimiter = z.infer<typeof Delimiter>;

export const RowStatus = z.enum(['valid', 'invalid', 'duplicate']);
export type RowStatus = z.infer<typeof RowStatus>;

/** Why a row's number was refused; the UI turns each code into plain words. */
export const InvalidReason = z.enum([
  'empty-number',
  'not-a-number',
  'letters',
  'too-short',
  'too-long',
  'scientific-notation',
  'invalid-number',
  'wrong-country',
  'ragged-row',
  'cell-too-long',
  'totals-row',
]);

/** Something about a valid row's number cell worth saying: the number called is not all the cell held. */
export const RowNote = z.enum(['several-numbers', 'extension-dropped']);
export type RowNote = z.infer<typeof RowNote>;

/** A cell longer than this is not contact data: its row is refused and only this much of each cell is kept. */
export const MAX_CELL_CHARS = 4 * 1024;
/** A row that runs on longer than this is not a row: usually a quote that never closes. */
export const MAX_ROW_BYTES = 1024 * 1024;
export type InvalidReason = z.infer<typeof InvalidReason>;

/** Exotel's dynamic lists carry `number` plus at most five variable columns. */
export const MAX_DYNAMIC_VARIABLES = 5;

export const VariableMapping = z.object({
  column: z.number().int().min(0),
  /** The exact name `@@` references use: the sheet's header as written, unless Exotel cannot take it. */
  name: z.string().superRefine((name, ctx) => {
    const problem = variableNameProblem(name);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
});
export type VariableMapping = z.infer<typeof VariableMapping>;

/** A sheet of an Excel workbook, named as on its tab. */
export const SheetName = z.string().min(1).max(255);
/**
 * Where the column names are: `titleRows` rows (not counting blank lines) stand above them, and
 * `hasHeader` false means there are none: every row from the first one on is a contact.
 */
export const HeaderChoice = z.strictObject({
  titleRows: z.number().int().min(0).max(50),
  hasHeader: z.boolean(),
  /** Without a header: how many columns the rows have (the widest row of the preview). */
  columns: z.number().int().min(1).max(10_000).optional(),
});
export type HeaderChoice = z.infer<typeof HeaderChoice>;

export const ReadOptions = z.strictObject({
  encoding: Encoding.optional(),
  delimiter: Delimiter.optional(),
  /** Which sheet of a workbook to read; by default the first with a phone column. */
  sheet: SheetName.optional(),
  header: HeaderChoice.optional(),
  /** The country numbers are read for when columns are scored; the account's. Default IN. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
});
export type ReadOptions = z.infer<typeof ReadOptions>;

export const ColumnScore = z.object({
  /** Cells with anything in them, and cells read as a number the account can call. */
  filled: z.number(),
  callable: z.number(),
  /** Of the first 200 callable ones, mobile numbers; counted for the columns close to the best only. */
  mobile: z.number(),
  /** Cells of words: letters and no digits ("Mobile", "Home"). */
  words: z.number(),
});
export type ColumnScore = z.infer<typeof ColumnScore>;

export const PhoneGuessView = z.object({
  /** Rows the scores were counted on, and whether that is every row of the sheet. */
  sampled: z.number(),
  wholeSheet: z.boolean(),
  scores: z.array(ColumnScore),
  /** The guessed column's reason in words, e.g. "Phone 1 - Value: 1,460 of 2,279 rows hold a number". */
  reason: z.string().nullable(),
  /** The column used when the phone cell is empty: the next one that holds numbers. */
  fallbackColumn: z.number().int().nullable(),
  /** A contacts export recognised by its headers, whose numbers are read in its own way. */
  contactsExport: z
    .object({
      kind: z.enum(['google', 'outlook']),
      /** Number columns in the order they are tried; type columns beside them (-1: none). */
      columns: z.array(z.number().int()),
      typeColumns: z.array(z.number().int()),
    })
    .nullable(),
});
export type PhoneGuessView = z.infer<typeof PhoneGuessView>;

export const SheetPreview = z.object({
  /** The grant the sheet was read through; the window hands it back to import. */
  fileId: FileId,
  fileName: z.string(),
  sizeBytes: z.number(),
  encoding: Encoding,
  delimiter: Delimiter,
  headers: z.array(z.string()),
  /** First rows after the header, as the app understood them. */
  sampleRows: z.array(z.array(z.string())),
  guessedPhoneColumn: z.number().int().nullable(),
  /** The columns that hold the contact's name, in the order they make it; empty when none was found. */
  guessedNameColumns: z.array(z.number().int()).optional(),
  /** One suggestion per column: an Exotel-safe variable name for it. */
  suggestedNames: z.array(z.string()),
  duplicateHeaders: z.array(z.string()),
  /** Set for an Excel workbook: its sheets with their rows, and the one shown. */
  workbook: z
    .object({
      sheet: SheetName,
      sheets: z.array(z.object({ name: SheetName, rows: z.number().int().min(0) })),
    })
    .optional(),
  /** How the header was read (the user's choice, or the guess), and what the guess was. */
  header: HeaderChoice.optional(),
  detectedHeader: HeaderChoice.optional(),
  /** The rows above the header, as read: a title, a date line. */
  titleRows: z.array(z.array(z.string())).optional(),
  /** What each column holds over the rows sampled, and why the phone column was chosen. */
  phone: PhoneGuessView.optional(),
});
export type SheetPreview = z.infer<typeof SheetPreview>;

export const ImportSettings = z.strictObject({
  fileId: FileId,
  encoding: Encoding,
  delimiter: Delimiter,
  /** The sheet of a workbook to import. */
  sheet: SheetName.optional(),
  phoneColumn: z.number().int().min(0),
  /** Tried in order when the phone cell is empty. */
  fallbackColumns: z.array(z.number().int().min(0)).max(50).optional(),
  /**
   * One per column of [phoneColumn, ...fallbackColumns]: a column saying what kind of number it
   * is (-1: none). With them, the first Mobile number is called, else the first number.
   */
  typeColumns: z.array(z.number().int().min(-1)).max(51).optional(),
  header: HeaderChoice.optional(),
  variables: z.array(VariableMapping).max(50),
  /** The columns that hold the contact's name, for exports: one, or first, middle and last. */
  nameColumns: z.array(z.number().int().min(0)).max(MAX_NAME_COLUMNS).optional(),
  country: z.string().regex(/^[A-Z]{2}$/),
  listName: z.string().trim().min(1, 'Name the contact list').max(100),
});
export type ImportSettings = z.infer<typeof ImportSettings>;

/** How main reads a sheet: the preview without its grant, with the path main resolved it to. */
export type SheetReading = Omit<SheetPreview, 'fileId'>;
export type SheetImport = Omit<ImportSettings, 'fileId'> & { filePath: string };

export const ImportCounts = z.object({
  rows: z.number(),
  valid: z.number(),
  invalid: z.number(),
  duplicate: z.number(),
  skippedEmpty: z.number(),
  ragged: z.number(),
  invalidReasons: z.record(z.string(), z.number()),
  /** Valid rows with a note (several numbers, an extension left out), by note. */
  notes: z.record(z.string(), z.number()).optional(),
  /** Rows whose number came from another column than the phone column. */
  fromOtherColumn: z.number().optional(),
  /** Rows above the header (a title): not contacts, shown in the preview. */
  titleRows: z.number().optional(),
});
export type ImportCounts = z.infer<typeof ImportCounts>;

export const ExotelListLink = z.object({
  sid: z.string(),
  type: z.enum(['static', 'dynamic']),
  sentAt: z.string(),
  accepted: z.number(),
  duplicates: z.number(),
  failed: z.number(),
});
export type ExotelListLink = z.infer<typeof ExotelListLink>;

export const ContactListView = z.object({
  id: z.string(),
  accountId: z.string().nullable(),
  name: z.string(),
  sourceFile: z.string(),
  /** The sheet of an Excel workbook the list was imported from; null for a CSV file and lists imported before sheets were kept. */
  sourceSheet: z.string().nullable().optional(),
  country: z.string(),
  encoding: Encoding,
  delimiter: Delimiter,
  headers: z.array(z.string()),
  phoneColumn: z.number(),
  variables: z.array(VariableMapping),
  /** The columns that hold the contact's name; empty for a list imported without one. */
  nameColumns: z.array(z.number()).optional(),
  counts: ImportCounts,
  createdAt: z.string(),
  exotel: z.array(ExotelListLink.extend({ accountId: z.string() })),
});
export type ContactListView = z.infer<typeof ContactListView>;

export const ContactRow = z.object({
  rowNumber: z.number(),
  raw: z.string(),
  number: z.string().nullable(),
  status: RowStatus,
  reason: InvalidReason.nullable(),
  duplicateOf: z.number().nullable(),
  variables: z.record(z.string(), z.string()),
  note: RowNote.nullable().optional(),
  /** The sheet column the number was read from, when it is not the phone column. */
  numberColumn: z.number().nullable().optional(),
});
export type ContactRow = z.infer<typeof ContactRow>;

export const RowsQuery = z.strictObject({
  listId: z.string().min(1),
  status: RowStatus.optional(),
  offset: z.number().int().min(0),
  limit: z.number().int().min(1).max(1000),
});
export type RowsQuery = z.infer<typeof RowsQuery>;

export const RowsPage = z.object({
  total: z.number(),
  offset: z.number(),
  rows: z.array(ContactRow),
});
export type RowsPage = z.infer<typeof RowsPage>;
