import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { GATEWAY_ENTRY } from '../test-support/entry-points.ts';
import { CONTRACT_SPEC, describeGatewayContract } from '../test-support/gateway-contract-suite.ts';
import { spawnListening } from '../test-support/spawn-listening.ts';
import { startWorkerdGateway } from '../test-support/start-workerd-gateway.ts';

// The same contract cases against every engine: the node:http gateway (the default), the Web-standard handler
// served by Node (GATEWAY_ENGINE=fetch), and the same handler on Cloudflare's workerd runtime.

let specDir = '';
beforeAll(() => {
  specDir = mkdtempSync(path.join(tmpdir(), 'gateway-contract-'));
  writeFileSync(path.join(specDir, 'spec.json'), JSON.stringify(CONTRACT_SPEC));
});
afterAll(() => {
  if (specDir) rmSync(specDir, { recursive: true, force: true });
});
const specPath = () => path.join(specDir, 'spec.json');

describeGatewayContract(
  { name: 'node (node:http + undici)', start: (env) => spawnListening(GATEWAY_ENTRY, env) },
  specPath,
);
describeGatewayContract(
  {
    name: 'node (Web-standard handler)',
    start: (env) => spawnListening(GATEWAY_ENTRY, { ...env, GATEWAY_ENGINE: 'fetch' }),
  },
  specPath,
);
describeGatewayContract({ name: 'workerd (Web-standard handler)', start: startWorkerdGateway }, specPath);
