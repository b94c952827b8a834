import type { FlowRoute as FlowRouteType } from './flow-route';
import { lazy, Suspense, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from '@/i18n';
import { todayInCopenhagen, type IsoDate } from '@/engine';
import { StartPage } from '@/features/start/start-page';
import { AccessibilityPage } from '@/features/about/accessibility-page';
import { SharePage } from '@/features/share/share-page';
import { ProblemPage } from '@/shared/problem-page';
import { Footer } from '@/app/footer';
import { currentHash, navigate, parseRoute, subscribeRoute, takeFieldFocus } from '@/app/routes';
import { readShare } from '@/app/share';
import { index } from 'virtual:content-index';
import { session, useSessionField } from '@/app/session';
import { takeUpdateNotice } from '@/app/update-notice';
import { preloadBundle, preloadTexts } from '@/shared/use-bundle';
import { PerspectiveProvider } from '@/shared/use-phrase';

// The wizard (form handling, engine, result) is its own chunk: the start page needs none of it.
// Once loaded (the start page preloads it), it renders at once, without a "Henter …" fallback.
let flowRoute: { FlowRoute: typeof FlowRouteType } | undefined;
const loadFlowRoute = () => import('./flow-route').then((m) => (flowRoute = m));
/** The wizard with its question form: what a question page needs (a result needs no form). */
const loadQuestions = () => loadFlowRoute().then((m) => m.loadQuestionForm());
const first = parseRoute(typeof window === 'undefined' ? '' : window.location.hash);
const LazyFlowPage = lazy(() =>
  Promise.all([loadFlowRoute(), first.page === 'question' ? loadQuestions() : undefined]).then(([m]) => ({
    default: m.FlowRoute,
  })),
);
const preloadWizard = () => loadQuestions();
const DeskPage = lazy(() => import('@/features/desk/desk-page').then((m) => ({ default: m.DeskPage })));

// A deep link into the wizard: its code and the municipality's content (on the result also its texts)
// start loading now, before the first render, not one after the other as each render asks for them.
if (typeof window !== 'undefined') {
  if (first.page === 'question' || first.page === 'check' || first.page === 'result') {
    void (first.page === 'question' ? loadQuestions() : loadFlowRoute()).catch(() => undefined);
    void preloadBundle(first.municipality);
    if (first.page === 'result') void preloadTexts(first.municipality);
  }
  // A share link opens the result of the municipality it names.
  const shared = first.page === 'share' ? readShare(first.payload) : undefined;
  if (shared?.ok && index.municipalities.some((m) => m.id === shared.shared.municipality)) {
    void loadFlowRoute().catch(() => undefined);
    void preloadBundle(shared.shared.municipality);
    void preloadTexts(shared.shared.municipality);
  }
}

export function App() {
  const { t, i18n } = useTranslation();
  // On the server (pre-rendering the start page) there is no hash: the start page.
  const hash = useSyncExternalStore(subscribeRoute, currentHash, () => '');
  const route = parseRoute(hash);
  const locale = useSessionField('locale');
  const perspective = useSessionField('perspective');
  const [notice] = useState(() => session.takeResetNotice());
  const [updated] = useState(() => takeUpdateNotice());
  // "Today" in Europe/Copenhagen, read once per page view on the pages that show dates (the start page
  // needs none, and reading it builds a date formatter); the engine never reads the clock.
  const today = useMemo(() => {
    let value: IsoDate | undefined;
    return () => (value ??= todayInCopenhagen(new Date()));
  }, [hash]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    if (i18n.language !== locale) void i18n.changeLanguage(locale);
  }, [locale, i18n]);

  // Move focus to the new page's heading so screen readers announce the page change.
  // In the next frame, so the new question paints first and the layout work is not on the click.
  useEffect(() => {
    let frame = 0;
    let tries = 0;
    const field = takeFieldFocus();
    const focusHeading = () => {
      const first = field ? document.querySelector<HTMLElement>('main input, main select, main textarea') : null;
      if (first) {
        first.focus();
        window.scrollTo(0, 0);
        return;
      }
      const heading = document.querySelector<HTMLElement>('main h1');
      // A lazily loaded page has no heading yet: look again next frame, for up to about two seconds.
      if (!heading) {
        if (tries++ < 120) frame = requestAnimationFrame(focusHeading);
        return;
      }
      if (document.activeElement?.closest('[role=alert]') === null) {
        heading.setAttribute('tabindex', '-1');
        heading.focus({ preventScroll: true });
      }
      window.scrollTo(0, 0);
    };
    frame = requestAnimationFrame(focusHeading);
    return () => cancelAnimationFrame(frame);
  }, [hash]);

  // The page title names the page (its h1), so a screen reader and the browser's tabs and history say
  // where the person is (WCAG 2.4.2); the start page keeps the guide's own title.
  useEffect(() => {
    let frame = 0;
    let tries = 0;
    const setTitle = () => {
      const heading = document.querySelector<HTMLElement>('main h1')?.textContent?.trim();
      if (!heading) {
        if (tries++ < 120) frame = requestAnimationFrame(setTitle);
        return;
      }
      document.title = route.page === 'start' ? t('app.documentTitle') : `${heading} – ${t('app.name')}`;
    };
    frame = requestAnimationFrame(setTitle);
    return () => cancelAnimationFrame(frame);
  }, [hash, locale, route.page, t]);

  const switchLanguage = () => session.setLocale(locale === 'da' ? 'en' : 'da');
  const clear = () => {
    session.clear();
    navigate({ page: 'start' }, { focusField: true });
  };

  return (
    <PerspectiveProvider value={perspective}>
      <a
        className="skipnav"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="container app-header-inner">
          <a className="app-name" href="#/">
            {t('app.name')}
          </a>
          <div className="app-header-actions">
            <button
              type="button"
              className="button button-tertiary"
              lang={locale === 'da' ? 'en' : 'da'}
              aria-label={t('app.languageLabel')}
              onClick={switchLanguage}
            >
              {t('app.language')}
            </button>
            <button type="button" className="button button-tertiary" onClick={clear}>
              {t('app.clearAnswers')}
            </button>
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="container">
        <div className={route.page === 'desk' ? undefined : 'app-content'}>
          {notice && (
            <div className="alert alert-info" role="status">
              <div className="alert-body">
                <p className="alert-text">{t('problems.storageReset')}</p>
              </div>
            </div>
          )}
          {updated && (
            <div className="alert alert-success" role="status">
              <div className="alert-body">
                <p className="alert-text">{t('app.updated')}</p>
              </div>
            </div>
          )}
          {route.page === 'start' && <StartPage preloadWizard={preloadWizard} />}
          {(route.page === 'question' || route.page === 'check' || route.page === 'result') && (
            <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
              {flowRoute ? (
                <flowRoute.FlowRoute route={route} today={today()} />
              ) : (
                <LazyFlowPage route={route} today={today()} />
              )}
            </Suspense>
          )}
          {route.page === 'share' && <SharePage payload={route.payload} />}
          {route.page === 'accessibility' && <AccessibilityPage />}
          {route.page === 'notFound' && <ProblemPage message={t('problems.unknownPage')} />}
        </div>
        {route.page === 'desk' && (
          <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
            <DeskPage today={today()} />
          </Suspense>
        )}
      </main>
      <Footer />
    </PerspectiveProvider>
  );
}
