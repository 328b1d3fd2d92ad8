import { type KeyboardEvent, lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useRouter } from '../../app/router/router-context.tsx';
import { buildFormModel } from '../../form/build-form-model.ts';
import { buildFormSchema, formIssues } from '../../form/build-form-schema.ts';
import type { FormValues } from '../../form/form-model.ts';
import type { ApiModel, Operation } from '../../openapi/model.ts';
import { buildRequest } from '../../request/build-request.ts';
import { loadSchemaChecker } from '../../schema-check/load-schema-checker.ts';
import { dialectOf } from '../../schema-check/schema-checker.ts';
import { GATEWAY_TOKEN_ENV } from '../../snippet/snippet-context.ts';
import { settingsSecrets } from '../../storage/settings-codec.ts';
import { encodeShareParams } from '../../storage/share-link-codec.ts';
import { operationSchemes } from '../../transport/operation-schemes.ts';
import type { ExploreContext } from '../explore-context.ts';
import { ParamForm } from '../form-fields/ParamForm.tsx';
import { ResponsePanel, ResponseSummary } from '../response/ResponsePanel.tsx';
import { useNearViewport } from '../use-near-viewport.ts';
import { CredentialsSection } from './CredentialsSection.tsx';
import { GatewayApiNotice } from './GatewayApiNotice.tsx';
import { GatewaySection } from './GatewaySection.tsx';
import { RequestPreview } from './RequestPreview.tsx';
import { SendBar } from './SendBar.tsx';
import { useFormDraft } from './use-form-draft.ts';
import { useGatewayHealth } from './use-gateway-health.ts';
import { useSchemaChecker } from './use-schema-checker.ts';
import { useSend } from './use-send.ts';
import { useSettings } from './use-settings.ts';
import './try-it-layout.css';

// The snippet sits below the form: it loads in its own chunk right after first paint (the page budget).
const SnippetPanel = lazy(() =>
  import('../snippet/SnippetPanel.tsx').then((m) => ({ default: m.SnippetPanel })),
);
// History (IndexedDB, restore, compare, HAR) is not needed for the first paint.
const HistoryPanel = lazy(() => import('../history/HistoryPanel.tsx'));

/** The Try it panel: settings → form → request → gateway → response, and the live snippet. */
export function TryItPanel({
  api,
  operation,
  sharedQuery,
}: {
  api: ApiModel;
  operation: Operation;
  /** Form values from a share link (`#/operations/<id>?…`), applied once. */
  sharedQuery?: string;
}) {
  const router = useRouter();
  const [mediaType, setMediaType] = useState<string>();
  const model = useMemo(
    () => buildFormModel(operation, mediaType ? { mediaType } : {}),
    [operation, mediaType],
  );
  const dialect = dialectOf(api.openapiVersion);
  // Any JSON text (a JSON body, an object-shaped parameter) is checked by the lazily loaded validator room.
  const checker = useSchemaChecker(model.fields.some((field) => field.kind === 'json'));
  const schema = useMemo(() => buildFormSchema(model, { checker, dialect }), [model, checker, dialect]);
  const schemes = useMemo(() => operationSchemes(api, operation), [api, operation]);
  const settings = useSettings(api.config.apiId);
  const health = useGatewayHealth(settings.value.gatewayUrl);
  const serverHoldsKey = health.holdsCredential;
  // A gateway that checks its callers gets the gateway access token; no other gateway ever sees it.
  const callerCheck = health.health?.callerCheck;
  const tokenNeeded = callerCheck === 'token' || callerCheck === 'jwt';
  const secrets = useMemo(() => settingsSecrets(settings.value), [settings.value]);

  const draft = useFormDraft(api.config.apiId, model, secrets, sharedQuery);
  // Once applied, the shared values live in the form (and its draft): a reload must not reapply them.
  useEffect(() => {
    if (sharedQuery) router.navigate({ operationId: operation.id }, { replace: true });
  }, [sharedQuery, operation.id, router]);
  // react-hook-form holds the values; the one validation is `formIssues` below (no resolver: it would run the
  // same schema a second time and keep a second copy of the problems).
  const form = useForm<FormValues>({ defaultValues: draft.initialValues });
  const watched = useWatch({ control: form.control }) as FormValues;
  const values = useMemo(() => ({ ...model.defaults, ...watched }), [model.defaults, watched]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: save only when the values change
  useEffect(() => draft.save(values), [values]);
  // Another media type means other body fields; parameters keep what was typed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the model changes
  useEffect(() => {
    form.reset({ ...draft.initialValues, ...pick(form.getValues(), model) });
  }, [model]);
  // Every keystroke: validate and rebuild the request; both are pure and cheap for a form of this size.
  // These issues are the messages on screen and the Send guard alike.
  const issues = useMemo(() => formIssues(schema, values), [schema, values]);
  // Relative server URLs resolve against the description's URL, or the page's for the built-in one.
  const documentUrl = api.documentUrl ?? window.location.href;
  const request = useMemo(
    () => buildRequest(operation, model, values, api.config, { documentUrl }),
    [operation, model, values, api.config, documentUrl],
  );
  const [attempted, setAttempted] = useState(false);
  const [checkFailed, setCheckFailed] = useState(false);
  const send = useSend();
  // In the embed, the snippet and History load once scrolled near (use-near-viewport.ts); at once in the page.
  const [snippetPlace, snippetNear] = useNearViewport();
  const [historyPlace, historyNear] = useNearViewport();

  const blocking = issues.filter((issue) => !issue.pending);
  const credentials = serverHoldsKey ? {} : settings.value.credentials;
  const gatewayToken = tokenNeeded ? settings.value.gatewayToken : undefined;
  const sendThrough = (built: typeof request, sentValues: FormValues = values) =>
    send.start({
      gatewayUrl: settings.value.gatewayUrl,
      request: built,
      schemes,
      credentials,
      origin: { apiId: api.config.apiId, operationId: operation.id, values: sentValues, secrets },
      ...(gatewayToken ? { gatewayToken } : {}),
    });
  /** The Send guard (button, Enter in the form, Ctrl+Enter); `force` is "Send anyway". */
  const trySend = async (force: boolean) => {
    setAttempted(true);
    if (force) return sendThrough(request);
    if (blocking.length > 0) return;
    if (!issues.some((issue) => issue.pending)) return sendThrough(request);
    // The body's check waits for the validator: load it and decide on the values as they are then.
    try {
      const loaded = await loadSchemaChecker();
      const now = { ...model.defaults, ...form.getValues() };
      if (formIssues(buildFormSchema(model, { checker: loaded, dialect }), now).length > 0) return;
      setCheckFailed(false);
      sendThrough(buildRequest(operation, model, now, api.config, { documentUrl }));
    } catch {
      setCheckFailed(true);
    }
  };
  const explore: ExploreContext = {
    api,
    operationId: operation.id,
    gatewayUrl: settings.value.gatewayUrl,
    credentials,
    gatewayToken,
    secrets,
    // Paging and history fill this form, so the preview and the snippet show what was (re)sent.
    fillForm: (next, thenSend) => {
      const filled = { ...(thenSend ? values : model.defaults), ...next };
      form.reset(filled);
      setAttempted(false);
      if (thenSend) sendThrough(buildRequest(operation, model, filled, api.config, { documentUrl }), filled);
    },
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (!send.pending) void trySend(false);
    }
  };

  return (
    <section className="try-it" aria-labelledby="try-it-heading" onKeyDown={onKeyDown}>
      <h2 id="try-it-heading">Try it</h2>
      {/* Two columns when the panel is wide enough (try-it-layout.css): the request, and what came back. */}
      <div className="try-it-columns">
        <div className="try-it-request">
          <CredentialsSection
            api={api}
            schemes={schemes}
            settings={settings}
            serverHoldsCredential={serverHoldsKey}
            callerCheck={tokenNeeded ? callerCheck : undefined}
          />
          <GatewaySection settings={settings} health={health} />
          <GatewayApiNotice api={api} health={health} />
          {model.mediaTypes && model.mediaTypes.length > 1 && (
            <div className="field">
              <label htmlFor="body-media-type">Content type</label>
              <select
                id="body-media-type"
                value={model.selectedMediaType}
                onChange={(event) => setMediaType(event.target.value)}
              >
                {model.mediaTypes.map((type) => (
                  <option key={type}>{type}</option>
                ))}
              </select>
            </div>
          )}
          <form noValidate aria-label="Parameters" onSubmit={form.handleSubmit(() => trySend(false))}>
            <ParamForm model={model} form={form} values={values} issues={issues} showAllErrors={attempted} />
            <RequestPreview
              request={request}
              gatewayUrl={settings.value.gatewayUrl}
              shareHref={() =>
                router.href({
                  operationId: operation.id,
                  query: encodeShareParams(values, model.defaults, secrets),
                })
              }
            />
            <SendBar
              invalidFields={[
                ...model.fields
                  .filter((f) => blocking.some((issue) => issue.key === f.key))
                  .map((f) => f.name),
                ...(checkFailed ? ['body (the schema check did not load)'] : []),
              ]}
              pending={send.pending}
              summary={<ResponseSummary result={send.latest} pending={send.pending} />}
              onSendAnyway={() => void trySend(true)}
              onCancel={send.cancel}
              onFillExamples={async () => {
                // Sample generation is only needed on this click: it loads on demand.
                const { fillExampleValues } = await import('../../form/fill-example-values.ts');
                // A documented body example that breaks its own schema is passed over for a sample.
                const bodyChecker =
                  model.body?.kind === 'json' ? await loadSchemaChecker().catch(() => undefined) : undefined;
                form.reset(
                  fillExampleValues(model, { now: Date.now(), body: { checker: bodyChecker, dialect } }),
                );
                setAttempted(false);
              }}
              onReset={() => {
                draft.clear();
                form.reset(model.defaults);
                setAttempted(false);
              }}
            />
          </form>
        </div>
        <div className="try-it-answer">
          <ResponsePanel
            shown={send.shown}
            pending={send.pending}
            live={send.live}
            onShow={send.show}
            explore={explore}
          />
          {/* The placeholder holds the panel's place while its chunk loads, so nothing below it jumps. */}
          <Suspense fallback={<SnippetPlaceholder />}>
            {snippetNear ? (
              <SnippetPanel
                request={request}
                api={api}
                operation={operation}
                schemes={schemes}
                gatewayUrl={settings.value.gatewayUrl}
                credentials={settings.value.credentials}
                {...(tokenNeeded ? { gatewayTokenEnv: GATEWAY_TOKEN_ENV } : {})}
              />
            ) : (
              <SnippetPlaceholder place={snippetPlace} />
            )}
          </Suspense>
        </div>
      </div>
      {/* Full width below both columns: the history table has many columns, and the sticky answer column stays short. */}
      <Suspense fallback={null}>
        {historyNear ? (
          <HistoryPanel send={send} explore={explore} />
        ) : (
          <section ref={historyPlace} className="panel-section history" aria-label="History">
            <h3>History</h3>
            <p className="muted">Loads when scrolled to.</p>
          </section>
        )}
      </Suspense>
    </section>
  );
}

/** The snippet's place until its chunk is in (`place`: the element the near-viewport watch observes). */
function SnippetPlaceholder({ place }: { place?: (element: Element | null) => void }) {
  return (
    <section ref={place} className="panel-section snippet" aria-label="Code snippet">
      <h3>Code snippet</h3>
      <p className="muted">Loading…</p>
    </section>
  );
}

/** The values of `values` whose keys are fields of `model`. */
function pick(values: FormValues, model: { fields: { key: string }[] }): FormValues {
  return Object.fromEntries(
    model.fields.filter((f) => f.key in values).map((f) => [f.key, values[f.key] ?? '']),
  );
}
