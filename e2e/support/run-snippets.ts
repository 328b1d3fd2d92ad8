/**
 * Runs snippets taken from the page for real: cURL with bash, fetch with Node, Python with `requests`, the
 * official SDK with Node. Each language's snippets run in one process, one after the other, in order (so the
 * upstream sees them in order, and a run costs one process start, not one per snippet). Async child processes
 * only: the recording upstream lives in this same test process and must keep answering meanwhile.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { REPO_ROOT } from './processes.ts';

/** What a finished process printed. */
export interface RunOutput {
  stdout: string;
  stderr: string;
}

/** A scratch directory under the repository (so `openai` resolves from it), removed by `dispose`. */
export async function scratchDir(): Promise<{ dir: string; dispose: () => Promise<void> }> {
  const dir = path.join(REPO_ROOT, '.tryit-tmp', `snippet-run-${randomUUID()}`);
  await mkdir(dir, { recursive: true });
  return { dir, dispose: () => rm(dir, { recursive: true, force: true }) };
}

/** Runs a command to its end; rejects with its output when it fails or outlives `timeoutMs`. */
export function run(
  command: string,
  args: string[],
  options: { cwd: string; env: Record<string, string>; input?: string; timeoutMs?: number },
): Promise<RunOutput> {
  // Variables that would steer an SDK or client elsewhere than the snippet says.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(?:OPENAI_|HTTPS?_PROXY|ALL_PROXY|NO_PROXY|CURL_|REQUESTS_)/i.test(name),
    ),
  );
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: { ...inherited, ...options.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`${command} could not be started: ${error.message}`));
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve({ stdout, stderr });
      else
        reject(
          new Error(
            `${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`}):\n${stderr}\n${stdout}`,
          ),
        );
    });
    child.stdin.end(options.input ?? '');
  });
}

/** TypeScript snippet → JavaScript Node runs as an ES module; fails on a syntax error. */
export function toJavaScript(snippet: string): string {
  const out = ts.transpileModule(snippet, {
    reportDiagnostics: true,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const errors = (out.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  if (errors.length > 0) throw new Error(`the snippet does not parse:\n${errors.join('\n')}\n${snippet}`);
  return out.outputText;
}

/** Every cURL snippet in one bash, in order; stops at the first failing command. */
export async function runCurlSnippets(
  snippets: string[],
  cwd: string,
  env: Record<string, string>,
): Promise<RunOutput> {
  const script = ['set -e', ...snippets.flatMap((snippet) => [snippet, 'echo'])].join('\n');
  return run('bash', ['-c', script], { cwd, env });
}

/** Every fetch snippet, transpiled, as one ES module each, imported one after the other by one Node. */
export async function runFetchSnippets(
  snippets: string[],
  cwd: string,
  env: Record<string, string>,
): Promise<RunOutput> {
  const names = await Promise.all(
    snippets.map(async (snippet, index) => {
      const name = `fetch-${index}.mjs`;
      await writeFile(path.join(cwd, name), toJavaScript(snippet));
      return name;
    }),
  );
  const runner = `for (const name of ${JSON.stringify(names)}) await import('./' + name);\n`;
  await writeFile(path.join(cwd, 'run-fetch.mjs'), runner);
  return run(process.execPath, ['run-fetch.mjs'], { cwd, env });
}

// Each snippet in its own globals, as if run on its own; any exception fails the run.
const PYTHON_RUNNER = `
import json, sys
for index, source in enumerate(json.load(sys.stdin)):
    exec(compile(source, "snippet-%d.py" % index, "exec"), {"__name__": "__main__"})
`;

/** Every Python snippet, in order, in one interpreter that has `requests`. */
export async function runPythonSnippets(
  python: string,
  snippets: string[],
  cwd: string,
  env: Record<string, string>,
): Promise<RunOutput> {
  return run(python, ['-c', PYTHON_RUNNER], { cwd, env, input: JSON.stringify(snippets) });
}

const OUTPUT_MARK = '\u0000tryit-snippet-output\u0000';

/**
 * TypeScript snippets (e.g. the official SDK's), transpiled and run one after the other by one Node from `cwd`
 * (where `openai` resolves); returns what each printed.
 */
export async function runNodeSnippets(
  snippets: string[],
  cwd: string,
  env: Record<string, string>,
): Promise<string[]> {
  const names = await Promise.all(
    snippets.map(async (snippet, index) => {
      const name = `node-${index}.mjs`;
      await writeFile(path.join(cwd, name), toJavaScript(snippet));
      return name;
    }),
  );
  // Writes to a pipe are synchronous on Linux: each mark lands before the output of its snippet.
  const runner = `for (const name of ${JSON.stringify(names)}) {
  process.stdout.write(${JSON.stringify(OUTPUT_MARK)});
  await import('./' + name);
}
`;
  await writeFile(path.join(cwd, 'run-node.mjs'), runner);
  const { stdout } = await run(process.execPath, ['run-node.mjs'], { cwd, env });
  return stdout.split(OUTPUT_MARK).slice(1);
}
