import { BrowserWindow, type WebContents } from 'electron';
import { reportPageUrl, type ReportPrinter } from './report-printer';

/** An A4 page in CSS pixels (96 per inch): the hidden window is the page, so the PNG is the page as printed. */
export const A4_PX = { width: 794, height: 1123 } as const;

export interface ReportPrinterOptions {
  /** The address the app's window loads; the report page is the same app at `#report=<id>`. */
  rendererUrl: string;
  preload: string;
  /** How long the page may take to read its figures and draw; a report needs no network. */
  readyTimeoutMs?: number;
}

/**
 * Prints the app's own report page in a hidden window of the app: the same page, preload and safety settings as
 * the main window, so it reads its figures over the same checked bridge. PDF by Chromium's printer (A4, with its
 * backgrounds), PNG by a capture of the page.
 */
export function electronReportPrinter(options: ReportPrinterOptions): ReportPrinter {
  return {
    async render(campaignId, format) {
      const window = new BrowserWindow({
        show: false,
        width: A4_PX.width,
        height: A4_PX.height,
        useContentSize: true,
        backgroundColor: '#ffffff',
        webPreferences: {
          contextIsolation: true,
          sandbox: true,
          nodeIntegration: false,
          nodeIntegrationInWorker: false,
          nodeIntegrationInSubFrames: false,
          webviewTag: false,
          webSecurity: true,
          allowRunningInsecureContent: false,
          experimentalFeatures: false,
          spellcheck: false,
          disableBlinkFeatures: 'Auxclick',
          devTools: false,
          preload: options.preload,
        },
      });
      try {
        await window.loadURL(reportPageUrl(options.rendererUrl, campaignId));
        await pageReady(window.webContents, options.readyTimeoutMs ?? 20_000);
        if (format === 'pdf') {
          return await window.webContents.printToPDF({
            pageSize: 'A4',
            landscape: false,
            printBackground: true,
            preferCSSPageSize: true,
            margins: { top: 0, bottom: 0, left: 0, right: 0 },
          });
        }
        const image = await window.webContents.capturePage();
        return image.toPNG();
      } finally {
        window.destroy();
      }
    },
  };
}

/** The report page says on its root element when its figures are drawn, or why they could not be. */
async function pageReady(contents: WebContents, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = (await contents.executeJavaScript(
      "[document.documentElement.dataset.report ?? '', document.documentElement.dataset.reportError ?? '']",
    )) as [string, string];
    if (state[0] === 'ready') return;
    if (state[0] === 'failed') throw new Error(state[1] || 'The report page could not read the campaign.');
    if (Date.now() > deadline) throw new Error(`The report page was not drawn within ${Math.round(timeoutMs / 1000)} s.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
