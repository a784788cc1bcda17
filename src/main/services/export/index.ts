export { CsvWriter, writeCsv, formatCell, asText, asId, type CellKind, type CsvColumn, type CsvValue } from './csv-writer';
export { ExportService, type ExportServiceDeps } from './export-service';
export { callColumns, callCells, zonedTime, type CallsExportMode, type LocalContacts } from './call-details-csv';
