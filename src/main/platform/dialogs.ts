/** Native file dialogs; the e2e fixture answers them instead of a person. */
export interface Dialogs {
  openSheet(): Promise<string | null>;
  saveCsv(defaultName: string): Promise<string | null>;
}
