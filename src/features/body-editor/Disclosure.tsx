import { type ReactNode, useState } from 'react';

/** Deep levels start collapsed behind a "Show <name>" button so long bodies stay scannable. */
export function Disclosure({
  name,
  collapsed,
  children,
}: {
  name: string;
  collapsed: boolean;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(!collapsed);
  if (!collapsed) return <>{children}</>;
  return (
    <>
      <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? `Hide ${name}` : `Show ${name}`}
      </button>
      {open && children}
    </>
  );
}
