import { parseJsonBody } from './parse-json-body.ts';

/** Human size of a body: `512 B`, `1.2 KB`, `3.4 MB` (1 KB = 1024 B, one decimal below 10, none above). */
export function formatSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 1024) return `${Math.max(0, Math.round(bytes) || 0)} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  // Rounding can carry 1023.96 KB up to "1024 KB": step to the next unit instead.
  if (Number(value.toFixed(value < 10 ? 1 : 0)) >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** Human duration: `142 ms` below a second, `1.24 s` below a minute, `2 min 5 s` beyond. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '0 ms';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) {
    const seconds = (ms / 1000).toFixed(2);
    // 59.999 s rounds to "60.00 s": say a minute like the branch below would.
    return seconds === '60.00' ? '1 min 0 s' : `${seconds} s`;
  }
  const totalSeconds = Math.round(ms / 1000);
  return `${Math.floor(totalSeconds / 60)} min ${totalSeconds % 60} s`;
}

/** A body ready to show: pretty-printed when it is JSON, with the Prism language to highlight it with. */
export interface PrettyBody {
  text: string;
  language: 'json' | 'markup' | 'plain';
  /** The parsed JSON, when the body is JSON (for cursors and the like). */
  parsed?: unknown;
}

/**
 * Pretty-prints JSON bodies with 2 spaces — also when the content type does not say JSON but the text looks
 * like it (`{`/`[` first). HTML/XML content types → `markup`; everything else is plain text. Never evaluates.
 */
export function prettyBody(bodyText: string, contentType: string): PrettyBody {
  const type = contentType.toLowerCase();
  const json = parseJsonBody(bodyText, contentType);
  // Truncated or malformed JSON is shown as sent rather than hidden.
  if (json.ok) return { text: JSON.stringify(json.value, null, 2), language: 'json', parsed: json.value };
  if (/\b(html|xml|svg)\b/.test(type)) return { text: bodyText, language: 'markup' };
  return { text: bodyText, language: 'plain' };
}

const STATUS_TEXT: Record<number, string> = {
  100: 'Continue',
  101: 'Switching Protocols',
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  203: 'Non-Authoritative Information',
  204: 'No Content',
  205: 'Reset Content',
  206: 'Partial Content',
  300: 'Multiple Choices',
  301: 'Moved Permanently',
  302: 'Found',
  303: 'See Other',
  304: 'Not Modified',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  407: 'Proxy Authentication Required',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  411: 'Length Required',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  416: 'Range Not Satisfiable',
  417: 'Expectation Failed',
  418: "I'm a teapot",
  421: 'Misdirected Request',
  422: 'Unprocessable Content',
  423: 'Locked',
  424: 'Failed Dependency',
  425: 'Too Early',
  426: 'Upgrade Required',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
  505: 'HTTP Version Not Supported',
  507: 'Insufficient Storage',
  508: 'Loop Detected',
  511: 'Network Authentication Required',
};

/**
 * Reason phrase for a status: HTTP/2 and HTTP/3 carry none, so browsers give `statusText: ''`.
 * Unknown codes fall back to their class (`Client Error` for 4xx).
 */
export function statusText(status: number): string {
  const known = STATUS_TEXT[status];
  if (known) return known;
  const classes = ['', 'Informational', 'Success', 'Redirection', 'Client Error', 'Server Error'];
  return classes[Math.floor(status / 100)] ?? '';
}
