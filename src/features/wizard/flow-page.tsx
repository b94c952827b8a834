import { lazy, Suspense, useEffect, useMemo, type ComponentType } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from '@/i18n';
import {
  entryFlow,
  evaluate,
  type Evaluation,
  type IsoDate,
  type MunicipalityBundle,
  type MunicipalityContent,
} from '@/engine';
import { href, navigate, type Route } from '@/app/routes';
import { session, useSession } from '@/app/session';
import { ProblemPage } from '@/shared/problem-page';
import { StepIndicator } from '@/shared/step-indicator';
import { prefetchTexts, useContent, useTexts, whenIdle } from '@/shared/use-bundle';
import { CheckAnswersPage } from './check-answers-page';
import type { QuestionForm as QuestionFormType } from './question-form';

/*
 * The question form (react-hook-form and the answer fields) is its own chunk: a result opened from a
 * share link needs none of it. The composition root loads it with the wizard when a question comes
 * first; on "Tjek dine svar" and the result it is fetched in idle time, for "Ændr".
 */
let questionForm: { QuestionForm: typeof QuestionFormType } | undefined;
export function loadQuestionForm(): Promise<void> {
  return import('./question-form').then((m) => {
    questionForm = m;
  });
}
/** Once the page shows (`ready`), fetches the question form in idle time. */
function usePrefetchQuestionForm(ready: boolean): void {
  useEffect(() => (ready ? whenIdle(() => void loadQuestionForm().catch(() => undefined)) : undefined), [ready]);
}

const LazyQuestionForm = lazy(() =>
  import('./question-form').then((m) => {
    questionForm = m;
    return { default: m.QuestionForm };
  }),
);

type FlowRoute = Extract<Route, { page: 'question' | 'check' | 'result' }>;

/** Where the answers so far put the user: the current question, or the check page. */
function currentRoute(municipality: string, evaluation: Evaluation): FlowRoute {
  return evaluation.status === 'question'
    ? { page: 'question', municipality, flow: evaluation.flowId, node: evaluation.nodeId, fromCheck: false }
    : { page: 'check', municipality };
}

/** Whether the route may be shown for these answers; otherwise we send the user to where they are. */
function allowed(route: FlowRoute, evaluation: Evaluation): boolean {
  if (route.page === 'question') {
    const here = (s: { flowId: string; nodeId: string }) => s.flowId === route.flow && s.nodeId === route.node;
    return here(evaluation) || evaluation.path.some(here);
  }
  return evaluation.status === 'outcome';
}

/** What the wizard shows once the answers reach an outcome (the result page, wired in by the composition root). */
export type ResultView = ComponentType<{
  bundle: MunicipalityBundle;
  evaluation: Extract<Evaluation, { status: 'outcome' }>;
  today: IsoDate;
}>;

interface Props {
  route: FlowRoute;
  today: IsoDate;
  Result: ResultView;
}

export function FlowPage({ route, today, Result }: Props) {
  const { t } = useTranslation();
  // The questions need only the municipality's content chunk; its texts come when the result shows.
  const state = useContent(route.municipality);
  if (state.status === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (state.status === 'unknown') return <ProblemPage message={t('problems.unknownMunicipality')} />;
  if (state.status === 'failed') return <ProblemPage message={t('problems.loadFailed')} retry={state.retry} />;
  if (route.page === 'question' && !state.bundle.flows[route.flow]) {
    return <ProblemPage message={t('problems.unknownPage')} />;
  }
  return <FlowView route={route} today={today} bundle={state.bundle} Result={Result} />;
}

function FlowView({ route, today, bundle, Result }: Props & { bundle: MunicipalityContent }) {
  const { t } = useTranslation();
  const current = useSession();
  const context = { municipality: bundle.municipality, answers: current.answers, today };
  const evaluation = evaluate(bundle.flows, entryFlow(bundle.municipality), context);
  const ok = allowed(route, evaluation);

  // Once a question shows, the result's texts load in idle time: the result then appears without "Henter …".
  useEffect(() => prefetchTexts(route.municipality), [route.municipality]);
  usePrefetchQuestionForm(route.page === 'check');
  useEffect(() => {
    // A deep link also tells us the municipality.
    if (current.municipality !== route.municipality) session.setMunicipality(route.municipality);
  }, [current.municipality, route.municipality]);
  useEffect(() => {
    if (!ok) {
      // A stored answer that was refused (e.g. in a share link): after repairing it, the person
      // goes on to what is still missing and then back to "Tjek dine svar", not through every later question.
      const target = currentRoute(route.municipality, evaluation);
      const repair =
        target.page === 'question' && evaluation.status === 'question' && evaluation.rejected !== undefined;
      navigate(repair ? { ...target, fromCheck: true } : target, { replace: true });
    }
  });
  if (!ok) return null;

  if (route.page === 'question') {
    const node = bundle.flows[route.flow]?.nodes[route.node];
    if (!node || node.kind === 'route' || node.kind === 'outcome' || node.kind === 'flow') return null;
    // flushSync renders the next question at once, in the submit event, instead of in a later scheduler task.
    const onAnswer = (value: string) => flushSync(() => answerAndGo(value));
    const answerAndGo = (value: string) => {
      const answers = { ...current.answers, [route.flow]: { ...current.answers[route.flow], [route.node]: value } };
      const next = evaluate(bundle.flows, entryFlow(bundle.municipality), { ...context, answers });
      session.answer(route.flow, route.node, value);
      // The next question in order, showing its earlier answer if there is one (GOV.UK question pages);
      // when changing an answer from "Tjek dine svar", straight on to the first unanswered question.
      const index = next.path.findIndex((s) => s.flowId === route.flow && s.nodeId === route.node);
      const following = next.path[index + 1];
      if (!route.fromCheck && index !== -1 && following) {
        navigate({
          page: 'question',
          municipality: route.municipality,
          flow: following.flowId,
          node: following.nodeId,
          fromCheck: false,
        });
        return;
      }
      const target = currentRoute(route.municipality, next);
      navigate(target.page === 'question' ? { ...target, fromCheck: route.fromCheck } : target);
    };
    const here =
      evaluation.status === 'question' && evaluation.flowId === route.flow && evaluation.nodeId === route.node;
    // Rendered directly once loaded, so later questions never pass through the fallback.
    const Form = questionForm?.QuestionForm ?? LazyQuestionForm;
    return (
      <>
        <StepIndicator current="answers" />
        <BackLink route={route} evaluation={evaluation} />
        <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
          <Form
            key={`${route.flow}/${route.node}`}
            nodeId={route.node}
            node={node}
            initial={current.answers[route.flow]?.[route.node]}
            today={today}
            rejected={here ? evaluation.rejected : undefined}
            onAnswer={onAnswer}
          />
        </Suspense>
      </>
    );
  }
  if (evaluation.status !== 'outcome') return null;
  if (route.page === 'check') {
    return <CheckAnswersPage municipality={route.municipality} bundle={bundle} evaluation={evaluation} />;
  }
  return <WithTexts content={bundle} evaluation={evaluation} today={today} Result={Result} />;
}

/** The result, once the municipality's texts are here. */
function WithTexts({
  content,
  evaluation,
  today,
  Result,
}: {
  content: MunicipalityContent;
  evaluation: Extract<Evaluation, { status: 'outcome' }>;
  today: IsoDate;
  Result: ResultView;
}) {
  const { t } = useTranslation();
  const state = useTexts(content.municipality.id);
  const texts = state.status === 'ready' ? state.bundle : undefined;
  const bundle = useMemo(() => texts && { ...content, ...texts }, [content, texts]);
  usePrefetchQuestionForm(bundle !== undefined);
  if (state.status === 'failed') return <ProblemPage message={t('problems.loadFailed')} retry={state.retry} />;
  if (!bundle) return <p role="status">{t('app.loading')}</p>;
  return <Result bundle={bundle} evaluation={evaluation} today={today} />;
}

/** GOV.UK back link: to the previous question on the path, or to the start page. */
function BackLink({ route, evaluation }: { route: Extract<Route, { page: 'question' }>; evaluation: Evaluation }) {
  const { t } = useTranslation();
  const index = evaluation.path.findIndex((s) => s.flowId === route.flow && s.nodeId === route.node);
  const previous = index === -1 ? evaluation.path.at(-1) : evaluation.path[index - 1];
  const target = route.fromCheck
    ? href({ page: 'check', municipality: route.municipality })
    : previous
      ? href({
          page: 'question',
          municipality: route.municipality,
          flow: previous.flowId,
          node: previous.nodeId,
          fromCheck: false,
        })
      : '#/';
  return (
    <a className="back-link" href={target}>
      {t('question.back')}
    </a>
  );
}
