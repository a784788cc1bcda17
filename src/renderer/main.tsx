import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { ReportPage, reportIdFromHash } from './features/report/report-page';
import './styles/tokens.css';
import './styles/base.css';
import './styles/components.css';
import './components/banner.css';
import './styles/forms.css';
import './styles/feedback.css';
import './styles/calling-hours.css';
import './styles/overlays.css';
import './styles/shell.css';
import './styles/pages.css';
import './styles/review.css';
import './styles/wizard.css';
import './styles/tables.css';
// Screens loaded later bring their code, not their looks: every screen's styles come with the first one.
import './features/activity/outbox.css';
import './features/campaigns/campaign-actions.css';
import './features/campaigns/campaigns-browser.css';
import './features/campaigns/plan-detail.css';
import './features/compose/compose.css';
import './features/compose/follow-up.css';
import './features/contacts/sheet-tabs.css';
import './features/report/report.css';

const root = document.getElementById('root');
// `#report=<id>`: the report page alone, which the desktop app prints in a hidden window.
const reportId = reportIdFromHash(location.hash);
if (root) {
  createRoot(root).render(<StrictMode>{reportId ? <ReportPage id={reportId} /> : <App />}</StrictMode>);
}
