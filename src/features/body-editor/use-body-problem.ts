import { createContext, useContext } from 'react';
import type { BodyPath } from '../../body-tree/body-path.ts';
import { toJsonPointer } from '../../schema-check/json-pointer.ts';

/** The body's schema problems by JSON pointer (each place's messages joined), provided by the editor. */
export const BodyProblemsContext = createContext<ReadonlyMap<string, string>>(new Map());

/** The problem message of the value at `path` (its JSON pointer), if the body check found one there. */
export function useBodyProblem(path: BodyPath): string | undefined {
  return useContext(BodyProblemsContext).get(toJsonPointer(path));
}
