import { useEffect, useState } from 'react';
import { call, desk, toApiError } from '../../lib/api';
import { reportDataOf, type ReportData } from './report-data';
import { ReportView } from './report-view';

const PREFIX = '#report=';

/** The campaign a `#report=<id>` address asks for; null for the app's own window. */
export function reportIdFromHash(hash: string): string | null {
  if (!hash.startsWith(PREFIX)) return null;
  try {
    return decodeURIComponent(hash.slice(PREFIX.length)) || null;
  } catch {
    return null;
  }
}

type State = { data: ReportData } | { error: string } | null;

/**
 * The report alone on a page, as the desktop app prints it to PDF or PNG in a hidden window: the page says on its
 * root element when the figures are drawn (`data-report="ready"`), or that they could not be read and why.
 */
export function ReportPage({ id }: { id: string }) {
  const [state, setState] = useState<State>(null);

  useEffect(() => {
    let live = true;
    call(desk().report.get({ id }))
      .then((report) => live && setState({ data: reportDataOf(report, new Date()) }))
      .catch((cause: unknown) => live && setState({ error: toApiError(cause).message }));
    return () => {
      live = false;
    };
  }, [id]);

  useEffect(() => {
    const root = document.documentElement;
    if (!state) return;
    if ('error' in state) {
      root.dataset.reportError = state.error;
      root.dataset.report = 'failed';
      return;
    }
    // Two frames: the page has been laid out and painted once the second one starts.
    const first = requestAnimationFrame(() => {
      const second = requestAnimationFrame(() => {
        root.dataset.report = 'ready';
      });
      cleanup = () => cancelAnimationFrame(second);
    });
    let cleanup = () => cancelAnimationFrame(first);
    return () => cleanup();
  }, [state]);

  return (
    <div className="report-page">
      {state === null ? <p className="report-faint">Reading the campaign’s figures…</p> : null}
      {state && 'error' in state ? <p role="alert">{state.error}</p> : null}
      {state && 'data' in state ? <ReportView data={state.data} /> : null}
    </div>
  );
}
