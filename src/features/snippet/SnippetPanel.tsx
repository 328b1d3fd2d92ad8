import { type KeyboardEvent, lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { ApiModel, Operation } from '../../openapi/model.ts';
import type { HttpRequest } from '../../request/http-request.ts';
import { resolveServerUrl } from '../../request/resolve-server-url.ts';
import { highlightCode } from '../../response/load-prism-language.ts';
import {
  firstSnippetBuilder,
  type SnippetBuilder,
  snippetLanguages,
} from '../../snippet/snippet-languages.ts';
import type { NamedScheme } from '../../transport/named-scheme.ts';
import { CopyButton } from '../CopyButton.tsx';
import { usePrismLanguage } from '../use-prism-language.ts';

// Only the raw-HTTP tabs call a server directly; the picker loads with them.
const ServerPicker = lazy(() => import('./ServerPicker.tsx').then((m) => ({ default: m.ServerPicker })));

/** The live code snippet: a pure function of the request, re-rendered on every keystroke. */
export function SnippetPanel({
  request,
  api,
  operation,
  schemes,
  gatewayUrl,
  credentials,
}: {
  request: HttpRequest;
  api: ApiModel;
  operation: Operation;
  schemes: NamedScheme[];
  gatewayUrl: string;
  credentials: Record<string, string>;
}) {
  const [languageId, setLanguageId] = useState(snippetLanguages[0]?.id ?? 'typescript');
  const [reveal, setReveal] = useState(false);
  const [viaGateway, setViaGateway] = useState(false);
  const language = snippetLanguages.find((l) => l.id === languageId) ?? snippetLanguages[0];
  const onTabKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = snippetLanguages.findIndex((l) => l.id === language?.id);
    const last = snippetLanguages.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % (last + 1)
        : event.key === 'ArrowLeft'
          ? (index + last) % (last + 1)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : undefined;
    const target = next === undefined ? undefined : snippetLanguages[next];
    if (!target) return;
    event.preventDefault();
    setLanguageId(target.id);
    document.getElementById(`snippet-tab-${target.id}`)?.focus();
  };
  const [builders, setBuilders] = useState<Record<string, SnippetBuilder>>(() => ({
    [snippetLanguages[0]?.id ?? 'typescript']: firstSnippetBuilder,
  }));
  const build = language ? builders[language.id] : undefined;

  useEffect(() => {
    // Builders beyond the first tab's load when their tab is chosen; a tab shows "Loading…" meanwhile.
    if (!language || builders[language.id]) return;
    void language.load().then((loaded) => setBuilders((all) => ({ ...all, [language.id]: loaded })));
  }, [language, builders]);
  const servers = operation.servers.length > 0 ? operation.servers : api.servers;
  const [serverChoice, setServerChoice] = useState({ index: 0, variables: {} as Record<string, string> });
  const server = servers[serverChoice.index] ?? servers[0];
  const baseUrl = server ? resolveServerUrl(server, serverChoice.variables) : '';

  const code = useMemo(
    () =>
      build?.(request, {
        config: api.config,
        security: schemes,
        baseUrl,
        ...(viaGateway && gatewayUrl ? { gatewayUrl } : {}),
        ...(reveal ? { reveal: credentials } : {}),
      }) ?? 'Loading…',
    [build, request, api.config, schemes, baseUrl, viaGateway, gatewayUrl, reveal, credentials],
  );

  // Grammars load after first paint; the snippet shows as plain text until then.
  const grammarLoads = usePrismLanguage(language?.prism ?? 'typescript');
  // biome-ignore lint/correctness/useExhaustiveDependencies: grammarLoads re-runs highlighting once a grammar arrives
  const html = useMemo(() => highlightCode(code, language?.prism ?? 'plain'), [code, language, grammarLoads]);

  return (
    <section className="panel-section snippet" aria-labelledby="snippet-heading">
      <h3 id="snippet-heading">Code snippet</h3>
      <p className="muted">Updates live as you fill in the form above.</p>
      <div className="snippet-toolbar">
        {/* ARIA tabs: arrow keys, Home and End move between tabs; Tab moves on to the code. */}
        <div role="tablist" aria-label="Snippet language" onKeyDown={onTabKey}>
          {snippetLanguages.map((l) => (
            <button
              key={l.id}
              type="button"
              role="tab"
              id={`snippet-tab-${l.id}`}
              aria-selected={l.id === language?.id}
              aria-controls="snippet-code"
              tabIndex={l.id === language?.id ? 0 : -1}
              onClick={() => setLanguageId(l.id)}
            >
              {l.label}
            </button>
          ))}
        </div>
        <CopyButton
          label="Copy"
          text={() => code}
          done="Copied"
          fallback="Copy failed: select the code and copy it by hand"
        />
      </div>
      {language?.id !== 'typescript' && !viaGateway && (
        <Suspense fallback={null}>
          <ServerPicker
            servers={servers}
            index={serverChoice.index}
            variables={serverChoice.variables}
            onChange={(index, variables) => setServerChoice({ index, variables })}
          />
        </Suspense>
      )}
      <div className="snippet-options">
        {language?.id !== 'typescript' && (
          <label>
            <input type="checkbox" checked={viaGateway} onChange={(e) => setViaGateway(e.target.checked)} />{' '}
            Call through the gateway
          </label>
        )}
        <label>
          <input type="checkbox" checked={reveal} onChange={(e) => setReveal(e.target.checked)} /> Reveal my
          key in the snippet
        </label>
      </div>
      <div
        id="snippet-code"
        className="code-scroll"
        role="tabpanel"
        aria-labelledby={`snippet-tab-${language?.id}`}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a focusable tabpanel is the ARIA tabs pattern; it also scrolls
        tabIndex={0}
      >
        <pre className={`code-block language-${language?.prism}`}>
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: Prism escapes every token of the generated code */}
          <code dangerouslySetInnerHTML={{ __html: html }} />
        </pre>
      </div>
    </section>
  );
}
