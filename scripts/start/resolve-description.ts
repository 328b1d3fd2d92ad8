import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readSpecFile } from '../../node-support/read-spec-file.ts';
import { isRecord } from '../../src/openapi/is-record.ts';

/** A description ready for the build (TRYIT_SPEC) and the gateway (GATEWAY_SPEC): a file on disk. */
export interface ResolvedDescription {
  /** Absolute path of the file (downloaded into `downloadDir` for a URL). */
  file: string;
  /** The parsed document. */
  doc: Record<string, unknown>;
  /** `info.title`, or the file name. */
  title: string;
}

/**
 * Finds a description given as a path or an http(s) URL (downloaded with `fetchImpl` into `downloadDir`),
 * parses it, and checks that it is an OpenAPI 3.x or Swagger 2.0 document. Rejects with a message that
 * says what is wrong with it.
 */
export async function resolveDescription(
  given: string,
  { cwd, downloadDir, fetchImpl = fetch }: { cwd: string; downloadDir: string; fetchImpl?: typeof fetch },
): Promise<ResolvedDescription> {
  let file: string;
  if (/^https?:\/\//i.test(given)) {
    let response: Response;
    try {
      response = await fetchImpl(given, { redirect: 'follow' });
    } catch (error) {
      throw new Error(`could not download ${given}: ${error instanceof Error ? error.message : error}`);
    }
    if (!response.ok) throw new Error(`could not download ${given}: HTTP ${response.status}`);
    const json =
      /json/i.test(response.headers.get('content-type') ?? '') || /\.json$/i.test(new URL(given).pathname);
    file = path.join(downloadDir, json ? 'description.json' : 'description.yaml');
    await writeFile(file, await response.text());
  } else {
    file = path.resolve(cwd, given);
    if (!existsSync(file)) throw new Error(`no such file: ${file}`);
  }
  let doc: unknown;
  try {
    doc = readSpecFile(file);
  } catch (error) {
    throw new Error(
      `${given} is not YAML or JSON: ${error instanceof Error ? error.message.split('\n')[0] : error}`,
    );
  }
  if (!isRecord(doc) || (typeof doc.openapi !== 'string' && typeof doc.swagger !== 'string')) {
    throw new Error(
      `${given} is not an OpenAPI 3.x or Swagger 2.0 description (no "openapi" or "swagger" field)`,
    );
  }
  const info = isRecord(doc.info) ? doc.info : {};
  return { file, doc, title: typeof info.title === 'string' ? info.title : path.basename(file) };
}
