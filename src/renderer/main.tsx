import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './styles/tokens.css';
import './styles/base.css';
import './styles/components.css';
import './styles/forms.css';
import './styles/feedback.css';
import './styles/calling-hours.css';
import './styles/overlays.css';
import './styles/shell.css';
import './styles/pages.css';
import './styles/review.css';
import './styles/wizard.css';
import './styles/tables.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
