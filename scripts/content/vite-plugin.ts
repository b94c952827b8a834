/**
 * Serves `content/` to the app as virtual modules, validated at build time:
 *   virtual:content-index         the municipalities for the start page, and a
 *                                 lazy loader per municipality
 *   virtual:content/<id>          one municipality's flows and rendered texts
 * Any content problem fails the build, naming file and field.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { todayInCopenhagen } from '../../src/engine/calendar.ts';
import { verify } from '../../src/engine/verify.ts';
import { compileMunicipality, compileNational, ContentError, contentIndex, loadContent, NATIONAL_CHUNK } from './load.ts';

export { contentIndex };

const INDEX = 'virtual:content-index';
const PREFIX = 'virtual:content/';

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
  const load = () => loadVerifiedContent(root);
  return {
    name: 'traeningsguiden-content',
    resolveId(id) {
      if (id === INDEX || id.startsWith(PREFIX)) return `\0${id}`;
      return undefined;
    },
    load(id) {
      if (!id.startsWith('\0virtual:content')) return undefined;
      const { source, files } = load();
      files.forEach((f) => this.addWatchFile(f));
      if (id === `\0${INDEX}`) {
        // A municipality with its own documents has its own chunk; all others share the national base's.
        const chunk = (m: string) => (source.municipalities[m]?.overlay === false ? NATIONAL_CHUNK : m);
        const loaders = Object.keys(source.municipalities)
          .map((m) => `  ${JSON.stringify(m)}: () => import(${JSON.stringify(PREFIX + chunk(m))}).then((m) => m.default),`)
          .join('\n');
        return `export const index = ${JSON.stringify(contentIndex(source))};\nexport const loaders = {\n${loaders}\n};\n`;
      }
      const municipalityId = id.slice(`\0${PREFIX}`.length);
      const bundle =
        municipalityId === NATIONAL_CHUNK ? compileNational(source) : compileMunicipality(source, municipalityId);
      return `export default ${JSON.stringify(bundle)};\n`;
    },
    configureServer(server) {
      server.watcher.add(root);
      server.watcher.on('all', (_event, file) => {
        if (!file.startsWith(root)) return;
        for (const mod of server.moduleGraph.idToModuleMap.values()) {
          if (mod.id?.startsWith('\0virtual:content')) server.moduleGraph.invalidateModule(mod);
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
