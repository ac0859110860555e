import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppFooter } from './components/AppFooter';
import type { OpenedFile } from './components/draft-files/DraftFileActions';
import { usePendingOpenFile } from './components/draft-files/usePendingOpenFile';
import { FrameworkOfferBanner } from './components/FrameworkOfferBanner';
import { FirstRunLanguage } from './components/FirstRunLanguage';
import { SkipLink } from './components/SkipLink';
import { useFrameworkOffer } from './components/useFrameworkOffer';
import { hrefOf, navigate, useRoute, type Route } from './routing/route';
import { ReportsListScreen } from './screens/ReportsListScreen';
import { QuestionsScreen } from './screens/questions/QuestionsScreen';
import { ReportScreen } from './screens/ReportScreen';
import { SettingsScreen } from './screens/SettingsScreen';

function CurrentScreen({
  route,
  openedFile,
  offer,
}: {
  route: Route;
  openedFile: OpenedFile;
  offer: ReturnType<typeof useFrameworkOffer>;
}) {
  switch (route.screen) {
    case 'questions':
      return <QuestionsScreen offer={offer.offer} onOfferChanged={offer.refresh} />;
    case 'reports':
      return <ReportsListScreen openedFile={openedFile} />;
    case 'settings':
      return <SettingsScreen />;
    case 'report':
      return <ReportScreen reportId={route.reportId} step={route.step} />;
  }
}

/** `askLanguage`: the first start, before the officer has chosen the interface language. */
export function App({ askLanguage = false }: { askLanguage?: boolean }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(askLanguage);
  const route = useRoute();
  const openedFile = usePendingOpenFile();
  const offer = useFrameworkOffer();
  // A draft file opened from the desktop is imported on the reports list, where the officer
  // can answer "copy or replace?" if the report is already here.
  useEffect(() => {
    if (openedFile.file) navigate({ screen: 'reports' });
  }, [openedFile.file]);
  const current = route.screen === 'settings' || route.screen === 'questions' ? 'settings' : 'reports';
  return (
    <>
      <SkipLink toForm={route.screen === 'report'} />
      <header className="app-header">
        <p className="app-name">
          <span className="app-name__brand">{t('app.name')}</span>{' '}
          <span className="app-name__tagline">{t('app.tagline')}</span>
        </p>
        <nav aria-label={t('app.mainNavigation')}>
          <ul className="app-nav">
            <li>
              <a href={hrefOf({ screen: 'reports' })} aria-current={current === 'reports' ? 'page' : undefined}>
                {t('nav.reports')}
              </a>
            </li>
            <li>
              <a href={hrefOf({ screen: 'settings' })} aria-current={current === 'settings' ? 'page' : undefined}>
                {t('nav.settings')}
              </a>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main-content" tabIndex={-1}>
        <FrameworkOfferBanner offer={offer.offer} onQuestionsScreen={route.screen === 'questions'} />
        {asking ? (
          <FirstRunLanguage onChosen={() => setAsking(false)} />
        ) : (
          <CurrentScreen route={route} openedFile={openedFile} offer={offer} />
        )}
      </main>
      <AppFooter />
    </>
  );
}
