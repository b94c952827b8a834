/**
 * Serves `content/` to the app as virtual modules, validated at build time:
 *   virtual:content-index         the municipalities for the start page, and two
 *                                 lazy loaders per municipality
 *   virtual:content/<id>          one municipality's facts, flows, deadlines and parameters:
 *                                 all the questions need
 *   virtual:content-texts/<id>    its rendered texts, their sources and glossary terms: only
 *                                 the result and the desk need them
 * Each chunk is a JSON string the browser parses with JSON.parse (faster than a literal).
 * Any content problem fails the build, naming file and field.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { todayInCopenhagen } from '../../src/engine/calendar.ts';
import { verify } from '../../src/engine/verify.ts';
import {
  compileMunicipality,
  compileNational,
  ContentError,
  contentIndex,
  loadContent,
  NATIONAL_CHUNK,
  splitBundle,
} from './load.ts';

export { contentIndex };

const INDEX = 'virtual:content-index';
const PREFIX = 'virtual:content/';
const TEXTS_PREFIX = 'virtual:content-texts/';

/** A JavaScript string literal holding the value as JSON. */
const jsonModule = (value: unknown) =>
  `export default JSON.parse('${JSON.stringify(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}');\n`;

/** Reads, validates and verifies the content; throws a ContentError naming file and field. */
export function loadVerifiedContent(dir?: string) {
  const root = resolve(dir ?? resolve(import.meta.dirname, '../../content'));
  const loaded = loadContent(root);
  const today = todayInCopenhagen(new Date());
  const problems = [...loaded.problems, ...(loaded.problems.length ? [] : verify(loaded.source, today).problems)];
  if (problems.length) throw new ContentError(problems);
  return { ...loaded, root };
}

export function contentPlugin(dir?: string): Plugin {
  const root = resolve(dir ?? resolve(import.meta.dirname, '../../content'));
  // Read once per build (and again after a change in dev), not once per chunk.
  let loaded: ReturnType<typeof loadVerifiedContent> | undefined;
  const load = () => (loaded ??= loadVerifiedContent(root));
  // Each municipality's chunks (content and texts) come from one compilation.
  const compiled = new Map<string, ReturnType<typeof splitBundle> | undefined>();
  const reset = () => {
    loaded = undefined;
    compiled.clear();
  };
  return {
    name: 'traeningsguiden-content',
    buildStart() {
      reset();
    },
    outputOptions(options) {
      // A municipality's two chunks would both be named after it: its texts chunk is "<id>-texts".
      const named = options.chunkFileNames;
      return {
        ...options,
        chunkFileNames: (chunk) =>
          chunk.facadeModuleId?.startsWith(`\0${TEXTS_PREFIX}`)
            ? 'assets/[name]-texts-[hash].js'
            : typeof named === 'function'
              ? named(chunk)
              : (named ?? 'assets/[name]-[hash].js'),
      };
    },
    resolveId(id) {
      if (id === INDEX || id.startsWith(PREFIX) || id.startsWith(TEXTS_PREFIX)) return `\0${id}`;
      return undefined;
    },
    load(id) {
      if (!id.startsWith('\0virtual:content')) return undefined;
      const { source, files } = load();
      files.forEach((f) => this.addWatchFile(f));
      if (id === `\0${INDEX}`) {
        // A municipality with its own documents has its own chunk; all others share the national base's.
        const chunk = (m: string) => (source.municipalities[m]?.overlay === false ? NATIONAL_CHUNK : m);
        // One loader per chunk, shared by every municipality that uses the chunk.
        const ids = Object.keys(source.municipalities);
        const chunks = [...new Set(ids.map(chunk))];
        const loaders = (name: string, prefix: string) =>
          chunks
            .map((c, i) => `const ${name}${i} = () => import(${JSON.stringify(prefix + c)}).then((m) => m.default);\n`)
            .join('') +
          `export const ${name} = {\n${ids.map((m) => `  ${JSON.stringify(m)}: ${name}${chunks.indexOf(chunk(m))},`).join('\n')}\n};\n`;
        return (
          `export const index = ${JSON.stringify(contentIndex(source))};\n` +
          loaders('loaders', PREFIX) +
          loaders('textLoaders', TEXTS_PREFIX)
        );
      }
      const texts = id.startsWith(`\0${TEXTS_PREFIX}`);
      const municipalityId = id.slice(`\0${texts ? TEXTS_PREFIX : PREFIX}`.length);
      if (!compiled.has(municipalityId)) {
        const bundle =
          municipalityId === NATIONAL_CHUNK ? compileNational(source) : compileMunicipality(source, municipalityId);
        compiled.set(municipalityId, bundle && splitBundle(bundle));
      }
      const parts = compiled.get(municipalityId);
      if (!parts) return 'export default undefined;\n';
      return jsonModule(texts ? parts.texts : parts.content);
    },
    configureServer(server) {
      server.watcher.add(root);
      server.watcher.on('all', (_event, file) => {
        if (!file.startsWith(root)) return;
        reset();
        for (const mod of server.moduleGraph.idToModuleMap.values()) {
          if (mod.id?.startsWith('\0virtual:content')) server.moduleGraph.invalidateModule(mod);
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
