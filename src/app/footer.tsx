import { memo } from 'react';
import { useTranslation } from '@/i18n';
import { index } from 'virtual:content-index';
import { useSessionField } from './session';

/** Footer: the accessibility statement and, once chosen, the municipality's contact. */
export const Footer = memo(function Footer() {
  const { t, i18n } = useTranslation();
  const municipality = useSessionField('municipality');
  const m = index.municipalities.find((x) => x.id === municipality);
  const locale = i18n.language === 'en' ? 'en' : 'da';
  return (
    <footer className="app-footer">
      <div className="container">
        <ul className="app-footer-links">
          <li>
            <a href="#/tilgaengelighed">{t('footer.accessibility')}</a>
          </li>
          <li>
            <a href="#/skranke">{t('footer.desk')}</a>
          </li>
        </ul>
        {m && (
          <p className="app-footer-contact">
            <strong>{m.name[locale]}</strong>
            {m.phone ? (
              <>
                {' · '}
                {/* "Telefon" inside the link: its name differs from the same number in a result's contact line. */}
                <a href={`tel:+45${m.phone.replace(/ /g, '')}`}>
                  {t('footer.phone')} {m.phone}
                </a>
                {m.phoneHours && <> ({m.phoneHours[locale]})</>}
              </>
            ) : (
              m.contactNote && <> · {m.contactNote[locale]}</>
            )}
          </p>
        )}
      </div>
    </footer>
  );
});
