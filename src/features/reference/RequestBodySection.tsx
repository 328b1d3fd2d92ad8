import { useId } from 'react';
import { Markdown } from '../../markdown/Markdown.tsx';
import type { ApiModel, RequestBody } from '../../openapi/model.ts';
import { Heading } from './Heading.tsx';
import { MediaContent } from './MediaContent.tsx';
import './reference.css';

/** The request body in the reference column: required or not, description, media types, schema tree, examples. */
export function RequestBodySection({
  api,
  body,
  level = 2,
  title = 'Request body',
}: {
  api: Pick<ApiModel, 'schemas' | 'schemasPending'>;
  body: RequestBody;
  level?: number;
  /** "Request body", or for a webhook "Payload". */
  title?: string;
}) {
  const headingId = useId();
  return (
    <section className="request-body-reference" aria-labelledby={headingId}>
      <Heading level={level} id={headingId}>
        {title}
        {body.required ? (
          <span className="required-mark"> required</span>
        ) : (
          <span className="muted"> optional</span>
        )}
      </Heading>
      <Markdown source={body.description} />
      {Object.keys(body.content).length > 0 ? (
        <MediaContent api={api} content={body.content} direction="request" subject={title} />
      ) : (
        <p className="meta">No content described.</p>
      )}
    </section>
  );
}
