import { createStore } from '../../lib/create-store';
import type { Delimiter, Encoding, HeaderChoice, ReadOptions, SheetPreview } from '../../../shared/contacts/schemas';
import type { JobFinished } from '../../../shared/jobs/schemas';
import { useJobs } from '../../app/jobs-store';
import { useNav } from '../../app/nav-store';
import { toast } from '../../components/toast-store';
import { call, desk, onEvent, toApiError } from '../../lib/api';
import { useAccounts } from '../accounts/accounts-store';
import { useContacts } from './contacts-store';
import {
  checkMapping,
  initialColumns,
  listNameFrom,
  settingsIssuesToErrors,
  toSettings,
  type ColumnChoice,
  type MappingDraft,
} from './mapping';

export type ImportStep = 'idle' | 'choose' | 'preview' | 'map' | 'running' | 'failed';

interface ImportStore extends MappingDraft {
  step: ImportStep;
  preview: SheetPreview | null;
  inspecting: boolean;
  /** A problem with the file itself (cannot read it, .xlsx, empty), shown on the step that hit it. */
  fileError: string | null;
  errors: Record<string, string>;
  jobId: string | null;
  finishMessage: string | null;
  /** A list the failed import still saved (the good rows before the failure). */
  keptListId: string | null;
  /** The lists that existed when the import started, to find the one it made. */
  listIdsBefore: string[];
  /** The job whose ending is being handled, so it is handled once. */
  settling: string | null;
  begin: () => void;
  close: () => void;
  chooseFile: () => Promise<void>;
  inspect: (fileId: string, options?: ReadOptions) => Promise<void>;
  /** Opens the wizard on a file main granted outside the dialog (a drop, the OS); not while an import runs. */
  openGranted: (fileId: string, fileName: string) => Promise<void>;
  setEncoding: (encoding: Encoding) => Promise<void>;
  setDelimiter: (delimiter: Delimiter) => Promise<void>;
  /** Reads another sheet of the workbook. */
  setSheet: (sheet: string) => Promise<void>;
  /** Where the column names are: the preview is read again with them there. */
  setHeader: (header: HeaderChoice) => Promise<void>;
  setFallbackColumn: (column: number | null) => void;
  setUseExportRule: (on: boolean) => void;
  goTo: (step: 'choose' | 'preview' | 'map') => void;
  setPhoneColumn: (column: number) => void;
  setNameColumns: (columns: number[]) => void;
  updateColumn: (column: number, change: Partial<Omit<ColumnChoice, 'column'>>) => void;
  setListName: (name: string) => void;
  setCountry: (country: string) => void;
  beginImport: () => Promise<void>;
  cancel: () => Promise<void>;
  follow: () => () => void;
}

export const importInitial = {
  step: 'idle' as ImportStep,
  preview: null,
  inspecting: false,
  fileError: null,
  errors: {},
  jobId: null,
  finishMessage: null,
  keptListId: null,
  listIdsBefore: [] as string[],
  settling: null,
  phoneColumn: null,
  fallbackColumn: null,
  useExportRule: true,
  nameColumns: null as number[] | null,
  columns: [] as ColumnChoice[],
  listName: '',
  country: 'IN',
};

/** The header the user chose, kept when the encoding changes; none when the preview shows the guess. */
function chosenHeader(preview: SheetPreview): { header?: HeaderChoice } {
  const { header, detectedHeader } = preview;
  if (!header || !detectedHeader) return {};
  const same = header.titleRows === detectedHeader.titleRows && header.hasHeader === detectedHeader.hasHeader;
  return same ? {} : { header: { titleRows: header.titleRows, hasHeader: header.hasHeader } };
}

function defaultCountry(): string {
  const { accounts, activeId } = useAccounts.getState();
  return accounts.find((a) => a.id === activeId)?.defaultCountry ?? 'IN';
}

function nextHolding(scores: ReadonlyArray<{ callable: number }>, phone: number): number | null {
  const order = [...scores.keys()].filter((c) => c > phone).concat([...scores.keys()].filter((c) => c < phone));
  return order.find((c) => (scores[c]?.callable ?? 0) > 0) ?? null;
}

export const useImport = createStore<ImportStore>()((set, get) => {
  const clearError = (key: string) => {
    const errors = get().errors;
    if (!(key in errors)) return;
    const next = { ...errors };
    delete next[key];
    set({ errors: next });
  };

  return {
    ...importInitial,
    begin: () => {
      if (get().step === 'running') return;
      set({ ...importInitial, step: 'choose', country: defaultCountry() });
    },
    close: () => {
      if (get().step === 'running') return;
      set({ ...importInitial });
    },
    chooseFile: async () => {
      if (get().step === 'running') return;
      if (get().step === 'idle') set({ ...importInitial, step: 'choose', country: defaultCountry() });
      try {
        const { file } = await call(desk().contacts.chooseFile());
        if (file) await get().inspect(file.fileId);
      } catch (cause) {
        set({ fileError: toApiError(cause).message, step: 'choose' });
      }
    },
    openGranted: async (fileId, fileName) => {
      useNav.getState().go('contacts');
      if (get().step === 'running') {
        toast('warn', 'An import is already running', `Wait for it to finish or cancel it, then open “${fileName}” again.`);
        return;
      }
      await get().inspect(fileId);
    },
    inspect: async (fileId, options) => {
      if (get().step === 'running') return;
      set({ inspecting: true, fileError: null });
      if (get().step === 'idle') set({ step: 'choose', country: defaultCountry() });
      try {
        // Columns are scored for the numbers the active account can call.
        const preview = await call(desk().contacts.inspect({ fileId, options: { ...options, country: defaultCountry() } }));
        const sameFile = get().preview?.fileId === preview.fileId;
        const sameSheet = get().preview?.workbook?.sheet === preview.workbook?.sheet;
        const sameShape = sameFile && sameSheet && get().preview?.headers.join('\u0000') === preview.headers.join('\u0000');
        const phoneColumn = sameShape ? get().phoneColumn : preview.guessedPhoneColumn;
        set({
          preview,
          inspecting: false,
          step: sameFile && get().step !== 'choose' ? get().step : 'preview',
          phoneColumn,
          fallbackColumn: sameShape ? get().fallbackColumn : (preview.phone?.fallbackColumn ?? null),
          useExportRule: sameShape ? get().useExportRule : true,
          // A new delimiter or encoding may change the columns; keep the user's mapping only when they did not.
          columns: sameShape ? get().columns : initialColumns(preview, phoneColumn),
          nameColumns: sameShape ? (get().nameColumns ?? null) : null,
          listName: sameFile && get().listName ? get().listName : listNameFrom(preview.fileName),
          errors: {},
        });
      } catch (cause) {
        set({ inspecting: false, fileError: toApiError(cause).message });
      }
    },
    setEncoding: async (encoding) => {
      const preview = get().preview;
      if (preview) await get().inspect(preview.fileId, { encoding, delimiter: preview.delimiter, ...chosenHeader(preview) });
    },
    setDelimiter: async (delimiter) => {
      const preview = get().preview;
      // Another separator makes other columns: where the header is gets guessed again.
      if (preview) await get().inspect(preview.fileId, { encoding: preview.encoding, delimiter });
    },
    setSheet: async (sheet) => {
      const preview = get().preview;
      if (preview?.workbook && preview.workbook.sheet !== sheet) await get().inspect(preview.fileId, { sheet });
    },
    setHeader: async (header) => {
      const preview = get().preview;
      if (preview)
        await get().inspect(preview.fileId, {
          encoding: preview.encoding,
          delimiter: preview.delimiter,
          header,
          ...(preview.workbook ? { sheet: preview.workbook.sheet } : {}),
        });
    },
    setFallbackColumn: (fallbackColumn) => set({ fallbackColumn }),
    setUseExportRule: (useExportRule) => set({ useExportRule }),
    goTo: (step) => set({ step, fileError: step === 'choose' ? get().fileError : null }),
    setPhoneColumn: (column) => {
      // The phone column cannot also be a variable.
      const scores = get().preview?.phone?.scores ?? [];
      const fallback = get().fallbackColumn;
      set({
        phoneColumn: column,
        columns: get().columns.map((c) => (c.column === column ? { ...c, include: false } : c)),
        // The fallback cannot be the phone column itself: the next one holding numbers takes its place.
        fallbackColumn: fallback === column ? nextHolding(scores, column) : fallback,
      });
      clearError('phoneColumn');
      clearError(`column.${column}`);
    },
    setNameColumns: (nameColumns) => set({ nameColumns }),
    updateColumn: (column, change) => {
      set({ columns: get().columns.map((c) => (c.column === column ? { ...c, ...change } : c)) });
      clearError(`column.${column}`);
      clearError('variables');
    },
    setListName: (listName) => {
      set({ listName });
      clearError('listName');
    },
    setCountry: (country) => {
      set({ country: country.toUpperCase() });
      clearError('country');
    },
    beginImport: async () => {
      const { preview } = get();
      if (!preview) return;
      const errors = checkMapping(get());
      if (Object.keys(errors).length) {
        set({ errors });
        return;
      }
      try {
        const listIdsBefore = useContacts.getState().lists.map((l) => l.id);
        const { jobId } = await call(desk().contacts.import(toSettings(preview, get())));
        useJobs.getState().track(jobId, `Importing ${preview.fileName}`, 'import', { quiet: true });
        set({ jobId, step: 'running', errors: {}, finishMessage: null, keptListId: null, listIdsBefore });
        // A small sheet can finish before this call returned: settle at once if it did.
        const finished = useJobs.getState().finished[jobId];
        if (finished) await settle(finished);
      } catch (cause) {
        const error = toApiError(cause);
        if (error.issues.length) set({ errors: settingsIssuesToErrors(error.issues, get()) });
        else set({ errors: { form: error.message } });
      }
    },
    cancel: async () => {
      const jobId = get().jobId;
      if (jobId) await useJobs.getState().cancel(jobId);
    },
    follow: () => {
      const stopJobs = useJobs.subscribe((jobs) => {
        const jobId = get().jobId;
        const finished = jobId ? jobs.finished[jobId] : undefined;
        if (finished) void settle(finished);
      });
      const stopOpened = onEvent('files:opened', (grant) => void get().openGranted(grant.fileId, grant.fileName));
      return () => {
        stopJobs();
        stopOpened();
      };
    },
  };

  /** Ends the wizard once its job ends; runs once per job however many times it is told. */
  async function settle(finished: JobFinished): Promise<void> {
    if (finished.jobId !== get().jobId || get().step !== 'running' || get().settling === finished.jobId) return;
    set({ settling: finished.jobId });
    if (finished.outcome === 'cancelled') {
      set({ step: 'map', jobId: null, finishMessage: finished.message });
      return;
    }
    // The job's result names the list; if it does not (a failure that kept rows), find the new one.
    let listId = finished.kind === 'import' ? (finished.result?.listId ?? null) : null;
    const before = new Set(get().listIdsBefore);
    await useContacts.getState().load();
    listId ??= useContacts.getState().lists.find((l) => !before.has(l.id))?.id ?? null;
    const nav = useNav.getState();
    // Someone who went elsewhere while it ran is not pulled away: a notice offers the list instead.
    const away = nav.section !== 'contacts';
    const fileName = get().preview?.fileName ?? 'the sheet';
    if (finished.outcome === 'done' && listId) {
      set({ ...importInitial });
      useContacts.getState().select(listId);
      // On Contacts the new list opens with its counts: a notice would repeat them.
      if (away) toast('ok', `Imported ${fileName}`, finished.message, { label: 'Open list', run: () => nav.go('contacts') });
      return;
    }
    set({ step: 'failed', jobId: null, finishMessage: finished.message, keptListId: listId });
    if (away) toast('bad', 'The import stopped', finished.message, { label: 'See why', run: () => nav.go('contacts') });
  }
});
