/**
 * Authoring shorthands a flow may use, replaced when the flow is read so the engine sees
 * only plain conditions:
 *   { test: condition, name: transport-likely }   a named condition from the flow's `conditions`
 *   { test: inForce, since: elderly-act }         from a law date in content/law-dates.yaml
 *   { test: inForce, before: regions-2027 }       up to the day before a law date
 * A literal date in an inForce test is reported: law dates are parameters with a source.
 */
import { addCalendarDays } from '../../src/engine/calendar.ts';
import type { ContentProblem } from '../../src/engine/model/bundle.ts';
import type { Condition } from '../../src/engine/model/condition.ts';
import type { Flow } from '../../src/engine/model/flow.ts';
import type { LawDate } from '../../src/engine/model/law-date.ts';
import { suggestion } from '../../src/engine/suggest.ts';

export function expandFlow(
  file: string,
  flow: Flow,
  lawDates: Record<string, LawDate>,
  lawDatesFile: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const named = flow.conditions ?? {};
  const used = new Set<string>();
  const expand = (c: Condition, where: string, trail: string[]): Condition => {
    switch (c.test) {
      case 'condition': {
        used.add(c.name);
        const found = named[c.name];
        if (!found) {
          problems.push({
            file,
            message: `${where}: the condition "${c.name}" is not in this flow's conditions${suggestion(c.name, Object.keys(named))}`,
          });
          return c;
        }
        if (trail.includes(c.name)) {
          problems.push({ file, message: `conditions.${c.name}: refers to itself (${[...trail, c.name].join(' → ')})` });
          return c;
        }
        return expand(found, `conditions.${c.name}`, [...trail, c.name]);
      }
      case 'inForce': {
        if (c.from !== undefined || c.to !== undefined) {
          problems.push({
            file,
            message: `${where}: write the date as a law date with its source (since: or before: an id from ${lawDatesFile}), not as ${c.from ?? c.to}`,
          });
        }
        const date = (id: string | undefined) => {
          if (id === undefined) return undefined;
          const found = lawDates[id];
          if (!found) {
            problems.push({
              file,
              message: `${where}: the law date "${id}" is not in ${lawDatesFile}${suggestion(id, Object.keys(lawDates))}`,
            });
          }
          return found?.date;
        };
        const since = date(c.since);
        const before = date(c.before);
        return {
          test: 'inForce',
          ...(since ?? c.from ? { from: since ?? c.from } : {}),
          ...(before ? { to: addCalendarDays(before, -1) } : c.to ? { to: c.to } : {}),
        };
      }
      case 'all':
      case 'any':
        return { test: c.test, of: c.of.map((x) => expand(x, where, trail)) };
      case 'not':
        return { test: 'not', condition: expand(c.condition, where, trail) };
      default:
        return c;
    }
  };
  for (const [id, node] of Object.entries(flow.nodes)) {
    const where = `nodes.${id}`;
    if (node.kind === 'route') node.routes = node.routes.map((r) => ({ ...r, when: expand(r.when, where, []) }));
    if (node.kind === 'outcome') {
      node.sections = node.sections.map((s) => (s.when ? { ...s, when: expand(s.when, where, []) } : s));
      node.deadlines = node.deadlines.map((d) => (d.when ? { ...d, when: expand(d.when, where, []) } : d));
      node.nextStep = node.nextStep.map((s) => (s.when ? { ...s, when: expand(s.when, where, []) } : s));
    }
  }
  for (const name of Object.keys(named)) {
    if (!used.has(name)) problems.push({ file, message: `conditions.${name}: is never used; remove it or use it with { test: condition, name: ${name} }` });
  }
  // The engine reads only the expanded conditions.
  delete flow.conditions;
  return problems;
}
