import { type KeyboardEvent, lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { ApiModel, Operation } from '../../openapi/model.ts';
import type { HttpRequest } from '../../request/http-request.ts';
import { resolveServerUrl } from '../../request/resolve-server-url.ts';
import { highlightCode } from '../../response/load-prism-language.ts';
import { firstSnippetBuilder, type SnippetBuilder, snippetTabsFor } from '../../snippet/snippet-languages.ts';
import type { NamedScheme } from '../../transport/named-scheme.ts';
import { byIdNear } from '../by-id-near.ts';
import { CopyButton } from '../CopyButton.tsx';
import { usePrismLanguage } from '../use-prism-language.ts';
import { useSnippetPrefs } from './use-snippet-prefs.ts';

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
  gatewayTokenEnv,
}: {
  request: HttpRequest;
  api: ApiModel;
  operation: Operation;
  schemes: NamedScheme[];
  gatewayUrl: string;
  credentials: Record<string, string>;
  /** Set when the gateway checks its callers: snippets through it read the token from this variable. */
  gatewayTokenEnv?: string;
}) {
  const tabs = useMemo(() => snippetTabsFor(api.config, operation), [api.config, operation]);
  const [prefs, updatePrefs] = useSnippetPrefs(api.config.apiId);
  const [reveal, setReveal] = useState(false);
  const viaGateway = prefs.viaGateway;
  // A remembered tab this operation lacks (an SDK method, a sample) shows the first tab; the choice stays.
  const language = tabs.find((l) => l.id === prefs.language) ?? tabs[0];
  const choose = (id: string) => updatePrefs({ language: id });
  const onTabKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.findIndex((l) => l.id === language?.id);
    const count = tabs.length;
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index + count - 1,
      Home: 0,
      End: -1,
    };
    const move = Object.hasOwn(moves, event.key) ? moves[event.key] : undefined;
    const target = move === undefined ? undefined : tabs.at(move % count);
    if (!target) return;
    event.preventDefault();
    choose(target.id);
    // The panel may live in a shadow root (the embed): look the tab up in the tree it is in.
    byIdNear(event.currentTarget, `snippet-tab-${target.id}`)?.focus();
  };
  const [builders, setBuilders] = useState<Record<string, SnippetBuilder>>(() => ({
    typescript: firstSnippetBuilder,
  }));
  const build = language ? builders[language.id] : undefined;

  useEffect(() => {
    // Builders beyond the first tab's load when their tab is chosen; a tab shows "Loading…" meanwhile.
    if (!language || language.source !== undefined || builders[language.id]) return;
    void language.load().then((loaded) => setBuilders((all) => ({ ...all, [language.id]: loaded })));
  }, [language, builders]);
  const servers = operation.servers.length > 0 ? operation.servers : api.servers;
  const [serverChoice, setServerChoice] = useState({ index: 0, variables: {} as Record<string, string> });
  const server = servers[serverChoice.index] ?? servers[0];
  // Snippets always carry an absolute URL: a relative server resolves against the description's URL.
  const baseUrl = server
    ? resolveServerUrl(server, serverChoice.variables, api.documentUrl ?? window.location.href)
    : '';

  const callsGateway = viaGateway && language?.calls !== 'none' && gatewayUrl !== '';
  const code = useMemo(
    () =>
      language?.source ??
      build?.(request, {
        config: api.config,
        security: schemes,
        baseUrl,
        ...(operation.sdkMethod ? { sdkMethod: operation.sdkMethod } : {}),
        ...(callsGateway ? { gatewayUrl } : {}),
        ...(callsGateway && gatewayTokenEnv ? { gatewayTokenEnv } : {}),
        ...(reveal ? { reveal: credentials } : {}),
      }) ??
      'Loading…',
    [
      language,
      build,
      request,
      api.config,
      schemes,
      baseUrl,
      operation.sdkMethod,
      callsGateway,
      gatewayUrl,
      gatewayTokenEnv,
      reveal,
      credentials,
    ],
  );

  // Grammars load after first paint; the snippet shows as plain text until then.
  const prism = language?.prism ?? 'plain';
  const grammarLoads = usePrismLanguage(prism === 'plain' ? 'json' : prism);
  // biome-ignore lint/correctness/useExhaustiveDependencies: grammarLoads re-runs highlighting once a grammar arrives
  const html = useMemo(() => highlightCode(code, prism), [code, prism, grammarLoads]);

  return (
    <section className="panel-section snippet" aria-labelledby="snippet-heading">
      <h3 id="snippet-heading">Code snippet</h3>
      <p className="muted">Updates live as you fill in the form above.</p>
      <div className="snippet-toolbar">
        {/* ARIA tabs: arrow keys, Home and End move between tabs; Tab moves on to the code. */}
        <div role="tablist" aria-label="Snippet language" onKeyDown={onTabKey}>
          {tabs.map((l) => (
            <button
              key={l.id}
              type="button"
              role="tab"
              id={`snippet-tab-${l.id}`}
              aria-selected={l.id === language?.id}
              aria-controls="snippet-code"
              tabIndex={l.id === language?.id ? 0 : -1}
              onClick={() => choose(l.id)}
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
      {language?.calls === 'server' && !callsGateway && (
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
        {language?.calls !== 'none' && (
          <label>
            <input
              type="checkbox"
              checked={viaGateway}
              onChange={(e) => updatePrefs({ viaGateway: e.target.checked })}
            />{' '}
            Call through the gateway
          </label>
        )}
        {language?.source === undefined && (
          <label>
            <input type="checkbox" checked={reveal} onChange={(e) => setReveal(e.target.checked)} /> Reveal my
            key in the snippet
          </label>
        )}
      </div>
      {language?.source !== undefined && (
        <p className="muted">From the API description, shown as written: not generated from the form.</p>
      )}
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
