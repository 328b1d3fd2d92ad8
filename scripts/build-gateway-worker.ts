/**
 * Builds the gateway's Worker bundle (`npm run build:worker`): reads the API description (GATEWAY_SPEC, default
 * specs/openai-usage.yaml), extracts its forwarding surface at build time, and bundles gateway/worker/
 * gateway-worker.ts with it into one ES module (esbuild), beside a copy of gateway/worker/gateway.capnp, in
 * `dist-worker/` (or the directory given as the first argument). Then: `npx workerd serve dist-worker/gateway.capnp`.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { extractOperations } from '../gateway/extract-operations.ts';
import { readSpecFile } from '../node-support/read-spec-file.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SURFACE_MODULE = 'virtual:tryit-gateway-surface';

/** Builds the bundle and the config into `outDir`; returns the config's path. */
export async function buildGatewayWorker(specPath: string, outDir: string): Promise<string> {
  const surface = extractOperations(readSpecFile(specPath));
  if (surface.operations.length === 0) throw new Error(`no operations in ${specPath}`);
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [path.join(ROOT, 'gateway/worker/gateway-worker.ts')],
    outfile: path.join(outDir, 'gateway-worker.js'),
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    mainFields: ['module', 'main'],
    conditions: ['workerd', 'worker', 'import'],
    // Provided by workerd's nodejs_compat.
    external: ['node:*'],
    logLevel: 'warning',
    plugins: [
      {
        name: 'gateway-surface',
        setup(context) {
          context.onResolve({ filter: /^virtual:tryit-gateway-surface$/ }, () => ({
            path: SURFACE_MODULE,
            namespace: 'gateway-surface',
          }));
          context.onLoad({ filter: /.*/, namespace: 'gateway-surface' }, () => ({
            contents: `export const surface = ${JSON.stringify(surface)};`,
            loader: 'js',
          }));
        },
      },
    ],
  });
  const config = path.join(outDir, 'gateway.capnp');
  copyFileSync(path.join(ROOT, 'gateway/worker/gateway.capnp'), config);
  return config;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const spec = path.resolve(process.env.GATEWAY_SPEC?.trim() || path.join(ROOT, 'specs/openai-usage.yaml'));
  const outDir = path.resolve(process.argv[2] ?? path.join(ROOT, 'dist-worker'));
  buildGatewayWorker(spec, outDir).then(
    (config) => process.stdout.write(`built ${path.relative(process.cwd(), config)} (${spec})\n`),
    (error: unknown) => {
      process.stderr.write(
        `worker build failed: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exit(1);
    },
  );
}
