import type { ReactNode } from 'react';

/** A heading whose level depends on where the section sits (an operation page, or a callback inside one). */
export function Heading({ level, id, children }: { level: number; id?: string; children: ReactNode }) {
  const Tag = `h${Math.min(Math.max(level, 2), 6)}` as 'h2';
  return <Tag id={id}>{children}</Tag>;
}
