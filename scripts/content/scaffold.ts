/**
 * Writes a minimal overlay for a municipality from the national list: its own folder with a
 * municipality.yaml that gives it the national base until its documents are added.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { NationalBaseSchema, RegisterFileSchema } from '../../src/engine/model/register.ts';
import { suggestion } from '../../src/engine/suggest.ts';

export function scaffoldMunicipality(root: string, id: string): string {
  const register = RegisterFileSchema.parse(parseYaml(readFileSync(join(root, 'municipalities.yaml'), 'utf8')));
  const entry = register[id];
  if (!entry) throw new Error(`"${id}" is not in content/municipalities.yaml${suggestion(id, Object.keys(register))}`);
  const national = NationalBaseSchema.parse(parseYaml(readFileSync(join(root, 'national.yaml'), 'utf8')));
  const dir = join(root, 'municipalities', id);
  const file = join(dir, 'municipality.yaml');
  if (existsSync(file)) throw new Error(`content/municipalities/${id}/municipality.yaml exists already`);
  mkdirSync(join(dir, 'texts'), { recursive: true });
  const list = (xs: string[]) => `[${xs.join(', ')}]`;
  writeFileSync(
    file,
    `# ${entry.name.da} (kommunekode ${entry.code}): the municipality's own documents, as an overlay
# on the national base. Until they are added it gets the national base, as now.
# To add its documents (see README, "Add a municipality"):
# - each document in content/sources.yaml with covers: [${id}];
# - the facts its documents set, from the comments at the top of content/flows/*.yaml,
#   each with the seed line it rests on, and the law sections they describe in describes
#   (the others stay the national base's, with texts/national-quality-standard.<da|en>.md
#   saying which sections its documents describe and whom to call);
# - contacts and mainContact, links, and its service targets under deadlines
#   (the roles an outcome names, e.g. sl140-contact, sl140-start);
# - texts/<text-id>.<da|en>.md where its documents differ from the national text.
# Then run npm run verify.
id: ${id}
name:
  da: ${entry.name.da}
  en: ${entry.name.en}
describes: []
facts: ${list(national.facts)}
`,
  );
  return file;
}
