import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { setupI18n } from './i18n/i18n';
import './styles/app.css';

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  const settings = await window.ripoti?.getSettings();
  const language = settings?.ok ? settings.value.interfaceLanguage : 'en';
  const i18n = await setupI18n(language);
  document.documentElement.lang = i18n.language;
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
