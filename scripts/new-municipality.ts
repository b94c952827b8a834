/**
 * npm run new-municipality -- <id>
 * Writes content/municipalities/<id>/municipality.yaml: a minimal overlay on the national
 * base that passes the verifier. The id is the one in content/municipalities.yaml.
 */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { scaffoldMunicipality } from './content/scaffold.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { content: { type: 'string', default: resolve(import.meta.dirname, '../content') } },
});
const id = positionals[0];
if (!id) {
  console.error('Usage: npm run new-municipality -- <id>   (the id from content/municipalities.yaml, e.g. brondby)');
  process.exit(2);
}
try {
  const file = scaffoldMunicipality(values.content, id);
  console.log(`Wrote ${relative(process.cwd(), file)}. Add the municipality's documents, then run npm run verify.`);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
