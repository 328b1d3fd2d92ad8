/// <reference types="vite/client" />

/** The embedded API, normalized at build time (scripts/vite-plugin-openapi.ts; `TRYIT_SPEC` chooses it). */
declare module 'virtual:tryit-default-api' {
  const api: import('./openapi/model.ts').ApiModel;
  export default api;
}

interface ImportMetaEnv {
  /** Gateway URL prefilled for new visitors (e.g. by `npm start`); a saved value wins. */
  readonly VITE_TRYIT_GATEWAY_URL?: string;
}
