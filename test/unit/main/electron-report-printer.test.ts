import { beforeEach, describe, expect, it, vi } from 'vitest';

interface Made {
  options: Record<string, unknown>;
  loaded: string[];
  pdfOptions: unknown[];
  destroyed: boolean;
}

const electron = vi.hoisted(() => {
  const made: Made[] = [];
  /** What the page's root element says after each poll: the test sets the script. */
  const page = { states: [] as [string, string][] };
  class BrowserWindow {
    readonly record: Made;
    readonly webContents;
    constructor(options: Record<string, unknown>) {
      this.record = { options, loaded: [], pdfOptions: [], destroyed: false };
      made.push(this.record);
      const record = this.record;
      this.webContents = {
        executeJavaScript: async () => page.states.shift() ?? ['', ''],
        printToPDF: async (pdf: unknown) => {
          record.pdfOptions.push(pdf);
          return Buffer.from('%PDF-1.7 report');
        },
        capturePage: async () => ({ toPNG: () => Buffer.from([0x89, 0x50, 0x4e, 0x47]) }),
      };
    }
    async loadURL(url: string) {
      this.record.loaded.push(url);
    }
    destroy() {
      this.record.destroyed = true;
    }
  }
  return { made, page, module: { BrowserWindow } };
});
vi.mock('electron', () => electron.module);

const { electronReportPrinter, A4_PX } = await import('../../../src/main/platform/electron-report-printer');
const { SECURE_WEB_PREFERENCES } = await import('../../../src/main/security');

const printer = (readyTimeoutMs?: number) =>
  electronReportPrinter({ rendererUrl: 'app://campaign-desk/index.html', preload: '/app/out/preload/index.cjs', readyTimeoutMs });

beforeEach(() => {
  electron.made.length = 0;
  electron.page.states = [];
});

describe('the desktop report printer', () => {
  it('prints the report page of the campaign in a hidden, locked-down window to an A4 PDF with its backgrounds', async () => {
    electron.page.states = [
      ['', ''],
      ['ready', ''],
    ];
    const bytes = await printer().render('camp/7 ü', 'pdf');
    expect(Buffer.from(bytes).toString()).toBe('%PDF-1.7 report');
    const [window] = electron.made;
    expect(window?.loaded).toEqual(['app://campaign-desk/index.html#report=camp%2F7%20%C3%BC']);
    expect(window?.options).toMatchObject({ show: false, width: A4_PX.width, height: A4_PX.height });
    expect(window?.options.webPreferences).toMatchObject({
      ...SECURE_WEB_PREFERENCES,
      devTools: false,
      preload: '/app/out/preload/index.cjs',
    });
    expect(window?.pdfOptions).toEqual([expect.objectContaining({ pageSize: 'A4', landscape: false, printBackground: true })]);
    expect(window?.destroyed).toBe(true);
  });

  it('captures the page as a PNG once it is drawn', async () => {
    electron.page.states = [['ready', '']];
    const bytes = await printer().render('c1', 'png');
    expect(Buffer.from(bytes).subarray(1, 4).toString()).toBe('PNG');
    expect(electron.made[0]?.pdfOptions).toEqual([]);
    expect(electron.made[0]?.destroyed).toBe(true);
  });

  it('says why when the page could not read the campaign, and closes the hidden window', async () => {
    electron.page.states = [['failed', 'That campaign is not in the list any more.']];
    await expect(printer().render('gone', 'pdf')).rejects.toThrow('That campaign is not in the list any more.');
    expect(electron.made[0]?.destroyed).toBe(true);
  });

  it('gives up on a page that never says it is drawn', async () => {
    await expect(printer(120).render('c1', 'pdf')).rejects.toThrow(/not drawn within/);
    expect(electron.made[0]?.destroyed).toBe(true);
  });
});
