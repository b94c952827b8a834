import { useState } from 'react';
import { useTranslation } from '@/i18n';
import { shareUrl } from '@/app/share';
import { useSession } from '@/app/session';
import { usePhrase } from '@/shared/use-phrase';

export function ShareLink({ municipality }: { municipality: string }) {
  const { t } = useTranslation();
  const { context } = usePhrase();
  const current = useSession();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const url = shareUrl({ municipality, answers: current.answers, perspective: current.perspective });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <div className="no-print">
      <p>{t('share.intro', { context })}</p>
      <div className="form-group">
        <label className="form-label" htmlFor="share-url">
          {t('share.linkLabel')}
        </label>
        <input
          id="share-url"
          className="form-input share-url"
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
        />
      </div>
      <button type="button" className="button button-secondary" onClick={() => void copy()}>
        {t('share.copy')}
      </button>
      <p role="status" className="share-status">
        {status === 'copied' ? t('share.copied') : status === 'failed' ? t('share.copyFailed') : ''}
      </p>
    </div>
  );
}
