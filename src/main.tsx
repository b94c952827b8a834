import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { loadSession, session } from '@/app/session';
import { startServiceWorker } from '@/app/updates';
import { initI18n } from '@/i18n';
import './styles/main.scss';

loadSession();
initI18n(session.get().locale);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

startServiceWorker();
