import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import postcss, { type Rule } from 'postcss';
import { compile, Logger } from 'sass';
import { describe, expect, it } from 'vitest';

// The guide's own style partials (DKFDS and the fonts aside): each rule has one home.
const STYLES = join(import.meta.dirname, '../../src/styles');
const partials = readdirSync(STYLES).filter((f) => /^_(?!fonts).*\.scss$/.test(f));

/** Every declaration as "media | selector | property", with the partial it is in. */
function declarations(file: string): Array<{ key: string; file: string }> {
  const css = compile(join(STYLES, file), { loadPaths: [STYLES], logger: Logger.silent }).css;
  const found: Array<{ key: string; file: string }> = [];
  postcss.parse(css).walkDecls((decl) => {
    const rule = decl.parent as Rule;
    if (rule.type !== 'rule') return;
    const media: string[] = [];
    for (let p = rule.parent; p && p.type === 'atrule'; p = p.parent) media.unshift(`@${p.name} ${p.params}`);
    for (const selector of rule.selectors) found.push({ key: `${media.join(' ')} | ${selector} | ${decl.prop}`, file });
  });
  return found;
}

describe('the style partials', () => {
  it('are found', () => {
    expect(partials).toEqual(expect.arrayContaining(['_app.scss', '_result.scss', '_desk.scss']));
  });

  it('set each property of each selector once, in one partial', () => {
    const seen = new Map<string, string[]>();
    for (const file of partials)
      for (const { key, file: f } of declarations(file)) seen.set(key, [...(seen.get(key) ?? []), f]);
    const twice = [...seen]
      .filter(([, files]) => files.length > 1)
      .map(([key, files]) => `${key}: ${files.join(', ')}`);
    expect(twice).toEqual([]);
  });
});
