import { useEffect, useRef } from 'react';
import { useTranslation } from '@/i18n';

export interface FieldError {
  fieldId: string;
  message: string;
}

/**
 * DKFDS error summary: shown above the form after a failed submit, takes focus,
 * and links to each wrong field (focusing it without touching the hash route).
 */
export function ErrorSummary({ errors, attempt }: { errors: FieldError[]; attempt: number }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length) ref.current?.focus();
  }, [attempt, errors.length]);
  if (!errors.length) return null;
  return (
    <div className="alert alert-error" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <div className="alert-body">
        <h2 className="alert-heading" id="error-summary-title">
          {t('question.errorSummaryTitle')}
        </h2>
        <ul className="alert-text nobullet-list">
          {errors.map((e) => (
            <li key={e.fieldId}>
              <a
                href={`#${e.fieldId}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(e.fieldId)?.focus();
                }}
              >
                {e.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
