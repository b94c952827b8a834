import { useTranslation } from '@/i18n';

const STEPS = ['answers', 'check', 'result'] as const;
export type WizardStep = (typeof STEPS)[number];

/** DKFDS step indicator for the three stages of the guide. */
export function StepIndicator({ current }: { current: WizardStep }) {
  const { t } = useTranslation();
  const currentIndex = STEPS.indexOf(current);
  return (
    <nav aria-label={t('steps.label')} className="step-indicator-nav">
      <ol className="step-indicator">
        {STEPS.map((step, i) => (
          <li
            key={step}
            className={i === currentIndex ? 'current' : i > currentIndex ? 'disabled' : undefined}
            aria-current={i === currentIndex ? 'step' : undefined}
          >
            <span className="step">
              <span className="step-number">
                <span>{i + 1}</span>
              </span>
              <span className="step-title">{t(`steps.${step}`)}</span>
            </span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
