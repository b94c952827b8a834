import { useTranslation } from '@/i18n';
import { formatLongDate, UNKNOWN, type QuestionNode } from '@/engine';
import { usePhrase } from './use-phrase';

/** How a stored answer reads back to a person ("Ja", "Basalt niveau", "fredag den 6. marts 2026"). */
export function useAnswerText(): (node: QuestionNode, answer: string) => string {
  const { t } = useTranslation();
  const { text, locale } = usePhrase();
  return (node, answer) => {
    if (answer === UNKNOWN) return t('check.unknown');
    switch (node.kind) {
      case 'choice': {
        const option = node.options.find((o) => o.value === answer);
        return option ? text(option.label) : answer;
      }
      case 'yesNo':
        return t(`question.${answer === 'yes' ? 'yes' : answer === 'no' ? 'no' : 'dontKnow'}`);
      case 'date':
        return formatLongDate(answer, locale);
      case 'number':
        return node.unit ? `${answer} ${text(node.unit)}` : answer;
    }
  };
}
