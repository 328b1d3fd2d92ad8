import { parse } from 'content-disposition';
import filenamify from 'filenamify/browser';
import { extensionForContentType } from './extension-for-content-type.ts';

/** What a downloaded body is named from: the response's headers and a name of the page's own choosing. */
export interface DownloadNameInput {
  /** The `Content-Disposition` header, if the response has one. */
  contentDisposition?: string | null;
  contentType: string;
  /** Used without a usable header name: e.g. the operation id (`usage-audio-speeches`). */
  fallbackBase: string;
}

/**
 * The file name to save a response body under. A `filename*`/`filename` parameter of `Content-Disposition`
 * (RFC 6266, parsed by `content-disposition`) wins when it survives sanitizing; otherwise the fallback base
 * plus the content type's extension. Sanitized by `filenamify`: no path separators, reserved or control
 * characters, reserved Windows names; at most 100 characters. Never a hidden file (no leading dot).
 */
export function downloadFileName({
  contentDisposition,
  contentType,
  fallbackBase,
}: DownloadNameInput): string {
  const fromHeader = headerFileName(contentDisposition);
  if (fromHeader) return fromHeader;
  const base = safeName(fallbackBase) || 'response';
  return `${base}.${extensionForContentType(contentType)}`;
}

function headerFileName(header: string | null | undefined): string | undefined {
  if (!header) return undefined;
  let name: string | undefined;
  try {
    name = parse(header).parameters.filename;
  } catch {
    // A header the parser cannot read names nothing.
    return undefined;
  }
  return name === undefined ? undefined : safeName(name) || undefined;
}

function safeName(name: string): string {
  const cleaned = filenamify(name, { replacement: '_', maxLength: 100 }).replace(/^[.\s_]+/, '');
  // A name made only of replaced characters says nothing.
  return /[^_.\s]/.test(cleaned) ? cleaned : '';
}
