import http from 'node:http';

/** A response read in full (header names lower-cased, as node gives them). */
export interface SentResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Options for `sendRequest`: exact method, raw path and headers, optional body. */
export interface SendOptions {
  method?: string;
  path: string;
  headers?: Record<string, string | string[]>;
  body?: string;
  timeoutMs?: number;
}

/**
 * Sends one request with node:http (no connection reuse) and reads the whole reply. Unlike fetch it sends
 * the path and headers as given (Origin, Cookie, Referer, a raw `%2e%2e`), which the gateway tests need.
 */
export function sendRequest(baseUrl: string, options: SendOptions): Promise<SentResponse> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: hostname,
        port: Number(port),
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
        agent: false,
        timeout: options.timeoutMs ?? 5000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
        res.on('aborted', () => reject(new Error('response aborted')));
      },
    );
    req.on('timeout', () => req.destroy(new Error('request timed out')));
    req.on('error', reject);
    req.end(options.body);
  });
}
