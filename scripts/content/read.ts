/**
 * Reads `content/` from disk and validates it with zod (and its Markdown with markdown.ts).
 * Runs at build time (Vite plugin) and in the CLIs; never in the browser.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import type { ContentProblem } from '../../src/engine/model/bundle.ts';
import type { ContentSource, TextFile, TextSet } from '../../src/engine/model/content-source.ts';
import { FlowOverlaySchema, FlowSchema, type Flow } from '../../src/engine/model/flow.ts';
import { MunicipalitySchema, type Municipality } from '../../src/engine/model/municipality.ts';
import { LOCALES, LocaleSchema, type Locale } from '../../src/engine/model/phrase.ts';
import { DeadlinesFileSchema, ParametersFileSchema } from '../../src/engine/model/deadline.ts';
import { SourcesFileSchema } from '../../src/engine/model/source.ts';
import { TextFrontMatterSchema } from '../../src/engine/model/text.ts';
import { GlossaryFileSchema } from '../../src/engine/model/glossary.ts';
import { markdownProblems } from './markdown.ts';
import { expandFlow } from './expand.ts';
import { readNational } from './national.ts';
import { LawDatesFileSchema } from '../../src/engine/model/law-date.ts';
import { zodProblems } from './zod-problems.ts';
import { overlayFlow } from './overlay.ts';
import { suggestion } from '../../src/engine/suggest.ts';

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `Content has ${problems.length} problem(s):\n` +
        problems.map((p) => `  ${p.file}: ${p.message}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}

interface Loaded {
  source: ContentSource;
  problems: ContentProblem[];
  files: string[];
}

const TEXT_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)(\.relative)?\.([a-z]{2})\.md$/;
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .map((name) => join(dir, name));
}

/** Reads and validates one YAML file; problems name the file and the field. */
export function readYaml<T>(
  file: string,
  schema: z.ZodType<T>,
  rel: (f: string) => string,
  problems: ContentProblem[],
): T | undefined {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'));
  } catch (e) {
    const where = e instanceof YAMLParseError && e.linePos ? ` at line ${e.linePos[0].line}` : '';
    problems.push({ file: rel(file), message: `not valid YAML${where}: ${(e as Error).message.split('\n')[0]}` });
    return undefined;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    problems.push(...zodProblems(rel(file), parsed.error, schema));
    return undefined;
  }
  return parsed.data;
}

function readText(file: string, rel: string, problems: ContentProblem[]): TextFile | undefined {
  const raw = readFileSync(file, 'utf8');
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(raw);
  if (!m) {
    problems.push({ file: rel, message: 'must start with front matter between two "---" lines (title, sources)' });
    return undefined;
  }
  let front: unknown;
  try {
    front = parseYaml(m[1] ?? '');
  } catch (e) {
    problems.push({ file: rel, message: `front matter is not valid YAML: ${(e as Error).message.split('\n')[0]}` });
    return undefined;
  }
  const parsed = TextFrontMatterSchema.safeParse(front);
  if (!parsed.success) {
    problems.push(...zodProblems(rel, parsed.error, TextFrontMatterSchema));
    return undefined;
  }
  const markdown = (m[2] ?? '').trim();
  if (markdown === '') problems.push({ file: rel, message: 'the text is empty' });
  problems.push(...markdownProblems(rel, markdown));
  return { file: rel, frontMatter: parsed.data, markdown };
}

function readTexts(dir: string, rel: (f: string) => string, problems: ContentProblem[]): TextSet {
  const texts: TextSet = {};
  const relatives: Array<{ id: string; locale: Locale; text: TextFile }> = [];
  for (const file of listFiles(dir)) {
    const name = file.split(sep).pop() ?? '';
    const m = TEXT_FILE.exec(name);
    const locale = LocaleSchema.safeParse(m?.[3]);
    if (!m || !locale.success) {
      problems.push({
        file: rel(file),
        message: `text files are named <text-id>.<${LOCALES.join('|')}>.md (or <text-id>.relative.<locale>.md for a relative's wording)`,
      });
      continue;
    }
    const text = readText(file, rel(file), problems);
    if (!text) continue;
    if (m[2]) relatives.push({ id: m[1] ?? '', locale: locale.data, text });
    else (texts[m[1] ?? ''] ??= {})[locale.data] = text;
  }
  // A relative's wording replaces a text written to the citizen; alone it has nothing to replace.
  for (const { id, locale, text } of relatives) {
    const base = texts[id]?.[locale];
    if (base) base.relative = text;
    else problems.push({ file: text.file, message: `is a relative's wording of "${id}", but there is no ${id}.${locale}.md for the citizen` });
  }
  return texts;
}

/**
 * Reads every content file under `root` (the `content/` folder).
 * Collects all problems instead of stopping at the first.
 */
export function loadContent(root: string): Loaded {
  const problems: ContentProblem[] = [];
  const files: string[] = [];
  const rel = (f: string) => relative(join(root, '..'), f).split(sep).join('/');
  const track = (f: string) => {
    files.push(f);
    return f;
  };

  const sourcesFile = track(join(root, 'sources.yaml'));
  const sources = existsSync(sourcesFile)
    ? (readYaml(sourcesFile, SourcesFileSchema, rel, problems) ?? {})
    : (problems.push({ file: rel(sourcesFile), message: 'is missing' }), {});

  const optionalYaml = <T>(name: string, schema: z.ZodType<Record<string, T>>) => {
    const f = track(join(root, name));
    return { file: rel(f), values: existsSync(f) ? (readYaml(f, schema, rel, problems) ?? {}) : {} };
  };
  const deadlines = optionalYaml('deadlines.yaml', DeadlinesFileSchema);
  const parameters = optionalYaml('parameters.yaml', ParametersFileSchema);
  const glossary = optionalYaml('glossary.yaml', GlossaryFileSchema);
  const lawDates = optionalYaml('law-dates.yaml', LawDatesFileSchema);

  const flows: ContentSource['flows'] = {};
  for (const file of listFiles(join(root, 'flows')).map(track)) {
    if (!file.endsWith('.yaml')) {
      problems.push({ file: rel(file), message: 'flow files must end in .yaml; this one would be ignored' });
      continue;
    }
    const flow: Flow | undefined = readYaml(file, FlowSchema, rel, problems);
    if (!flow) continue;
    const expected = (file.split(sep).pop() ?? '').replace(/\.yaml$/, '');
    if (flow.id !== expected) problems.push({ file: rel(file), message: `id: "${flow.id}" must match the file name "${expected}"` });
    problems.push(...expandFlow(rel(file), flow, lawDates.values, lawDates.file));
    flows[flow.id] = { file: rel(file), flow };
  }

  const municipalities: ContentSource['municipalities'] = {};
  for (const dir of listFiles(join(root, 'municipalities'))) {
    if (!statSync(dir).isDirectory()) continue;
    const file = track(join(dir, 'municipality.yaml'));
    if (!existsSync(file)) {
      problems.push({ file: rel(file), message: 'is missing: every municipality folder needs one' });
      continue;
    }
    const municipality: Municipality | undefined = readYaml(file, MunicipalitySchema, rel, problems);
    const textDir = join(dir, 'texts');
    listFiles(textDir).forEach(track);
    const texts = readTexts(textDir, rel, problems);
    // Deadlines may also be kept one file per offer in deadlines/*.yaml.
    const extraDeadlines: Municipality['deadlines'] = {};
    for (const f of listFiles(join(dir, 'deadlines')).map(track)) {
      const found = readYaml(f, DeadlinesFileSchema, rel, problems) ?? {};
      for (const [id, d] of Object.entries(found)) {
        if (extraDeadlines[id] || municipality?.deadlines[id]) {
          problems.push({ file: rel(f), message: `${id}: this deadline id is defined twice for the municipality` });
        }
        extraDeadlines[id] = d;
      }
    }
    if (!municipality) continue;
    Object.assign(municipality.deadlines, extraDeadlines);
    const expected = dir.split(sep).pop() ?? '';
    if (municipality.id !== expected) {
      problems.push({ file: rel(file), message: `id: "${municipality.id}" must match the folder name "${expected}"` });
    }
    // Its own part of a flow: flows/<flow>.yaml adds or replaces nodes of the national flow with that id.
    const ownFlows: NonNullable<ContentSource['municipalities'][string]['flows']> = {};
    for (const f of listFiles(join(dir, 'flows')).map(track)) {
      const flowId = (f.split(sep).pop() ?? '').replace(/\.yaml$/, '');
      const base = flows[flowId]?.flow;
      if (!f.endsWith('.yaml') || !base) {
        problems.push({
          file: rel(f),
          message: `is named after no flow in content/flows${suggestion(flowId, Object.keys(flows))}; name it <flow>.yaml`,
        });
        continue;
      }
      if (!municipality.describes.includes(flowId)) {
        problems.push({
          file: rel(f),
          message: `changes the flow "${flowId}", which ${municipality.id}'s documents do not describe; add it to describes in municipality.yaml`,
        });
      }
      const overlay = readYaml(f, FlowOverlaySchema, rel, problems);
      if (!overlay) continue;
      const merged = overlayFlow(rel(f), base, overlay, lawDates.values, lawDates.file);
      problems.push(...merged.problems);
      ownFlows[flowId] = { file: rel(f), flow: merged.flow, own: merged.own };
    }
    municipalities[municipality.id] = {
      file: rel(file),
      municipality,
      texts,
      overlay: true,
      ...(Object.keys(ownFlows).length ? { flows: ownFlows } : {}),
    };
  }
  const register = readNational(root, rel, track, problems, municipalities);

  const sharedDir = join(root, 'texts');
  listFiles(sharedDir).forEach(track);
  const sharedTexts = readTexts(sharedDir, rel, problems);

  return {
    source: {
      flows,
      municipalities,
      register,
      sharedTexts,
      sources: { file: rel(sourcesFile), sources },
      deadlines: { file: deadlines.file, deadlines: deadlines.values },
      parameters: { file: parameters.file, parameters: parameters.values },
      glossary: { file: glossary.file, glossary: glossary.values },
      lawDates: { file: lawDates.file, dates: lawDates.values },
    },
    problems,
    files,
  };
}

