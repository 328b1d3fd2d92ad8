/**
 * Demo upstream process entry (`npm run demo-upstream`): DEMO_HOST / DEMO_PORT / DEMO_STREAM_INTERVAL_MS, one
 * "listening on" line.
 */
import { createDemoUpstream } from './demo-upstream.ts';

const host = process.env.DEMO_HOST?.trim() || '127.0.0.1';
const portText = process.env.DEMO_PORT?.trim() || '8788';

if (!/^\d+$/.test(portText) || Number(portText) > 65_535) {
  process.stderr.write(`DEMO_PORT must be an integer 0..65535, got "${portText}"\n`);
  process.exit(1);
}

const intervalText = process.env.DEMO_STREAM_INTERVAL_MS?.trim() || '120';
if (!/^\d+$/.test(intervalText) || Number(intervalText) < 1) {
  process.stderr.write(`DEMO_STREAM_INTERVAL_MS must be a positive integer, got "${intervalText}"\n`);
  process.exit(1);
}

const demo = createDemoUpstream({ host, port: Number(portText), streamIntervalMs: Number(intervalText) });
demo.listen().then(
  (url) => {
    process.stdout.write(`tryit demo upstream listening on ${url} (API base ${url}/v1)\n`);
    const stop = () => demo.close().then(() => process.exit(0));
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  },
  (error: unknown) => {
    process.stderr.write(
      `demo upstream failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  },
);
