import { createContext } from 'react';

/**
 * When true (the embed), parts below the fold (the snippet, History, generated examples) load their code once
 * they come near the viewport rather than with the first render: one embedded operation stays within its
 * weight budget, and a host page with many elements loads only what its reader scrolls to. The page: false.
 */
export const DeferBelowTheFoldContext = createContext(false);
