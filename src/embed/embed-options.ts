/** What an embedded element shows: one operation, or the whole reference. */
export type EmbedKind = 'operation' | 'reference';

/** `view` of `<try-it-operation>`: the reference beside Try it, or Try it alone. */
export type EmbedView = 'reference' | 'try-it';

/** `theme`: follow the reader's system, or force one scheme. */
export type EmbedTheme = 'auto' | 'light' | 'dark';

/** How `<try-it-reference>` keeps its route: in memory (default, the host's URL untouched) or in the hash. */
export type EmbedRouter = 'memory' | 'hash';

/** Everything an embedded element needs, from its attributes or from `TryIt.mount(element, options)`. */
export interface EmbedOptions {
  kind: EmbedKind;
  /** The description to load (through the app's loader worker); absent: the API built into the script. */
  specUrl?: string;
  /** The operation shown by `<try-it-operation>` (the description's operationId, or the app's slug). */
  operationId?: string;
  /** The gateway used until the reader saves another one (a saved URL wins, as in the app). */
  gatewayUrl?: string;
  theme: EmbedTheme;
  view: EmbedView;
  router: EmbedRouter;
}
