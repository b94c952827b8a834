import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from '@/i18n';

interface Props {
  /** Each text's caveats, under the text's title. */
  caveats: Array<{ id: string; title: string; html: string }>;
  /** The list of sources, shown in the same folded section. */
  children: ReactNode;
}

/**
 * "Kilder og forbehold": what the sources do not say and where they disagree, with the sources
 * themselves, folded by default so the main text stays short. Opened for printing, so a printed
 * result keeps them.
 */
export function Caveats({ caveats, children }: Props) {
  const { t } = useTranslation();
  const details = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    let wasOpen = false;
    const before = () => {
      wasOpen = details.current?.open ?? false;
      if (details.current) details.current.open = true;
    };
    const after = () => {
      if (details.current) details.current.open = wasOpen;
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  return (
    <section aria-labelledby="caveats" className="result-section">
      <h2 id="caveats">{t('caveats.title')}</h2>
      <details className="caveats" ref={details}>
        <summary>{t('caveats.show')}</summary>
        <p>{t('caveats.intro')}</p>
        {caveats.map((c) => (
          // A div, not a section: a second landmark named like the text's own section would repeat it.
          <div key={c.id}>
            <h3 className="h5">{c.title}</h3>
            {/* Rendered from validated Markdown at build time; raw HTML in content fails the build. */}
            <div className="markdown" dangerouslySetInnerHTML={{ __html: c.html }} />
          </div>
        ))}
        {children}
      </details>
    </section>
  );
}
