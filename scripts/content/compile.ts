/** Compiles the validated content into what the browser gets: one bundle per municipality and an index. */
import { entryFlow, flowsOf, resolveDeadline, resolveText } from '../../src/engine/content-rules.ts';
import { interpolate } from '../../src/engine/interpolate.ts';
import type {
  ContentIndex,
  MunicipalityBundle,
  MunicipalityContent,
  MunicipalityTexts,
  RenderedText,
} from '../../src/engine/model/bundle.ts';
import type { ContentSource, TextSet } from '../../src/engine/model/content-source.ts';
import type { Flow } from '../../src/engine/model/flow.ts';
import type { Municipality } from '../../src/engine/model/municipality.ts';
import { LOCALES, LocaleSchema, type Locale } from '../../src/engine/model/phrase.ts';
import { ContentError } from './read.ts';
import { renderText } from './markdown.ts';

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

/** An outcome's roles the municipality fills stay; the others are left out of its chunk. */
function fillRoles(flow: Flow, municipality: Municipality, texts: TextSet, source: ContentSource): Flow {
  const hasText = (id: string) => Boolean(texts[id] ?? source.sharedTexts[id]);
  const hasDeadline = (id: string) => Boolean(municipality.deadlines[id] ?? source.deadlines.deadlines[id]);
  const nodes = Object.fromEntries(
    Object.entries(flow.nodes).map(([id, node]) => [
      id,
      node.kind === 'outcome'
        ? {
            ...node,
            sections: node.sections.filter((s) => !('role' in s) || hasText(s.text)),
            deadlines: node.deadlines.filter((d) => !('role' in d) || hasDeadline(d.deadline)),
          }
        : node,
    ]),
  );
  return { ...flow, nodes };
}

/** Everything one municipality's chunk holds. */
export function compileMunicipality(source: ContentSource, id: string): MunicipalityBundle {
  const entry = source.municipalities[id];
  if (!entry) throw new ContentError([{ file: 'content/municipalities', message: `no municipality "${id}"` }]);
  return compile(source, entry.municipality, entry.texts, flowsOf(source, id));
}

/** The chunk every municipality without its own folder shares. */
export const NATIONAL_CHUNK = 'national';

/**
 * The national base, compiled once for all municipalities without their own folder.
 * `{{name}}` stays in it; the browser fills in the chosen municipality's name (forMunicipality).
 */
export function compileNational(source: ContentSource): MunicipalityBundle | undefined {
  const first = Object.values(source.municipalities).find((m) => m.overlay === false);
  if (!first) return undefined;
  const template = { ...first.municipality, id: NATIONAL_CHUNK, name: { da: '{{name}}', en: '{{name}}' } };
  return compile(source, template, {}, source.flows);
}

function compile(
  source: ContentSource,
  municipality: Municipality,
  texts: TextSet,
  own: ContentSource['flows'],
): MunicipalityBundle {
  const flows: Record<string, Flow> = {};
  const textIds = new Set<string>();
  const deadlineIds = new Set<string>();
  const parameterIds = new Set<string>();
  for (const flowId of municipality.offers) {
    const flow = own[flowId]?.flow;
    if (!flow) continue;
    flows[flowId] = interpolateDeep(fillRoles(flow, municipality, texts, source), municipality);
    for (const node of Object.values(flows[flowId]?.nodes ?? {})) {
      if (node.kind !== 'outcome') continue;
      node.sections.forEach((s) => textIds.add(s.text));
      node.deadlines.forEach((d) => deadlineIds.add(d.deadline));
      node.parameters.forEach((p) => parameterIds.add(p));
    }
  }
  const rendered: MunicipalityBundle['texts'] = {};
  const sourceIds = new Set<string>();
  const termIds = new Set<string>();
  for (const textId of textIds) {
    const byLocale: Partial<Record<Locale, RenderedText>> = {};
    for (const locale of LOCALES) {
      const text = resolveText(texts, source.sharedTexts, textId, locale);
      if (!text) continue;
      const voices = renderText(text, municipality, locale, source.glossary.glossary);
      byLocale[locale] = voices;
      text.frontMatter.sources.forEach((s) => sourceIds.add(s));
      [...voices.terms, ...(voices.relative?.terms ?? [])].forEach((t) => termIds.add(t));
    }
    if (byLocale.da && byLocale.en) rendered[textId] = { da: byLocale.da, en: byLocale.en };
  }
  const deadlines: MunicipalityBundle['deadlines'] = {};
  for (const id of deadlineIds) {
    const found = resolveDeadline(municipality, source.deadlines.deadlines, id);
    if (!found) continue;
    deadlines[id] = interpolateDeep(found.deadline, municipality);
    sourceIds.add(found.deadline.source);
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
  const glossary: MunicipalityBundle['glossary'] = {};
  for (const id of termIds) {
    const entry = source.glossary.glossary[id];
    if (!entry) continue;
    glossary[id] = {
      da: { term: entry.da.term, explanation: entry.da.explanation },
      en: { term: entry.en.term, explanation: entry.en.explanation },
    };
  }
  return { municipality, flows, texts: rendered, sources, deadlines, parameters, glossary };
}

/**
 * A bundle as the browser loads it: the content the questions need in one chunk, and the texts
 * (with their sources and terms) that only the result and the desk show in another.
 */
export function splitBundle(bundle: MunicipalityBundle): { content: MunicipalityContent; texts: MunicipalityTexts } {
  const { texts, sources, glossary, ...content } = bundle;
  return { content, texts: { texts, sources, glossary } };
}

export function contentIndex(source: ContentSource): ContentIndex {
  return {
    municipalities: Object.values(source.municipalities)
      .map(({ municipality: m, overlay }) => {
        const flow = entryFlow(m);
        const main = m.mainContact ? m.contacts[m.mainContact] : undefined;
        return {
          id: m.id,
          code: source.register?.entries[m.id]?.code,
          name: m.name,
          local: overlay !== false,
          phone: main?.phone,
          phoneHours: main?.phoneHours,
          contactNote: main?.note,
          entry: { flow, node: flowsOf(source, m.id)[flow]?.flow.start ?? '' },
        };
      })
      .sort((a, b) => a.name.da.localeCompare(b.name.da, 'da')),
  };
}
