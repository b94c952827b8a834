/**
 * npm run verify [-- --json] [-- --as-of YYYY-MM-DD] [-- --today YYYY-MM-DD] [-- --scenarios DIR]
 * Walks every path of every flow for every municipality and reports problems, including
 * reachable outcomes no scenario in tests/scenarios pins.
 * `--as-of` picks the day whose rules are checked (law dates, amounts); `--today` stands in for the day
 * the verifier runs, against which each law source's `reviewBy` is measured (a warning 30 days before,
 * a problem after it).
 * Exit code 1 when there are problems.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { todayInCopenhagen } from '../src/engine/calendar.ts';
import { verify } from '../src/engine/verify.ts';
import { flowsOf } from '../src/engine/content-rules.ts';
import { longestPaths, MAX_QUESTIONS_PER_FLOW } from '../src/engine/longest-path.ts';
import { loadContent } from './content/load.ts';
import { loadScenarios } from './content/scenarios.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    'as-of': { type: 'string' },
    today: { type: 'string' },
    content: { type: 'string', default: resolve(import.meta.dirname, '../content') },
    scenarios: { type: 'string', default: resolve(import.meta.dirname, '../tests/scenarios') },
  },
});
const today = values.today ?? todayInCopenhagen(new Date());
const asOf = values['as-of'] ?? today;
for (const [option, value] of [
  ['--as-of', asOf],
  ['--today', today],
] as const) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    console.error(`${option} must be a date written YYYY-MM-DD, not "${value}"`);
    process.exit(2);
  }
}
const started = performance.now();
const cpuStarted = process.cpuUsage();
const loaded = loadContent(values.content);
const scenarios = loadScenarios(values.scenarios).flatMap(({ file, scenarios }) =>
  scenarios.map((s) => ({
    file: `tests/scenarios/${file}`,
    name: s.name,
    municipality: s.municipality,
    outcome: s.expect.outcome,
    nextStep: s.expect.nextStep !== undefined,
  })),
);
const report = verify(loaded.source, asOf, { scenarios, today });
report.problems.unshift(...loaded.problems);
const longest = longestPaths(
  (id) => Object.fromEntries(Object.entries(flowsOf(loaded.source, id)).map(([flowId, f]) => [flowId, f.flow])),
  Object.entries(loaded.source.municipalities).map(([id, m]) => ({ ...m.municipality, id })),
  asOf,
);
// Over the limit is a warning, not a failure: the flow's owner says why or shortens it.
const overLimit = longest.filter((l) => l.questions > MAX_QUESTIONS_PER_FLOW);
const ms = Math.round(performance.now() - started);
// CPU time: the verifier's own work, which other processes on a shared machine do not inflate.
const cpu = process.cpuUsage(cpuStarted);
const cpuMs = Math.round((cpu.user + cpu.system) / 1000);

if (values.json) {
  console.log(JSON.stringify({ ...report, longestPaths: longest, ms, cpuMs }, null, 2));
} else {
  for (const d of report.detail) {
    console.log(
      `${d.municipality.padEnd(12)} ${d.flow.padEnd(10)} ${String(d.paths).padStart(5)} paths  ${d.outcomes.length} outcomes`,
    );
  }
  const top = longest[0];
  if (top)
    console.log(
      `\nlongest path: ${top.questions} questions (${top.municipality} ${top.flow}): ${top.path.join(' → ')}`,
    );
  for (const l of overLimit) {
    console.warn(
      `warning: ${l.municipality} ${l.flow} may ask ${l.questions} questions (more than ${MAX_QUESTIONS_PER_FLOW}): ${l.path.join(' → ')}`,
    );
  }
  console.log(
    `\n${report.municipalities.length} municipalities, ${report.flows.length} flows, ${report.paths} paths, ${report.outcomes} outcomes, as of ${asOf} (law sources measured against ${today}), in ${ms} ms (${cpuMs} ms CPU)`,
  );
  if (report.coverage) {
    console.log(
      `Scenarios pin ${report.coverage.covered} of ${report.coverage.outcomes} outcomes reachable on any date.`,
    );
  }
  const { readability } = report;
  console.log(
    `LIX of ${readability.texts.length} Danish texts: median ${readability.median} (${readability.relativeMedian} in a relative's voice), highest ${readability.texts[0]?.lix ?? 0} (${readability.texts[0]?.file ?? '-'})`,
  );
  if (report.wording.length && !report.problems.some((p) => report.wording.includes(p))) {
    console.log(`\n${report.wording.length} wording problem(s) still to fix (not yet failing):`);
    for (const p of report.wording) console.log(`  ${p.file}: ${p.message}`);
  }
  for (const w of report.warnings) console.warn(`warning: ${w.file}: ${w.message}`);
  if (report.problems.length) {
    console.error(`\n${report.problems.length} problem(s):`);
    for (const p of report.problems) console.error(`  ${p.file}: ${p.message}`);
  } else {
    console.log('No problems.');
  }
}
process.exit(report.problems.length ? 1 : 0);
