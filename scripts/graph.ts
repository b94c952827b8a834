/**
 * npm run graph: one Mermaid diagram per flow and municipality, for legal review.
 * Every question, branch and outcome the municipality can reach (branches on the
 * municipality's facts and offers are decided for it; dated branches are kept and
 * labelled). Writes docs/graphs/<municipality>-<flow>.md.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadContent } from './content/load.ts';
import { openRoutes } from '../src/engine/condition-refs.ts';
import { flowsOf } from '../src/engine/content-rules.ts';
import type { Condition } from '../src/engine/model/condition.ts';
import type { Flow, FlowNode } from '../src/engine/model/flow.ts';
import type { Municipality } from '../src/engine/model/municipality.ts';

const { source, problems } = loadContent(resolve(import.meta.dirname, '../content'));
if (problems.length) {
  console.error(problems.map((p) => `${p.file}: ${p.message}`).join('\n'));
  process.exit(1);
}
const out = resolve(import.meta.dirname, '../docs/graphs');
mkdirSync(out, { recursive: true });
// Diagrams of flows or municipalities that no longer exist go.
for (const name of readdirSync(out)) if (name.endsWith('.md')) rmSync(resolve(out, name));

const q = (s: string) => `"${s.replace(/"/g, '#quot;').replace(/\n/g, ' ')}"`;
const safe = (id: string) => id.replace(/-/g, '_');

function describe(c: Condition): string {
  switch (c.test) {
    case 'answer':
      return `${c.node} = ${c.in.join(' / ')}`;
    case 'numberAtLeast':
      return `${c.node} ≥ ${c.value}`;
    case 'daysSinceAtMost':
      return `${c.node} ≤ ${c.days} days ago`;
    case 'monthsSinceLessThan':
      return `${c.node} < ${c.months} months ago`;
    case 'daysAfter':
      return `${c.node} > ${c.days} days after ${c.after.join(' / ')}`;
    case 'dated':
      return `${c.node} has a date`;
    case 'describes':
      return `describes ${c.flow}`;
    case 'fact':
      return `fact ${c.fact}`;
    case 'inForce':
      return `in force ${c.from ?? '…'} – ${c.to ?? '…'}`;
    case 'condition':
      return c.name;
    case 'all':
      return c.of.map(describe).join(' AND ');
    case 'any':
      return c.of.map(describe).join(' OR ');
    case 'not':
      return `NOT (${describe(c.condition)})`;
  }
}

function edges(node: FlowNode, m: Municipality): Array<[string, string]> {
  switch (node.kind) {
    case 'choice':
      return node.options.map((o) => [o.next, o.label.da]);
    case 'yesNo':
      return [
        [node.next.yes, 'Ja'],
        [node.next.no, 'Nej'],
        ...(node.next.dontKnow ? ([[node.next.dontKnow, 'Ved ikke']] as Array<[string, string]>) : []),
      ];
    case 'date':
    case 'number':
      return [[node.next, 'svar'], ...(node.unknown ? ([[node.unknown, 'Ved ikke']] as Array<[string, string]>) : [])];
    case 'route':
      // Dated branches stay open (no date given) and are labelled.
      return openRoutes(node, m).map((r) => [r.next, r.when ? describe(r.when) : 'ellers']);
    default:
      return [];
  }
}

function diagram(flow: Flow, m: Municipality): string {
  const lines = ['flowchart TD'];
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    const node = flow.nodes[id];
    if (!node) return;
    const n = safe(id);
    if (node.kind === 'outcome') lines.push(`  ${n}[[${q(`${node.type === 'offer' ? '✔' : '↪'} ${node.title.da}`)}]]`);
    else if (node.kind === 'route') lines.push(`  ${n}{${q(id)}}`);
    else if (node.kind === 'flow') lines.push(`  ${n}>${q(`videre i ${node.flow}`)}]`);
    else lines.push(`  ${n}[${q(node.question.da)}]`);
    for (const [next, label] of edges(node, m)) {
      lines.push(`  ${n} -->|${q(label)}| ${safe(next)}`);
      visit(next);
    }
  };
  visit(flow.start);
  return lines.join('\n');
}

let count = 0;
// Municipalities with their own documents, and the national base once (all others share it).
const national = Object.values(source.municipalities).find((m) => m.overlay === false)?.municipality;
const drawn = [
  ...Object.values(source.municipalities)
    .filter((m) => m.overlay !== false)
    .map((m) => m.municipality),
  ...(national
    ? [
        {
          ...national,
          id: 'national',
          name: { da: 'kommuner uden egne dokumenter', en: 'municipalities without their own documents' },
        },
      ]
    : []),
];
for (const municipality of drawn) {
  for (const flowId of municipality.offers) {
    const entry = flowsOf(source, municipality.id)[flowId];
    if (!entry) continue;
    const { flow } = entry;
    const from =
      entry.file === source.flows[flowId]?.file ? entry.file : `${source.flows[flowId]?.file ?? ''} og ${entry.file}`;
    const body = `# ${flow.title.da}: ${municipality.name.da}\n\n${flow.law.da}. ✔ = tilbud, ↪ = henvisning. Genereret af \`npm run graph\` fra ${from}.\n\n\`\`\`mermaid\n${diagram(flow, municipality)}\n\`\`\`\n`;
    writeFileSync(resolve(out, `${municipality.id}-${flowId}.md`), body);
    count++;
  }
}
console.log(`Wrote ${count} diagrams to docs/graphs/.`);
