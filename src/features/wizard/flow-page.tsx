import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { evaluate, type Evaluation, type Flow, type IsoDate, type MunicipalityBundle } from '@/engine';
import { navigate, type Route } from '@/app/routes';
import { session, useSession } from '@/app/session';
import { ProblemPage } from '@/shared/problem-page';
import { StepIndicator } from '@/shared/step-indicator';
import { useBundle } from '@/shared/use-bundle';
import { ResultPage } from '@/features/result/result-page';
import { CheckAnswersPage } from './check-answers-page';
import { QuestionForm } from './question-form';

type FlowRoute = Extract<Route, { page: 'question' | 'check' | 'result' }>;

/** Where the answers so far put the user: the current question, or the check page. */
function currentRoute(route: FlowRoute, evaluation: Evaluation): FlowRoute {
  return evaluation.status === 'question'
    ? {
        page: 'question',
        municipality: route.municipality,
        flow: route.flow,
        node: evaluation.nodeId,
        fromCheck: false,
      }
    : { page: 'check', municipality: route.municipality, flow: route.flow };
}

/** Whether the route may be shown for these answers; otherwise we send the user to where they are. */
function allowed(route: FlowRoute, evaluation: Evaluation): boolean {
  if (route.page === 'question') {
    return route.node === evaluation.nodeId || evaluation.path.some((s) => s.nodeId === route.node);
  }
  return evaluation.status === 'outcome';
}

export function FlowPage({ route, today }: { route: FlowRoute; today: IsoDate }) {
  const { t } = useTranslation();
  const state = useBundle(route.municipality);
  if (state.status === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (state.status === 'unknown') return <ProblemPage message={t('problems.unknownMunicipality')} />;
  if (state.status === 'failed') return <ProblemPage message={t('problems.loadFailed')} retry={state.retry} />;
  const flow = state.bundle.flows[route.flow];
  if (!flow) return <ProblemPage message={t('problems.unknownPage')} />;
  return <FlowView route={route} today={today} flow={flow} bundle={state.bundle} />;
}

function FlowView({
  route,
  today,
  flow,
  bundle,
}: {
  route: FlowRoute;
  today: IsoDate;
  flow: Flow;
  bundle: MunicipalityBundle;
}) {
  const current = useSession();
  const answers = current.answers[flow.id] ?? {};
  const evaluation = evaluate(flow, { municipality: bundle.municipality, answers, today });
  const ok = allowed(route, evaluation);

  useEffect(() => {
    // A deep link or shared link also tells us the municipality.
    if (current.municipality !== route.municipality) session.setMunicipality(route.municipality);
  }, [current.municipality, route.municipality]);
  useEffect(() => {
    if (!ok) navigate(currentRoute(route, evaluation), { replace: true });
  });
  if (!ok) return null;

  if (route.page === 'question') {
    const node = flow.nodes[route.node];
    if (!node || node.kind === 'route' || node.kind === 'outcome') return null;
    const onAnswer = (value: string) => {
      session.answer(flow.id, route.node, value);
      const next = evaluate(flow, {
        municipality: bundle.municipality,
        answers: { ...answers, [route.node]: value },
        today,
      });
      const target = currentRoute(route, next);
      navigate(target.page === 'question' ? { ...target, fromCheck: route.fromCheck } : target);
    };
    const rejected =
      evaluation.status === 'question' && evaluation.nodeId === route.node ? evaluation.rejected : undefined;
    return (
      <>
        <StepIndicator current="answers" />
        <BackLink route={route} evaluation={evaluation} />
        <QuestionForm
          key={route.node}
          nodeId={route.node}
          node={node}
          initial={answers[route.node]}
          today={today}
          rejected={rejected}
          onAnswer={onAnswer}
        />
      </>
    );
  }
  if (evaluation.status !== 'outcome') return null;
  if (route.page === 'check') {
    return <CheckAnswersPage route={route} flow={flow} evaluation={evaluation} />;
  }
  return <ResultPage bundle={bundle} flow={flow} evaluation={evaluation} today={today} />;
}

/** GOV.UK back link: to the previous question on the path, or to the start page. */
function BackLink({ route, evaluation }: { route: Extract<Route, { page: 'question' }>; evaluation: Evaluation }) {
  const { t } = useTranslation();
  if (route.fromCheck) {
    return (
      <a className="back-link" href={`#/${route.municipality}/${route.flow}/tjek`}>
        {t('question.back')}
      </a>
    );
  }
  const index = evaluation.path.findIndex((s) => s.nodeId === route.node);
  const previous = index === -1 ? evaluation.path.at(-1) : evaluation.path[index - 1];
  const target = previous ? `#/${route.municipality}/${route.flow}/q/${previous.nodeId}` : '#/';
  return (
    <a className="back-link" href={target}>
      {t('question.back')}
    </a>
  );
}
