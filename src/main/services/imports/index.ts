/**
 * The import engine: everything below the bridge for spreadsheet import.
 *
 * The worker thread's code is bundled on its own, with its dependencies, by electron.vite.config.ts
 * as out/main/import-worker.js beside index.js, where ImportService looks for it
 * (BUNDLED_WORKER_FILE; from app.asar.unpacked in the packaged app). Without it, imports still work, on the main thread. Tests and
 * scripts run worker.ts from source through tsx.
 */
export { ImportService, BLOCK_SIZE, type ImportServiceDeps, type RunContext } from './import-service';
export type { ImportProgress } from './progress';
export type { CheckOptions, CheckReport } from './check-sheet';
export { writeProblemsCsv, exportListProblems, type ProblemsCsvLayout } from './problems-csv';
export { ContactListsRepo } from '../../store/contact-lists-repo';
export { describeReason, describeProblem } from '../../../shared/imports/describe-reason';
export { BUNDLED_WORKER_FILE } from './import-workers';
