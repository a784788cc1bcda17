/** The import engine: everything below the bridge for issue "Spreadsheet import". */
export { ImportService, BLOCK_SIZE, type ImportServiceDeps, type RunContext } from './import-service';
export type { ImportProgress } from './progress';
export type { CheckOptions, CheckReport } from './check-sheet';
export { writeProblemsCsv, exportListProblems, type ProblemsCsvLayout } from './problems-csv';
export { ContactListsRepo } from '../../store/contact-lists-repo';
export { describeReason, describeProblem } from '../../../shared/imports/describe-reason';
export { BUNDLED_WORKER_FILE } from './import-workers';
