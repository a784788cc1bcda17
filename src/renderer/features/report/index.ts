export { ReportView } from './report-view';
export { reportDataOf, type ReportData } from './report-data';
export { SaveReportButton } from './save-report';
