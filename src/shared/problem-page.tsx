import { useTranslation } from '@/i18n';

/** A friendly dead end: says what went wrong and offers a way on. Never a blank page. */
export function ProblemPage({ message, retry }: { message: string; retry?: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('problems.title')}</h1>
      <p>{message}</p>
      <p className="button-group">
        {retry && (
          <button type="button" className="button button-secondary" onClick={retry}>
            {t('problems.retry')}
          </button>
        )}
        <a className="button button-primary" href="#/">
          {t('problems.toStart')}
        </a>
      </p>
    </>
  );
}
