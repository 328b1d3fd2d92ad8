/** Where loading an API description failed: getting the text, parsing it, checking it, or resolving it. */
export type ApiLoadStage = 'fetch' | 'parse' | 'validate' | 'resolve';

/** Details an `ApiLoadError` may carry beside its message. */
export interface ApiLoadErrorDetails {
  sourceName?: string;
  /** 1-based position of a syntax error, when known. */
  line?: number;
  column?: number;
  cause?: unknown;
}

/** A failure to load an API description, with a plain message meant to be shown to the user as is. */
export class ApiLoadError extends Error {
  readonly stage: ApiLoadStage;
  readonly sourceName?: string;
  readonly line?: number;
  readonly column?: number;

  constructor(stage: ApiLoadStage, message: string, details: ApiLoadErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'ApiLoadError';
    this.stage = stage;
    if (details.sourceName !== undefined) this.sourceName = details.sourceName;
    if (details.line !== undefined) this.line = details.line;
    if (details.column !== undefined) this.column = details.column;
  }
}
