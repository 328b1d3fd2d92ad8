import { type KeyboardEvent, lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { operationHref } from '../../app/parse-route.ts';
import { buildFormModel } from '../../form/build-form-model.ts';
import { buildFormSchema } from '../../form/build-form-schema.ts';
import type { FormValues } from '../../form/form-model.ts';
import { validateFormValues } from '../../form/validate-form-values.ts';
import type { ApiModel, Operation } from '../../openapi/model.ts';
import { buildRequest } from '../../request/build-request.ts';
import { encodeShareParams } from '../../storage/share-link-codec.ts';
import { ParamForm } from '../form-fields/ParamForm.tsx';
import { ResponsePanel, ResponseSummary } from '../response/ResponsePanel.tsx';
import { CredentialsSection } from './CredentialsSection.tsx';
import { formSchemaResolver } from './form-schema-resolver.ts';
import { GatewaySection } from './GatewaySection.tsx';
import { operationSchemes } from './operation-schemes.ts';
import { RequestPreview } from './RequestPreview.tsx';
import { SendBar } from './SendBar.tsx';
import { useFormDraft } from './use-form-draft.ts';
import { useGatewayHealth } from './use-gateway-health.ts';
import { useSend } from './use-send.ts';
import { useSettings } from './use-settings.ts';
import './try-it-layout.css';

// The snippet sits below the form: it loads in its own chunk right after first paint (the page budget).
const SnippetPanel = lazy(() =>
  import('../snippet/SnippetPanel.tsx').then((m) => ({ default: m.SnippetPanel })),
);

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
  const [mediaType, setMediaType] = useState<string>();
  const model = useMemo(
    () => buildFormModel(operation, mediaType ? { mediaType } : {}),
    [operation, mediaType],
  );
  const schema = useMemo(() => buildFormSchema(model), [model]);
  const schemes = useMemo(() => operationSchemes(api, operation), [api, operation]);
  const settings = useSettings(api.config.apiId);
  const health = useGatewayHealth(settings.value.gatewayUrl);
  const serverHoldsKey = health.holdsCredential;

  const draft = useFormDraft(api.config.apiId, model, settings.value.credentials, sharedQuery);
  // Once applied, the shared values live in the form (and its draft): a reload must not reapply them.
  useEffect(() => {
    if (sharedQuery) window.history.replaceState(null, '', operationHref(operation.id));
  }, [sharedQuery, operation.id]);
  const resolver = useMemo(() => formSchemaResolver(schema), [schema]);
  // The messages on screen come from validateFormValues below, on every keystroke; the resolver only guards
  // Send. Validating on change here too would run the same rules twice per keystroke.
  const form = useForm<FormValues>({
    defaultValues: draft.initialValues,
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });
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
  const errors = useMemo(() => validateFormValues(model, values), [model, values]);
  const request = useMemo(
    () => buildRequest(operation, model, values, api.config),
    [operation, model, values, api.config],
  );
  const [attempted, setAttempted] = useState(false);
  const send = useSend();

  const invalidCount = Object.keys(errors).length;
  const credentials = serverHoldsKey ? {} : settings.value.credentials;
  const sendThrough = (built: typeof request) =>
    send.start({ gatewayUrl: settings.value.gatewayUrl, request: built, schemes, credentials });
  const doSend = (force: boolean) => {
    setAttempted(true);
    if (!force && invalidCount > 0) return;
    sendThrough(request);
  };
  const pageField = model.fields.find((f) => f.name === 'page' && f.location === 'query');

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (!send.pending) doSend(false);
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
          />
          <GatewaySection settings={settings} health={health} />
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
          <form
            noValidate
            aria-label="Parameters"
            onSubmit={form.handleSubmit(
              () => doSend(false),
              () => setAttempted(true),
            )}
          >
            <ParamForm model={model} form={form} values={values} errors={errors} showAllErrors={attempted} />
            <RequestPreview
              request={request}
              gatewayUrl={settings.value.gatewayUrl}
              shareHref={() =>
                operationHref(
                  operation.id,
                  encodeShareParams(values, model.defaults, Object.values(settings.value.credentials)),
                )
              }
            />
            <SendBar
              invalidFields={model.fields.filter((f) => errors[f.key]).map((f) => f.name)}
              pending={send.pending}
              summary={<ResponseSummary result={send.result} pending={send.pending} />}
              onSendAnyway={() => doSend(true)}
              onCancel={send.cancel}
              onFillExamples={async () => {
                // Sample generation is only needed on this click: it loads on demand.
                const { fillExampleValues } = await import('../../form/fill-example-values.ts');
                form.reset(fillExampleValues(model, { now: Date.now() }));
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
            result={send.result}
            pending={send.pending}
            history={send.history}
            shownId={send.shownId}
            onShow={send.show}
            downloadName={operation.id}
            onNextPage={
              pageField
                ? (cursor) => {
                    form.setValue(pageField.key, cursor, { shouldDirty: true });
                    sendThrough(
                      buildRequest(operation, model, { ...values, [pageField.key]: cursor }, api.config),
                    );
                  }
                : undefined
            }
          />
          <Suspense
            fallback={
              // Holds the panel's place while its chunk loads, so nothing below it jumps.
              <section className="panel-section snippet" aria-label="Code snippet">
                <h3>Code snippet</h3>
                <p className="muted">Loading…</p>
              </section>
            }
          >
            <SnippetPanel
              request={request}
              api={api}
              operation={operation}
              schemes={schemes}
              gatewayUrl={settings.value.gatewayUrl}
              credentials={settings.value.credentials}
            />
          </Suspense>
        </div>
      </div>
    </section>
  );
}

/** The values of `values` whose keys are fields of `model`. */
function pick(values: FormValues, model: { fields: { key: string }[] }): FormValues {
  return Object.fromEntries(
    model.fields.filter((f) => f.key in values).map((f) => [f.key, values[f.key] ?? '']),
  );
}
