/**
 * Scenario tests as data: each YAML file in this folder lists realistic citizens
 * (a situation in, the expected outcome out), each citing the seed line it rests on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMunicipality, loadContent } from '../../scripts/content/load.ts';
import { loadScenarios } from '../../scripts/content/scenarios.ts';
import {
  entryFlow,
  evaluate,
  legalBasis,
  parameterInForce,
  resolveNextStep,
  timeline,
  type MunicipalityBundle,
} from '../../src/engine/index.ts';

const here = resolve(import.meta.dirname);
const loaded = loadContent(resolve(here, '../../content'));
const bundles = new Map<string, MunicipalityBundle>();
const bundle = (id: string) => {
  let b = bundles.get(id);
  if (!b) bundles.set(id, (b = compileMunicipality(loaded.source, id)));
  return b;
};

describe('scenarios', () => {
  it('has content without problems to run against', () => {
    expect(loaded.problems).toEqual([]);
  });

  it('cites only documents kept in the repository or named in content/sources.yaml', () => {
    // Content comments quote the seed lines and name sources by id; they do not point
    // to files outside the repository or to documents that do not exist.
    const contentDir = resolve(here, '../../content');
    const files = readdirSync(contentDir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ya?ml|md)$/.test(f));
    const offending = files.filter((f) =>
      /DOMAIN\.md|docs\/content-decisions|\.\.\/shared\//.test(readFileSync(join(contentDir, f), 'utf8')),
    );
    expect(offending).toEqual([]);
  });

  for (const { file, scenarios: list } of loadScenarios(here)) {
    describe(file, () => {
      for (const s of list) {
        it(s.name, () => {
          const b = bundle(s.municipality);
          const answers = Object.fromEntries(
            Object.entries(s.answers).map(([flow, a]) => [
              flow,
              Object.fromEntries(Object.entries(a).map(([k, v]) => [k, String(v)])),
            ]),
          );
          const result = evaluate(b.flows, entryFlow(b.municipality), {
            municipality: b.municipality,
            answers,
            today: s.today,
          });
          if (result.status !== 'outcome') {
            expect.fail(
              `${s.name}: stopped at question ${result.flowId}/${result.nodeId}${result.rejected ? ` (rejected: ${result.rejected})` : ''}`,
            );
          }
          expect(`${result.flowId}/${result.nodeId}`).toBe(s.expect.outcome);
          for (const id of s.expect.sections) expect(result.sections).toContain(id);
          for (const id of s.expect.notSections) expect(result.sections).not.toContain(id);
          // What the citizen's result page shows: the texts, the heading and summary, each deadline's label,
          // rule and advice, and each dated amount with its period (today's, or the latest known with its warning).
          const rendered = (locale: 'da' | 'en') => {
            // Each text with its caveats, which the page folds under "Kilder og forbehold".
            const html = result.sections
              .map((id) => [b.texts[id]?.[locale].html ?? '', b.texts[id]?.[locale].caveats ?? ''].join('\n'))
              .join('\n');
            const deadlineText = result.deadlines
              .map((id) => b.deadlines[id])
              .map((d) => (d ? `${d.label[locale]}\n${d.rule[locale]}\n${d.whenPassed[locale]}` : ''));
            const parameterText = result.parameters.map((id) => {
              const p = b.parameters[id];
              const found = p && parameterInForce(p, s.today);
              if (!p || !found) return '';
              const values = found.period.values.map((v) => `${v.label[locale]}: ${v.amount} ${v.unit[locale]}`);
              const warning = found.current ? '' : p.afterLastPeriod[locale];
              return [p.label[locale], warning, `${found.period.from} – ${found.period.to}`, ...values].join('\n');
            });
            const { title, summary } = result.node;
            // The legal basis the sources name: the outcome's own law, else the flow's.
            const flow = b.flows[result.flowId];
            const basis = flow
              ? `${locale === 'da' ? 'Lovgrundlag' : 'Legal basis'}: ${legalBasis(flow, result.node)[locale]}`
              : '';
            // What the result concludes from the answers (e.g. transport), in both voices.
            const conclusionText = result.conclusions.flatMap((c) => [c.text[locale], c.text.relative?.[locale] ?? '']);
            return [
              html,
              title[locale],
              summary[locale],
              basis,
              ...deadlineText,
              ...parameterText,
              ...conclusionText,
            ].join('\n');
          };
          const plain = rendered('da');
          for (const t of s.expect.texts) expect(plain).toContain(t);
          for (const t of s.expect.notTexts) expect(plain).not.toContain(t);
          // What is on paper even with every section closed: the printout's and the desk handout's texts.
          const printed = result.printed.map((id) => b.texts[id]?.da.html ?? '').join('\n');
          for (const t of s.expect.printedTexts) expect(printed).toContain(t);
          const plainEn = rendered('en');
          for (const t of s.expect.textsEn) expect(plainEn).toContain(t);
          for (const t of s.expect.notTextsEn) expect(plainEn).not.toContain(t);
          for (const [locale, expected] of [
            ['da', s.expect.questionTexts],
            ['en', s.expect.questionTextsEn],
          ] as const) {
            for (const [key, phrase] of Object.entries(expected)) {
              const [flowId = '', nodeId = ''] = key.split('/');
              const node = b.flows[flowId]?.nodes[nodeId];
              if (!node || !('question' in node)) expect.fail(`${key} is not a question`);
              const options = node.kind === 'choice' ? node.options.flatMap((o) => [o.label, o.hint]) : [];
              const wording = [node.question, node.hint, ...options]
                .flatMap((p) => (p ? [p[locale], p.relative?.[locale] ?? ''] : []))
                .join('\n');
              expect(wording, key).toContain(phrase);
            }
          }
          for (const id of s.expect.notDeadlines) expect(result.deadlines).not.toContain(id);
          for (const [id, kind] of Object.entries(s.expect.deadlineKinds)) {
            expect(result.deadlines, id).toContain(id);
            expect(b.deadlines[id]?.kind, id).toBe(kind);
          }
          const entries = timeline(result.deadlines, b.deadlines, result.events, s.today);
          const dates = Object.fromEntries(entries.map((e) => [e.id, e.date]));
          const want = s.expect.nextStep;
          if (want) {
            const step = resolveNextStep(result.nextStep, b.municipality, entries, result.events);
            expect({ actor: step.step.actor, action: step.step.action }).toEqual({
              actor: want.actor,
              action: want.action,
            });
            if (want.contact !== undefined) expect(step.step.contact).toBe(want.contact);
            if (want.deadline !== undefined) expect(step.deadline ?? 'none').toBe(want.deadline);
            if (want.date !== undefined) expect(step.entry?.date ?? 'none').toBe(want.date);
            if (want.on !== undefined) expect(step.on?.date).toBe(want.on);
          }
          for (const [id, date] of Object.entries(s.expect.deadlines)) expect(dates[id], id).toBe(date);
          const verdicts = Object.fromEntries(result.conclusions.map((c) => [c.id, c.verdict]));
          for (const [id, verdict] of Object.entries(s.expect.conclusions)) expect(verdicts[id], id).toBe(verdict);
          const notes = result.assumptions.map((a) => a.note.da).join('\n');
          for (const t of s.expect.assumes) expect(notes).toContain(t);
        });
      }
    });
  }
});
