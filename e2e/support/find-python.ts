import { spawnSync } from 'node:child_process';

// PATH's python3 first (on this machine a pyenv build, which does not see Debian's packages), then Debian's.
const CANDIDATES = ['python3', '/usr/bin/python3', 'python'];

/**
 * A Python interpreter that can `import requests`, or a clear error saying how to get one: the Python
 * snippets are run for real, never skipped. `.ci/run` installs Debian's python3-requests when none has it.
 */
export function findPythonWithRequests(): string {
  const tried: string[] = [];
  for (const candidate of CANDIDATES) {
    const probe = spawnSync(
      candidate,
      ['-c', 'import requests, sys; print(sys.executable, requests.__version__)'],
      {
        encoding: 'utf8',
      },
    );
    if (probe.status === 0) return candidate;
    tried.push(
      `${candidate}: ${probe.error ? 'not found' : (probe.stderr.trim().split('\n').at(-1) ?? 'failed')}`,
    );
  }
  throw new Error(
    `No Python with the requests package, needed to run the Python snippets (tried ${tried.join('; ')}). ` +
      'Install it: apt-get install python3-requests (what .ci/run does), or pip install requests.',
  );
}
