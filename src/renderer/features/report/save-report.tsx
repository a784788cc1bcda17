import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/ipc/channels/app';
import type { ReportFormat } from '../../../shared/ipc/channels/report';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { ErrorBanner } from '../../components/error-notice';
import { toast } from '../../components/toast-store';
import { call, desk, toApiError } from '../../lib/api';
import { reportDataOf, type ReportData } from './report-data';
import { ReportView } from './report-view';

/** "Save report…" on a campaign: the one-page report shown first, then saved as PDF or PNG. */
export function SaveReportButton({ campaignId }: { campaignId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="sm" title="A one-page report of this campaign to share, as PDF or PNG" onClick={() => setOpen(true)}>
        Save report…
      </Button>
      {open ? <ReportDialog campaignId={campaignId} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function ReportDialog({ campaignId, onClose }: { campaignId: string; onClose: () => void }) {
  const [data, setData] = useState<ReportData | null>(null);
  const [shell, setShell] = useState<AppInfo['shell'] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState<ReportFormat | null>(null);

  useEffect(() => {
    let live = true;
    Promise.all([call(desk().report.get({ id: campaignId })), call(desk().app.info())])
      .then(([report, info]) => {
        if (!live) return;
        setData(reportDataOf(report, new Date()));
        setShell(info.shell);
      })
      .catch((cause: unknown) => live && setError(toApiError(cause).message));
    return () => {
      live = false;
    };
  }, [campaignId]);

  const save = async (format: ReportFormat): Promise<void> => {
    setError(null);
    setSaving(format);
    try {
      const saved = await call(desk().report.save({ id: campaignId, format }));
      if (saved.saved) {
        toast('ok', `Report saved as ${format.toUpperCase()}`, saved.filePath ?? undefined);
        onClose();
      }
    } catch (cause) {
      setError(toApiError(cause).message);
    } finally {
      setSaving(null);
    }
  };

  // In a browser the page prints itself: the browser's "Save as PDF" printer writes the file.
  const inBrowser = shell === 'web-host';
  const footer = (
    <>
      <Button variant="ghost" onClick={onClose}>
        Close
      </Button>
      {inBrowser ? (
        <>
          <Button disabled title="The desktop app saves the report as a PNG image; the browser can only print it">
            Save as PNG (desktop app)
          </Button>
          <Button variant="primary" disabled={!data} onClick={() => window.print()}>
            Print or save as PDF…
          </Button>
        </>
      ) : (
        <>
          <Button disabled={!data || saving !== null} busy={saving === 'png'} onClick={() => void save('png')}>
            Save as PNG…
          </Button>
          <Button variant="primary" disabled={!data || saving !== null} busy={saving === 'pdf'} onClick={() => void save('pdf')}>
            Save as PDF…
          </Button>
        </>
      )}
    </>
  );

  return (
    <Dialog title={data ? `Report of “${data.name}”` : 'Campaign report'} onClose={onClose} footer={footer} width={860}>
      {inBrowser ? (
        <p className="report-preview-note">
          Print prints this page alone; choose “Save as PDF” as the printer to keep it as a file. A PNG is saved by the desktop app.
        </p>
      ) : null}
      <ErrorBanner message={error} />
      {data ? (
        // Focusable, so the page can be scrolled from the keyboard when it is taller than the window.
        <div className="report-preview" tabIndex={0} role="region" aria-label="The report page, as it is saved">
          <ReportView data={data} />
        </div>
      ) : error ? null : (
        <p className="report-preview-note">Reading the campaign’s figures…</p>
      )}
    </Dialog>
  );
}
