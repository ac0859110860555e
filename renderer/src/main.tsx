import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { setupI18n } from './i18n/i18n';
import './styles/app.css';
import './styles/controls.css';

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  // The language chosen in Settings is applied before the first paint, so nothing flashes in English.
  const settings = await window.ripoti?.getSettings();
  await setupI18n(settings?.ok ? settings.value.interfaceLanguage : 'en');
  createRoot(container).render(
    <StrictMode>
      <App askLanguage={settings?.ok === true && !settings.value.interfaceLanguageChosen} />
    </StrictMode>,
  );
}

void start();
