import type { ReactNode } from 'react';
import { useTranslation } from '@/i18n';

interface Props {
  /** Each text's caveats, under the text's title. */
  caveats: Array<{ id: string; title: string; html: string }>;
  /** The list of sources, shown with them. */
  children: ReactNode;
}

/**
 * "Kilder og forbehold": what the sources do not say and where they disagree, with the sources
 * themselves. It sits in an accordion item on the result page, so the main text stays short;
 * opened, it prints opened.
 */
export function Caveats({ caveats, children }: Props) {
  const { t } = useTranslation();
  return (
    <div className="caveats">
      {caveats.length > 0 && <p>{t('caveats.intro')}</p>}
      {caveats.map((c) => (
        <div key={c.id}>
          <h4 className="h5">{c.title}</h4>
          {/* Rendered from validated Markdown at build time; raw HTML in content fails the build. */}
          <div className="markdown" dangerouslySetInnerHTML={{ __html: c.html }} />
        </div>
      ))}
      {children}
    </div>
  );
}
