/**
 * Which hop failed and what to tell the user: `config` (nothing was sent), `browser` (the gateway could not be
 * reached: down, wrong URL or CORS), `gateway` (the gateway refused or failed), `api` (the API answered
 * non-2xx), `timeout`, `aborted` (the user cancelled).
 */
export interface SendFailure {
  hop: 'browser' | 'gateway' | 'api' | 'timeout' | 'aborted' | 'config';
  message: string;
  detail?: string;
}
