import { type ReactNode, useMemo } from 'react';
import { RouteLink } from '../../app/router/RouteLink.tsx';
import { Markdown } from '../../markdown/Markdown.tsx';
import { safeHref } from '../../markdown/safe-href.ts';
import { describeSecurityScheme, oauthFlowName } from '../../openapi/describe-security-scheme.ts';
import { groupOperationsByTag } from '../../openapi/group-operations-by-tag.ts';
import type { ApiModel, Operation, SecurityScheme, Server } from '../../openapi/model.ts';
import './overview.css';

/** Operations listed under each tag on the overview; the sidebar lists them all. */
const OPERATIONS_PER_TAG = 12;

/**
 * The API overview, the landing route: what the API is, where it runs, how to authenticate, who runs it, and
 * its operations by tag. Everything read without pressing Send.
 */
export function OverviewPage({ api }: { api: ApiModel }) {
  const byTag = useMemo(() => groupOperationsByTag(api), [api]);
  const schemes = Object.entries(api.securitySchemes);
  return (
    <article className="overview" aria-labelledby="overview-title">
      <h1 id="overview-title">{api.title}</h1>
      <p className="overview-versions">
        {api.version && <span className="badge version-badge">Version {api.version}</span>}
        <span className="badge version-badge">OpenAPI {api.openapiVersion}</span>
        <span className="muted">
          {api.operations.length} {api.operations.length === 1 ? 'operation' : 'operations'}
        </span>
      </p>
      {api.info?.summary && <p className="overview-summary">{api.info.summary}</p>}
      <Markdown source={api.description} headingLevel={2} />
      <AboutSection api={api} />
      <ServersSection servers={api.servers} />
      {schemes.length > 0 && (
        <section aria-labelledby="overview-auth">
          <h2 id="overview-auth">Authentication</h2>
          {schemes.map(([name, scheme]) => (
            <SchemeDetails key={name} name={name} scheme={scheme} operations={api.operations} />
          ))}
        </section>
      )}
      {byTag.length > 0 && (
        <section aria-labelledby="overview-operations">
          <h2 id="overview-operations">Operations</h2>
          {byTag.map(({ name, description, operations }) => (
            <section key={name} className="overview-tag" aria-label={name}>
              <h3>{name}</h3>
              <Markdown source={description} headingLevel={4} />
              <ul className="overview-operations">
                {operations.slice(0, OPERATIONS_PER_TAG).map((op) => (
                  <li key={op.id}>
                    <RouteLink route={{ operationId: op.id }}>
                      <span className={`method method-${op.method}`}>{op.method.toUpperCase()}</span>
                      <span className="overview-operation-name">{op.navTitle}</span>
                    </RouteLink>{' '}
                    <code className="muted">{op.path}</code>
                  </li>
                ))}
              </ul>
              {operations.length > OPERATIONS_PER_TAG && (
                <p className="meta">and {operations.length - OPERATIONS_PER_TAG} more in the sidebar</p>
              )}
            </section>
          ))}
        </section>
      )}
    </article>
  );
}

function AboutSection({ api }: { api: ApiModel }) {
  const info = api.info;
  if (!info?.contact && !info?.license && !info?.termsOfService && !info?.externalDocs) return null;
  const { contact, license, termsOfService, externalDocs } = info;
  return (
    <section aria-labelledby="overview-about">
      <h2 id="overview-about">About</h2>
      <dl className="overview-facts">
        {contact && (
          <>
            <dt>Contact</dt>
            <dd>
              {contact.url ? (
                <ExternalLink href={contact.url}>{contact.name ?? contact.url}</ExternalLink>
              ) : (
                contact.name
              )}
              {contact.email && (
                <>
                  {(contact.name || contact.url) && ' · '}
                  <ExternalLink href={`mailto:${contact.email}`}>{contact.email}</ExternalLink>
                </>
              )}
            </dd>
          </>
        )}
        {license && (
          <>
            <dt>License</dt>
            <dd>
              {license.url ? <ExternalLink href={license.url}>{license.name}</ExternalLink> : license.name}
              {license.identifier && license.identifier !== license.name && (
                <span className="muted"> (SPDX {license.identifier})</span>
              )}
            </dd>
          </>
        )}
        {termsOfService && (
          <>
            <dt>Terms of service</dt>
            <dd>
              <ExternalLink href={termsOfService}>{termsOfService}</ExternalLink>
            </dd>
          </>
        )}
        {externalDocs && (
          <>
            <dt>Documentation</dt>
            <dd>
              <ExternalLink href={externalDocs.url}>{externalDocs.url}</ExternalLink>
              <Markdown source={externalDocs.description} />
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}

function ServersSection({ servers }: { servers: Server[] }) {
  return (
    <section aria-labelledby="overview-servers">
      <h2 id="overview-servers">{servers.length === 1 ? 'Server' : 'Servers'}</h2>
      <ul className="overview-servers">
        {servers.map((server, index) => {
          const variables = Object.entries(server.variables);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: the document's list, in its order; URLs may repeat
            <li key={index}>
              <code>{server.url}</code>
              <Markdown source={server.description} />
              {variables.length > 0 && (
                <table className="param-table">
                  <caption className="visually-hidden">Variables of {server.url}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Variable</th>
                      <th scope="col">Default</th>
                      <th scope="col">Values</th>
                      <th scope="col">Description</th>
                    </tr>
                  </thead>
                  <tbody>
                    {variables.map(([name, variable]) => (
                      <tr key={name}>
                        <th scope="row">
                          <code>{name}</code>
                        </th>
                        <td>
                          <code>{variable.default}</code>
                        </td>
                        <td>{variable.enum ? variable.enum.join(', ') : 'any'}</td>
                        <td>
                          <Markdown source={variable.description} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function SchemeDetails({
  name,
  scheme,
  operations,
}: {
  name: string;
  scheme: SecurityScheme;
  operations: Operation[];
}) {
  const howTo = describeSecurityScheme(scheme);
  const users = operations.filter((op) =>
    op.security.some((alternative) => alternative.includes(name)),
  ).length;
  return (
    <section className="overview-scheme" aria-label={name}>
      <h3>
        {name} <span className="muted">· {howTo.label}</span>
      </h3>
      <p>
        {howTo.how}{' '}
        <span className="muted">
          Used by {users} of {operations.length} {operations.length === 1 ? 'operation' : 'operations'}.
        </span>
      </p>
      {howTo.example && (
        <pre className="overview-example">
          <code>{howTo.example}</code>
        </pre>
      )}
      <Markdown source={scheme.description} headingLevel={4} />
      {scheme.type === 'openIdConnect' && scheme.openIdConnectUrl && (
        <p>
          Discovery URL: <ExternalLink href={scheme.openIdConnectUrl}>{scheme.openIdConnectUrl}</ExternalLink>
        </p>
      )}
      {scheme.type === 'oauth2' &&
        scheme.flows?.map((flow) => {
          const scopes = Object.entries(flow.scopes);
          const urls: [string, string | undefined][] = [
            ['Authorization URL', flow.authorizationUrl],
            ['Token URL', flow.tokenUrl],
            ['Refresh URL', flow.refreshUrl],
            ['Device authorization URL', flow.deviceAuthorizationUrl],
          ];
          return (
            <div key={flow.kind} className="overview-flow">
              <h4>{oauthFlowName(flow.kind)} flow</h4>
              <dl className="overview-facts">
                {urls.map(([label, url]) =>
                  url === undefined ? null : (
                    <div key={label}>
                      <dt>{label}</dt>
                      <dd>
                        <ExternalLink href={url}>{url}</ExternalLink>
                      </dd>
                    </div>
                  ),
                )}
              </dl>
              {scopes.length > 0 ? (
                <table className="param-table">
                  <caption className="visually-hidden">
                    Scopes of the {oauthFlowName(flow.kind).toLowerCase()} flow of {name}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Scope</th>
                      <th scope="col">Description</th>
                    </tr>
                  </thead>
                  <tbody>
                    {scopes.map(([scope, description]) => (
                      <tr key={scope}>
                        <th scope="row">
                          <code>{scope}</code>
                        </th>
                        <td>{description}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : (
                <p className="meta">No scopes.</p>
              )}
            </div>
          );
        })}
    </section>
  );
}

/** A link to a URL from the description, or its text when the URL is not safe to follow. */
function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const safe = safeHref(href);
  if (!safe) return <span>{children}</span>;
  return (
    <a href={safe} rel="noopener noreferrer nofollow" target={safe.startsWith('#') ? undefined : '_blank'}>
      {children}
    </a>
  );
}
