import { useTranslation } from '@/i18n';

/** Tilgængelighedserklæring: what the guide does for accessibility and how it is checked. */
export function AccessibilityPage() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('accessibility.title')}</h1>
      <p>{t('accessibility.intro')}</p>
      <h2>{t('accessibility.howTitle')}</h2>
      <ul>
        <li>{t('accessibility.how1')}</li>
        <li>{t('accessibility.how2')}</li>
        <li>{t('accessibility.how3')}</li>
      </ul>
      <h2>{t('accessibility.statusTitle')}</h2>
      <p>{t('accessibility.status')}</p>
      <h2>{t('accessibility.contactTitle')}</h2>
      <p>{t('accessibility.contact')}</p>
    </>
  );
}
