import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useRouter } from '../../app/router/router-context.tsx';
import type { Operation } from '../../openapi/model.ts';
import type { MatchRange, SearchResult } from '../../search/rank-operations.ts';
import './search-box.css';

type SearchModule = typeof import('../../search/search-operations.ts');
type Search = SearchModule['searchOperations'];

/** Results shown at once (about twice what the popup shows without scrolling); the count says how many more matched. */
const SHOWN = 25;

let searchModule: Promise<SearchModule> | undefined;
/** The ranking module, a chunk of its own: loaded when the box is first focused. */
function loadSearch(): Promise<SearchModule> {
  searchModule ??= import('../../search/search-operations.ts').catch((error: unknown) => {
    searchModule = undefined;
    throw error;
  });
  return searchModule;
}

/** Typing in these already: `/` is theirs. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

/**
 * The operation search at the top of the sidebar (the ARIA combobox pattern with a listbox popup): Ctrl/Cmd+K
 * or `/` focuses it, typing filters by method, path, name, summary, operationId and tag, arrows move through
 * the results, Enter (or a click) opens one, Escape clears.
 */
export function SearchBox({ operations }: { operations: readonly Operation[] }) {
  const id = useId();
  const router = useRouter();
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState<{ run: Search }>();
  const [active, setActive] = useState(0);
  const result: SearchResult | undefined =
    query.trim() && search ? search.run(operations, query, SHOWN) : undefined;
  const hits = result?.hits ?? [];
  const open = hits.length > 0;
  const optionId = (index: number) => `${id}-option-${index}`;

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const input = inputRef.current;
      if (!input || event.defaultPrevented) return;
      const ctrlK = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
      const slash =
        event.key === '/' &&
        !event.ctrlKey &&
        !event.metaKey &&
        !event.altKey &&
        !isTypingTarget(event.target);
      if (!ctrlK && !slash) return;
      event.preventDefault();
      input.focus();
      input.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const prepare = () => {
    loadSearch().then(
      (module) => {
        // The index of this model, built now rather than on the first keystroke.
        module.prepareSearch(operations);
        if (!search) setSearch({ run: module.searchOperations });
      },
      () => undefined, // Offline: the box stays empty-handed; a later focus retries.
    );
  };

  const choose = (operation: Operation | undefined) => {
    if (!operation) return;
    router.navigate({ operationId: operation.id });
    setQuery('');
    setActive(0);
  };

  /** Makes `index` the active option and keeps it in view (scrolled in the next frame, after React commits). */
  const activate = (index: number) => {
    setActive(index);
    requestAnimationFrame(() => {
      listRef.current?.querySelector(`[data-index="${index}"]`)?.scrollIntoView({ block: 'nearest' });
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const current = Math.min(active, hits.length - 1);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!open) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      activate((current + step + hits.length) % hits.length);
    } else if (event.key === 'Home' && open && event.ctrlKey) {
      event.preventDefault();
      activate(0);
    } else if (event.key === 'End' && open && event.ctrlKey) {
      event.preventDefault();
      activate(hits.length - 1);
    } else if (event.key === 'Enter') {
      if (!open) return;
      event.preventDefault();
      const hit = hits[Math.min(active, hits.length - 1)];
      if (hit) choose(operations[hit.entry.index]);
    } else if (event.key === 'Escape') {
      if (query) {
        event.preventDefault();
        setQuery('');
        setActive(0);
      } else inputRef.current?.blur();
    }
  };

  const status = !query.trim()
    ? ''
    : !result
      ? 'Searching…'
      : result.total === 0
        ? `No operation matches “${query.trim()}”.`
        : result.total > hits.length
          ? `${result.total} operations match; the first ${hits.length} are shown.`
          : `${result.total} ${result.total === 1 ? 'operation matches' : 'operations match'}.`;

  return (
    <search className="search-box">
      <div className="search-label">
        <label htmlFor={`${id}-input`}>Search operations</label>
        <kbd title="Press / or Ctrl+K (⌘K) to search">/</kbd>
      </div>
      <input
        id={`${id}-input`}
        ref={inputRef}
        type="search"
        role="combobox"
        aria-expanded={open}
        aria-controls={`${id}-listbox`}
        aria-autocomplete="list"
        aria-activedescendant={open ? optionId(Math.min(active, hits.length - 1)) : undefined}
        aria-keyshortcuts="Control+K Meta+K /"
        aria-describedby={`${id}-status`}
        placeholder="Method, path, name…"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onFocus={prepare}
        onChange={(event) => {
          prepare();
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <p id={`${id}-status`} className="search-status" role="status">
        {status}
      </p>
      <div id={`${id}-listbox`} ref={listRef} role="listbox" aria-label="Matching operations" hidden={!open}>
        {hits.map((hit, index) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard drives the options from the combobox (arrows, Enter)
          // biome-ignore lint/a11y/useFocusableInteractive: options of an aria-activedescendant listbox are never focused
          <div
            key={hit.entry.id}
            id={optionId(index)}
            data-index={index}
            role="option"
            aria-selected={index === active}
            className="search-option"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(operations[hit.entry.index])}
          >
            <span className={`method method-${hit.entry.method}`}>{hit.entry.method.toUpperCase()}</span>
            <span className="search-option-text">
              <span className="search-option-title">
                <Marked text={hit.entry.title} ranges={hit.marks.title} />
              </span>
              <span className="search-option-path">
                <Marked text={hit.entry.path} ranges={hit.marks.path} />
              </span>
            </span>
          </div>
        ))}
      </div>
    </search>
  );
}

/** A text with its matched ranges in `<mark>`. */
function Marked({ text, ranges }: { text: string; ranges: MatchRange[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
