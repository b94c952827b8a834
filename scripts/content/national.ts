/**
 * All of Denmark: `municipalities.yaml` (every municipality by kommunekode and official name)
 * and `national.yaml` (the national base). Each listed municipality without its own folder
 * is served by the national base; each folder must be a listed municipality.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from '../../src/engine/model/bundle.ts';
import type { ContentSource } from '../../src/engine/model/content-source.ts';
import type { Municipality } from '../../src/engine/model/municipality.ts';
import {
  NationalBaseSchema,
  RegisterFileSchema,
  type NationalBase,
  type RegisterEntry,
} from '../../src/engine/model/register.ts';
import { suggestion } from '../../src/engine/suggest.ts';
import { readYaml } from './read.ts';

/** A municipality without its own documents: its name from the national list, everything else from the national base. */
export function nationalMunicipality(id: string, entry: Pick<RegisterEntry, 'name'>, national: NationalBase): Municipality {
  return {
    id,
    name: entry.name,
    offers: national.offers,
    describes: [],
    facts: national.facts,
    contacts: {},
    links: national.links,
    deadlines: {},
  };
}

/** Checks the folders against the national list and adds every listed municipality without a folder. */
export function readNational(
  root: string,
  rel: (f: string) => string,
  track: (f: string) => string,
  problems: ContentProblem[],
  municipalities: ContentSource['municipalities'],
): ContentSource['register'] {
  const registerFile = track(join(root, 'municipalities.yaml'));
  if (!existsSync(registerFile)) return undefined;
  const entries = readYaml(registerFile, RegisterFileSchema, rel, problems) ?? {};
  const file = rel(registerFile);
  for (const [id, { file: folderFile, municipality }] of Object.entries(municipalities)) {
    const listed = entries[id];
    if (!listed) {
      problems.push({
        file: folderFile,
        message: `id: "${id}" is not in ${file}${suggestion(id, Object.keys(entries))}`,
      });
    } else if (listed.name.da !== municipality.name.da || listed.name.en !== municipality.name.en) {
      problems.push({
        file: folderFile,
        message: `name: "${municipality.name.da}" / "${municipality.name.en}" differs from ${file} ("${listed.name.da}" / "${listed.name.en}")`,
      });
    }
  }
  const withoutFolder = Object.entries(entries).filter(([id]) => !municipalities[id]);
  const nationalFile = track(join(root, 'national.yaml'));
  if (!existsSync(nationalFile)) {
    if (withoutFolder.length) {
      problems.push({
        file: rel(nationalFile),
        message: `is missing: ${withoutFolder.length} municipalities in ${file} have no folder and need the national base`,
      });
    }
    return { file, entries };
  }
  const national = readYaml(nationalFile, NationalBaseSchema, rel, problems);
  if (national) {
    // An overlay adds to the national base: national links stay unless it gives its own with the same id.
    // Every municipality offers every section of the national base; its own documents describe some (describes).
    for (const { file: folderFile, municipality } of Object.values(municipalities)) {
      municipality.links = { ...national.links, ...municipality.links };
      if (municipality.offers.length) {
        problems.push({
          file: folderFile,
          message: `offers: every municipality offers the sections of ${rel(nationalFile)}; list the sections its own documents describe under describes`,
        });
      }
      municipality.offers = national.offers;
    }
    for (const [id, entry] of withoutFolder) {
      municipalities[id] = { file, municipality: nationalMunicipality(id, entry, national), texts: {}, overlay: false };
    }
  }
  return { file, entries };
}
