import { useContext, useEffect, useState } from 'react';
import { DeferBelowTheFoldContext } from './defer-below-the-fold.ts';

// Start loading a little before the part scrolls in, so it is usually there when it is seen.
const ROOT_MARGIN = '300px';

/**
 * Whether a part has come near the viewport (and stays so), for parts that load their code only then; always
 * true where DeferBelowTheFoldContext is false (the page) or IntersectionObserver is missing. Give the returned
 * ref to the element that holds the part's place until then.
 */
export function useNearViewport(): [(element: Element | null) => void, boolean] {
  const defer = useContext(DeferBelowTheFoldContext);
  const [near, setNear] = useState(() => !defer || typeof IntersectionObserver === 'undefined');
  const [element, setElement] = useState<Element | null>(null);
  useEffect(() => {
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: ROOT_MARGIN },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, element]);
  return [setElement, near];
}
