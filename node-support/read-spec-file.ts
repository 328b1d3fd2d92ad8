import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** Reads and parses an OpenAPI document from disk (YAML or JSON: JSON is valid YAML for the `yaml` parser). */
export function readSpecFile(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  // Large real-world documents carry many aliases and long scalars; lift the alias guard accordingly.
  return parse(text, { maxAliasCount: -1 });
}
