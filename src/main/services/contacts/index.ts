/**
 * Contacts: sheets read into contact lists (the import engine), the lists kept in the store, and their sending to Exotel.
 *
 * The worker thread's code is bundled on its own, with its dependencies, by electron.vite.config.ts
 * as out/main/import-worker.js beside index.js, where ContactsImporter looks for it
 * (BUNDLED_WORKER_FILE; from app.asar.unpacked in the packaged app). Without it, imports still work, on the main thread. Tests and
 * scripts run worker.ts from source through tsx.
 */
export { ContactsImporter, BLOCK_SIZE, type ContactsImporterDeps, type RunContext } from './contacts-importer';
export type { ImportProgress } from './progress';
export type { CheckOptions, CheckReport } from './check-sheet';
export { writeProblemsCsv, exportListProblems, type ProblemsCsvLayout } from './problems-csv';
export { BUNDLED_WORKER_FILE } from './import-workers';
export { ContactsService } from './contacts-service';
export { ContactsSender } from './contacts-sender';
