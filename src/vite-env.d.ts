/// <reference types="vite/client" />

/** The embedded API, normalized at build time (scripts/vite-plugin-openapi.ts; `TRYIT_SPEC` chooses it). */
declare module 'virtual:tryit-default-api' {
  const api: import('./openapi/model.ts').ApiModel;
  export default api;
}

/** The embedded API's Markdown parsed at build time, in `collectMarkdownSources` order (scripts/vite-plugin-openapi.ts). */
declare module 'virtual:tryit-default-markdown' {
  const trees: import('./markdown/markdown-tree.ts').MdNode[][];
  export default trees;
}

/**
 * The embedded API's `schemas` table, its own chunk (the model above ships with `schemasPending`), with the
 * trees of its Markdown in `collectMarkdownSources(schemas)` order.
 */
declare module 'virtual:tryit-default-api-schemas' {
  const table: {
    schemas: Record<string, import('./openapi/model.ts').Schema>;
    markdown: import('./markdown/markdown-tree.ts').MdNode[][];
  };
  export default table;
}

interface ImportMetaEnv {
  /** Gateway URL prefilled for new visitors (e.g. by `npm start`); a saved value wins. */
  readonly VITE_TRYIT_GATEWAY_URL?: string;
}
