/**
 * Reads `content/` from disk, validates it with zod and renders its Markdown.
 * Runs at build time (Vite plugin) and in the CLIs; never in the browser.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Marked, type Tokens } from 'marked';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { interpolate } from '../../src/engine/interpolate.ts';
import type { ContentIndex, ContentProblem, MunicipalityBundle, RenderedText } from '../../src/engine/model/bundle.ts';
import type { ContentSource, TextFile, TextSet } from '../../src/engine/model/content-source.ts';
import { FlowSchema, type Flow } from '../../src/engine/model/flow.ts';
import { MunicipalitySchema, type Municipality } from '../../src/engine/model/municipality.ts';
import { LOCALES, LocaleSchema, type Locale } from '../../src/engine/model/phrase.ts';
import { DeadlinesFileSchema, ParametersFileSchema } from '../../src/engine/model/deadline.ts';
import { SourcesFileSchema } from '../../src/engine/model/source.ts';
import { TextFrontMatterSchema } from '../../src/engine/model/text.ts';

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

const TEXT_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.([a-z]{2})\.md$/;
const ALLOWED_SCHEMES = ['https:', 'http:', 'mailto:', 'tel:'];

function zodProblems(file: string, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => ({
    file,
    message: `${issue.path.length ? issue.path.join('.') : '(file)'}: ${issue.message}`,
  }));
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .map((name) => join(dir, name));
}

/** Reads and validates one YAML file; problems name the file and the field. */
function readYaml<T>(
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
    problems.push(...zodProblems(rel(file), parsed.error));
    return undefined;
  }
  return parsed.data;
}

/** Checks Markdown for what content may not contain: raw HTML and unsafe or malformed links. */
export function markdownProblems(file: string, markdown: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  // walkTokens visits every token, also inside lists and table cells.
  new Marked().walkTokens(new Marked().lexer(markdown), (token) => {
    if (token.type === 'html') {
      problems.push({ file, message: `raw HTML is not allowed in content: ${token.raw.trim().slice(0, 40)}` });
    }
    if (token.type !== 'link' && token.type !== 'image') return;
    const href = (token as Tokens.Link).href;
    // In-app fragments are fine; a link that is wholly a placeholder is a municipality fact, checked by its schema.
    if (href.startsWith('#') || /^\{\{\s*[a-zA-Z0-9.-]+\s*\}\}$/.test(href)) return;
    const candidate = href.replace(/\{\{\s*[a-zA-Z0-9.-]+\s*\}\}/g, 'x');
    let url: URL | undefined;
    try {
      url = new URL(candidate);
    } catch {
      problems.push({ file, message: `the link "${href}" is not a full URL` });
      return;
    }
    if (!ALLOWED_SCHEMES.includes(url.protocol)) {
      problems.push({ file, message: `the link "${href}" uses ${url.protocol}, which is not allowed` });
    } else if (url.protocol.startsWith('http') && !url.hostname.includes('.')) {
      problems.push({ file, message: `the link "${href}" has no valid host` });
    }
  });
  return problems;
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
    problems.push(...zodProblems(rel, parsed.error));
    return undefined;
  }
  const markdown = (m[2] ?? '').trim();
  if (markdown === '') problems.push({ file: rel, message: 'the text is empty' });
  problems.push(...markdownProblems(rel, markdown));
  return { file: rel, frontMatter: parsed.data, markdown };
}

function readTexts(dir: string, rel: (f: string) => string, problems: ContentProblem[]): TextSet {
  const texts: TextSet = {};
  for (const file of listFiles(dir)) {
    const name = file.split(sep).pop() ?? '';
    const m = TEXT_FILE.exec(name);
    const locale = LocaleSchema.safeParse(m?.[2]);
    if (!m || !locale.success) {
      problems.push({ file: rel(file), message: `text files are named <text-id>.<${LOCALES.join('|')}>.md` });
      continue;
    }
    const text = readText(file, rel(file), problems);
    if (text) (texts[m[1] ?? ''] ??= {})[locale.data] = text;
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
    municipalities[municipality.id] = { file: rel(file), municipality, texts };
  }

  const sharedDir = join(root, 'texts');
  listFiles(sharedDir).forEach(track);
  const sharedTexts = readTexts(sharedDir, rel, problems);

  return {
    source: {
      flows,
      municipalities,
      sharedTexts,
      sources: { file: rel(sourcesFile), sources },
      deadlines: { file: deadlines.file, deadlines: deadlines.values },
      parameters: { file: parameters.file, parameters: parameters.values },
    },
    problems,
    files,
  };
}

/** Fills municipality facts into every localised string of a flow, deadline or other content object. */
function interpolateDeep<T>(value: T, municipality: Municipality): T {
  const walk = (value: unknown, locale: Locale | undefined): unknown => {
    if (typeof value === 'string') return locale ? interpolate(value, municipality, locale).text : value;
    if (Array.isArray(value)) return value.map((v) => walk(v, locale));
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, walk(v, LocaleSchema.safeParse(k).success ? (k as Locale) : locale)]),
      );
    }
    return value;
  };
  return walk(value, undefined) as T;
}

const markdown = new Marked({ gfm: true, breaks: true });

/** Renders one text for one municipality: facts filled in, Markdown to HTML. */
const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function renderText(text: TextFile, municipality: Municipality, locale: Locale): RenderedText {
  // Facts are data, not Markdown: escaped so a fact can never smuggle HTML into the page.
  const { text: filled } = interpolate(text.markdown, municipality, locale, escapeHtml);
  const html = (markdown.parse(filled, { async: false }) as string).replace(
    /<a href="(https?:[^"]+)"/g,
    '<a href="$1" rel="noopener noreferrer" target="_blank"',
  );
  return { title: interpolate(text.frontMatter.title, municipality, locale).text, html, sources: text.frontMatter.sources };
}

/** Everything one municipality's chunk holds. */
export function compileMunicipality(source: ContentSource, id: string): MunicipalityBundle {
  const entry = source.municipalities[id];
  if (!entry) throw new ContentError([{ file: 'content/municipalities', message: `no municipality "${id}"` }]);
  const { municipality, texts } = entry;
  const flows: Record<string, Flow> = {};
  const textIds = new Set<string>();
  const deadlineIds = new Set<string>();
  const parameterIds = new Set<string>();
  for (const flowId of municipality.offers) {
    const flow = source.flows[flowId]?.flow;
    if (!flow) continue;
    flows[flowId] = interpolateDeep(flow, municipality);
    for (const node of Object.values(flow.nodes)) {
      if (node.kind !== 'outcome') continue;
      node.sections.forEach((s) => textIds.add(s.text));
      node.deadlines.forEach((d) => deadlineIds.add(d.deadline));
      node.parameters.forEach((p) => parameterIds.add(p));
    }
  }
  const rendered: MunicipalityBundle['texts'] = {};
  const sourceIds = new Set<string>();
  for (const textId of textIds) {
    const byLocale: Partial<Record<Locale, RenderedText>> = {};
    for (const locale of LOCALES) {
      const text = texts[textId]?.[locale] ?? source.sharedTexts[textId]?.[locale];
      if (!text) continue;
      byLocale[locale] = renderText(text, municipality, locale);
      text.frontMatter.sources.forEach((s) => sourceIds.add(s));
    }
    if (byLocale.da && byLocale.en) rendered[textId] = { da: byLocale.da, en: byLocale.en };
  }
  const deadlines: MunicipalityBundle['deadlines'] = {};
  for (const id of deadlineIds) {
    const d = municipality.deadlines[id] ?? source.deadlines.deadlines[id];
    if (!d) continue;
    deadlines[id] = interpolateDeep(d, municipality);
    sourceIds.add(d.source);
  }
  const parameters: MunicipalityBundle['parameters'] = {};
  for (const id of parameterIds) {
    const p = source.parameters.parameters[id];
    if (!p) continue;
    parameters[id] = p;
    sourceIds.add(p.source);
  }
  const sources = Object.fromEntries(
    [...sourceIds].flatMap((s) => {
      const found = source.sources.sources[s];
      return found ? [[s, found]] : [];
    }),
  );
  return { municipality, flows, texts: rendered, sources, deadlines, parameters };
}

export function contentIndex(source: ContentSource): ContentIndex {
  return {
    municipalities: Object.values(source.municipalities)
      .map(({ municipality: m }) => {
        const flow = m.offers[0] ?? '';
        return {
          id: m.id,
          name: m.name,
          phone: m.contacts[m.mainContact]?.phone,
          phoneHours: m.contacts[m.mainContact]?.phoneHours,
          contactNote: m.contacts[m.mainContact]?.note,
          entry: { flow, node: source.flows[flow]?.flow.start ?? '' },
        };
      })
      .sort((a, b) => a.name.da.localeCompare(b.name.da, 'da')),
  };
}
