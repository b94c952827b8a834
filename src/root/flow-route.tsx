import type { ComponentProps } from 'react';
import { ResultPage } from '@/features/result/result-page';
import { FlowPage } from '@/features/wizard/flow-page';

export { loadQuestionForm } from '@/features/wizard/flow-page';

/** The wizard with the result page it ends in: features meet only here, in the composition root. */
export function FlowRoute(props: Omit<ComponentProps<typeof FlowPage>, 'Result'>) {
  return <FlowPage {...props} Result={ResultPage} />;
}
