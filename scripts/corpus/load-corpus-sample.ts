import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiModel } from '../../src/openapi/model.ts';
import { normalizeApi } from '../../src/openapi/normalize-api.ts';

/** The vendored sample (see pick-corpus-sample.ts): one entry per description file. */
export interface CorpusEntry {
  /** File name in specs/corpus/. */
  file: string;
  /** Its id in the APIs.guru directory, e.g. `amazonaws.com/ram.json`. */
  source: string;
  title: string;
  /** `METHOD /template` of each sampled operation. */
  operations: string[];
}

export const CORPUS_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'specs',
  'corpus',
);

/** The sample's index: the directory version it came from and its files. */
export function corpusIndex(): { source: string; files: CorpusEntry[] } {
  return JSON.parse(readFileSync(path.join(CORPUS_DIR, 'index.json'), 'utf8'));
}

/** One description of the sample as the page's model (the files are OpenAPI 3 JSON already). */
export function loadCorpusApi(entry: CorpusEntry): ApiModel {
  return normalizeApi(JSON.parse(readFileSync(path.join(CORPUS_DIR, entry.file), 'utf8')));
}
