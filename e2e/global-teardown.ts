/** Stops every server the global setup started (the setup's own teardown does the same; this is the backstop). */
import { stopEverything } from './global-setup.ts';

export default async function globalTeardown(): Promise<void> {
  await stopEverything();
}
