/**
 * Turns zod issues into content problems a person can act on: the file, the key
 * path, and for an unknown key the known keys at that place with the closest one
 * suggested.
 */
import type { z } from 'zod';
import type { ContentProblem } from '../../src/engine/model/bundle.ts';
import { suggestion } from '../../src/engine/suggest.ts';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  getter?: () => z.ZodType;
  in?: z.ZodType;
  valueType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
}
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

function unwrap(s: z.ZodType): z.ZodType[] {
  const def = defOf(s);
  if (def.innerType) return unwrap(def.innerType);
  if (def.type === 'lazy' && def.getter) return unwrap(def.getter());
  if (def.type === 'pipe' && def.in) return unwrap(def.in);
  if (def.type === 'union' && def.options) return def.options.flatMap(unwrap);
  return [s];
}

/** The keys an object may have at `path` inside `schema` (for unions, any option's). */
export function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current = unwrap(schema);
  for (const step of path) {
    current = current.flatMap((s) => {
      const def = defOf(s);
      if (def.type === 'object' && def.shape && typeof step === 'string' && def.shape[step]) {
        return unwrap(def.shape[step]);
      }
      if (def.type === 'record' && def.valueType) return unwrap(def.valueType);
      if (def.type === 'array' && def.element) return unwrap(def.element);
      return [];
    });
  }
  const keys = new Set<string>();
  for (const s of current) for (const k of Object.keys(defOf(s).shape ?? {})) keys.add(k);
  return [...keys];
}

export function zodProblems(file: string, error: z.ZodError, schema: z.ZodType): ContentProblem[] {
  return error.issues.flatMap((issue) => {
    const at = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, issue.path);
      return issue.keys.map((key) => ({
        file,
        message: `${[...at, key].join('.')}: unknown key "${key}"${suggestion(key, known)}`,
      }));
    }
    return [{ file, message: `${at.length ? at.join('.') : '(file)'}: ${issue.message}` }];
  });
}
