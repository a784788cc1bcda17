/** Native file dialogs; the e2e fixture answers them instead of a person. */
export interface Dialogs {
  openSheet(): Promise<string | null>;
  saveCsv(defaultName: string): Promise<string | null>;
  /** Where to save a campaign's report page, as a PDF or a PNG. */
  saveReport(defaultName: string, format: 'pdf' | 'png'): Promise<string | null>;
}
