/**
 * npm run links: every external link in content, with where it is used, for the
 * content team to check by hand (the build cannot reach the internet). Malformed
 * URLs already fail the verifier. `-- --json` prints JSON.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Marked, type Tokens } from 'marked';
import { loadContent } from './content/load.ts';
import { interpolate } from '../src/engine/interpolate.ts';
import { LOCALES } from '../src/engine/model/locales.ts';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
const { source, problems } = loadContent(resolve(import.meta.dirname, '../content'));
const uses = new Map<string, Set<string>>();
const add = (url: string, where: string) => {
  if (!/^https?:/.test(url)) return;
  if (!uses.has(url)) uses.set(url, new Set());
  uses.get(url)?.add(where);
};
const marked = new Marked();

for (const { file, municipality, texts } of Object.values(source.municipalities)) {
  for (const [id, link] of Object.entries(municipality.links)) add(link.url, `${file} (links.${id})`);
  const all = [...Object.values(texts), ...Object.values(source.sharedTexts)];
  for (const byLocale of all) {
    for (const locale of LOCALES) {
      const text = byLocale[locale];
      if (!text) continue;
      const filled = interpolate(text.markdown, municipality, locale).text;
      marked.walkTokens(marked.lexer(filled), (t) => {
        if (t.type === 'link') add((t as Tokens.Link).href, text.file);
      });
      for (const m of filled.matchAll(/https?:\/\/[^\s)>\]]+/g)) add(m[0].replace(/[.,;]$/, ''), text.file);
    }
  }
}

const list = [...uses]
  .map(([url, where]) => ({ url, usedIn: [...where].sort() }))
  .sort((a, b) => a.url.localeCompare(b.url));
if (values.json) console.log(JSON.stringify({ links: list, problems }, null, 2));
else {
  for (const { url, usedIn } of list) console.log(`${url}\n  ${usedIn.join('\n  ')}`);
  console.log(`\n${list.length} external links. Check each one in a browser; the build cannot.`);
}
process.exit(problems.length ? 1 : 0);
