import { useEffect, useState } from 'react';
import { useTranslation } from '@/i18n';
import { index } from 'virtual:content-index';
import { navigate } from '@/app/routes';
import { session } from '@/app/session';
import { readShare, type ShareProblem } from '@/app/share';
import { ProblemPage } from '@/shared/problem-page';

/** Opens a shared link: valid answers go into this tab's session; anything else gets a friendly fresh start. */
export function SharePage({ payload }: { payload: string }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<ShareProblem | 'unknownMunicipality' | undefined>(undefined);
  useEffect(() => {
    const read = readShare(payload);
    if (!read.ok) {
      session.clear();
      setProblem(read.problem);
      return;
    }
    if (!index.municipalities.some((m) => m.id === read.shared.municipality)) {
      session.clear();
      setProblem('unknownMunicipality');
      return;
    }
    session.importShared(read.shared);
    // The result page sends the user on to the first unanswered question if the link is incomplete.
    navigate({ page: 'result', municipality: read.shared.municipality }, { replace: true });
  }, [payload]);
  if (!problem) return <p role="status">{t('app.loading')}</p>;
  return <ProblemPage message={t(`share.${problem}`)} />;
}
