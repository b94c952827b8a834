import type { QuestionNode } from '@/engine';
import { useTranslation } from '@/i18n';
import { usePhrase } from './use-phrase';

export interface AnswerOption {
  value: string;
  label: string;
  hint?: string;
}

/** The radio options of a choice or yes/no question, worded for the current language and perspective. */
export function useAnswerOptions(node: QuestionNode): AnswerOption[] {
  const { t } = useTranslation();
  const { text } = usePhrase();
  if (node.kind === 'choice') {
    return node.options.map((o) => ({
      value: o.value,
      label: text(o.label),
      ...(o.hint ? { hint: text(o.hint) } : {}),
    }));
  }
  if (node.kind === 'yesNo') {
    return [
      { value: 'yes', label: t('question.yes') },
      { value: 'no', label: t('question.no') },
      ...(node.next.dontKnow ? [{ value: 'dontKnow', label: t('question.dontKnow') }] : []),
    ];
  }
  return [];
}
