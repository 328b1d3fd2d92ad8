/** Demo upstream process entry (`npm run demo-upstream`): DEMO_HOST / DEMO_PORT, one "listening on" line. */
import { createDemoUpstream } from './demo-upstream.ts';

const host = process.env.DEMO_HOST?.trim() || '127.0.0.1';
const portText = process.env.DEMO_PORT?.trim() || '8788';

if (!/^\d+$/.test(portText) || Number(portText) > 65_535) {
  process.stderr.write(`DEMO_PORT must be an integer 0..65535, got "${portText}"\n`);
  process.exit(1);
}

const demo = createDemoUpstream({ host, port: Number(portText) });
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
