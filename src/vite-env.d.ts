/// <reference types="vite/client" />

declare module '*.yaml' {
  const document: unknown;
  export default document;
}

declare module '*.yaml?api' {
  const api: import('./openapi/model.ts').ApiModel;
  export default api;
}

interface ImportMetaEnv {
  /** Gateway URL prefilled for new visitors (e.g. by `npm start`); a saved value wins. */
  readonly VITE_TRYIT_GATEWAY_URL?: string;
}
