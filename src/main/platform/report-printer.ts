import type { ReportFormat } from '../../shared/ipc/channels/report';

/**
 * Draws a campaign's report page as a file's bytes: the desktop prints the app's own report page in a hidden
 * window. The web host has none (a browser page prints itself), so there the port is absent.
 */
export interface ReportPrinter {
  render(campaignId: string, format: ReportFormat): Promise<Uint8Array>;
}

/** The address of the report page of a campaign, from the address the app's window loads. */
export function reportPageUrl(rendererUrl: string, campaignId: string): string {
  const base = rendererUrl.split('#')[0] ?? rendererUrl;
  return `${base}#report=${encodeURIComponent(campaignId)}`;
}
