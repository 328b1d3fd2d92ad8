import { ApiLoadError } from './api-load-error.ts';

/**
 * Aliases a document may expand before parsing stops: far more than real descriptions use (the OpenAI
 * document has none), far fewer than a "billion laughs" needs.
 */
const maxAliasCount = 10_000;

/**
 * Parse an API description written as JSON or YAML. JSON (text starting with `{`) takes the fast path;
 * YAML loads its parser on demand so the page's main bundle does not carry it. Throws `ApiLoadError`
 * (stage `parse`) with the line and column of a syntax error.
 */
export async function parseApiText(text: string, sourceName?: string): Promise<unknown> {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw parseError('The document is empty.', sourceName);
  if (body.trimStart().startsWith('{')) {
    try {
      return JSON.parse(body);
    } catch (jsonError) {
      // `{a: 1}` is YAML flow style, not JSON: give YAML a chance, but report the JSON error if both fail.
      try {
        return await parseYaml(body, sourceName);
      } catch {
        throw jsonSyntaxError(body, jsonError, sourceName);
      }
    }
  }
  return parseYaml(body, sourceName);
}

/**
 * Starts loading the YAML parser that most YAML documents use (js-yaml), e.g. while their text is still being
 * fetched. JSON documents never need it, so nothing calls this for them.
 */
export function preloadYamlParser(): void {
  import('js-yaml').catch(() => undefined);
}

// An anchor definition (`&name`) at the start of a node: only documents with one can have aliases.
const ANCHOR = /(?:^|[\s[{,])&[^\s[\]{},]+/;

/**
 * YAML: js-yaml first (about six times faster on the 3 MB OpenAI document, identical output), but only for
 * documents without anchors, since it has no limit on alias expansion. Documents with anchors, and any text
 * js-yaml rejects, go to the `yaml` package, which limits aliases and words syntax errors best.
 */
async function parseYaml(text: string, sourceName: string | undefined): Promise<unknown> {
  if (!ANCHOR.test(text)) {
    const { load, CORE_SCHEMA } = await import('js-yaml');
    try {
      return load(text, { schema: CORE_SCHEMA });
    } catch {
      // Fall through: the careful parser decides, and explains the error if there is one.
    }
  }
  return parseYamlCarefully(text, sourceName);
}

async function parseYamlCarefully(text: string, sourceName: string | undefined): Promise<unknown> {
  const { parse, YAMLParseError } = await import('yaml');
  try {
    return parse(text, { maxAliasCount, merge: false, logLevel: 'error' });
  } catch (error) {
    if (error instanceof RangeError || /call stack/i.test(errorText(error))) {
      throw parseError('The YAML document is too deeply nested.', sourceName, undefined, undefined, error);
    }
    if (error instanceof YAMLParseError) {
      const position = error.linePos?.[0];
      // The library's message repeats the position and quotes the source; the first line says what is wrong.
      const what = (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '');
      const where = position ? ` at line ${position.line}, column ${position.col}` : '';
      throw parseError(
        `YAML syntax error${where}: ${what}`,
        sourceName,
        position?.line,
        position?.col,
        error,
      );
    }
    throw parseError(
      `Could not parse the YAML: ${errorText(error)}`,
      sourceName,
      undefined,
      undefined,
      error,
    );
  }
}

function jsonSyntaxError(text: string, error: unknown, sourceName: string | undefined): ApiLoadError {
  const message = errorText(error);
  const offset = /at position (\d+)/.exec(message)?.[1];
  const what = message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+/, '');
  if (offset === undefined)
    return parseError(`JSON syntax error: ${what}`, sourceName, undefined, undefined, error);
  const before = text.slice(0, Number(offset)).split('\n');
  const line = before.length;
  const column = (before[before.length - 1]?.length ?? 0) + 1;
  return parseError(
    `JSON syntax error at line ${line}, column ${column}: ${what}`,
    sourceName,
    line,
    column,
    error,
  );
}

function parseError(
  message: string,
  sourceName: string | undefined,
  line?: number,
  column?: number,
  cause?: unknown,
): ApiLoadError {
  const full = sourceName ? `${sourceName}: ${message}` : message;
  return new ApiLoadError('parse', full, { sourceName, line, column, cause });
}

function errorText(error: unknown): string {
  if (error instanceof RangeError) return 'the document is too deeply nested.';
  return error instanceof Error ? error.message : String(error);
}
