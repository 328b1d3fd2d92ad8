import { useId, useMemo, useState } from 'react';
import { isJsonMediaType } from '../../form/is-json-media-type.ts';
import type { ApiModel, MediaTypeObject } from '../../openapi/model.ts';
import { listMediaExamples } from '../../reference/list-media-examples.ts';
import type { SchemaDirection } from '../../schema-tree/schema-node.ts';
import { SchemaTree } from '../schema-tree/SchemaTree.tsx';
import { useNearViewport } from '../use-near-viewport.ts';
import { ExampleViewer } from './ExampleViewer.tsx';
import { useSampleGenerator } from './use-sample-generator.ts';

/**
 * A body's media types (a labelled select when there are several): the chosen one's schema tree and examples.
 * `schemaOf` picks the schema to draw (request bodies have one by ref beside the resolved one).
 */
export function MediaContent({
  api,
  content,
  direction,
  subject,
}: {
  api: Pick<ApiModel, 'schemas' | 'schemasPending'>;
  content: Record<string, MediaTypeObject>;
  direction: SchemaDirection;
  /** What the content is, for labels: "Response 200", "Request body". */
  subject: string;
}) {
  const types = Object.keys(content);
  const [chosen, setChosen] = useState(types[0]);
  const selectId = useId();
  const mediaType = chosen !== undefined && Object.hasOwn(content, chosen) ? chosen : types[0];
  const media = mediaType !== undefined ? content[mediaType] : undefined;
  const schema = media?.schemaRef ?? media?.schema;
  // Only a JSON body without documented examples needs one made up from its schema.
  const needsSample =
    media !== undefined &&
    media.example === undefined &&
    Object.keys(media.examples ?? {}).length === 0 &&
    schema !== undefined &&
    mediaType !== undefined &&
    isJsonMediaType(mediaType);
  // In the embed, the generator's chunk loads once this body is scrolled near (use-near-viewport.ts).
  const [place, near] = useNearViewport();
  const generate = useSampleGenerator(needsSample && near);
  const examples = useMemo(
    () =>
      mediaType === undefined || !media || api.schemasPending
        ? []
        : listMediaExamples(mediaType, media, () =>
            schema && generate ? generate(api, schema, direction) : undefined,
          ),
    [api, media, mediaType, schema, direction, generate],
  );
  if (mediaType === undefined || !media) return null;
  return (
    <div className="media-content" ref={place}>
      {types.length > 1 ? (
        <p className="media-picker">
          <label htmlFor={selectId}>Content type of {subject.toLowerCase()}</label>{' '}
          <select id={selectId} value={mediaType} onChange={(event) => setChosen(event.target.value)}>
            {types.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
        </p>
      ) : (
        <p className="media-picker meta">
          Content type: <code>{mediaType}</code>
        </p>
      )}
      {schema ? (
        <SchemaTree api={api} schema={schema} direction={direction} label={`${subject} (${mediaType})`} />
      ) : (
        <p className="meta">No schema given.</p>
      )}
      {needsSample && !generate && !api.schemasPending && (
        <p className="meta" role="status">
          Making an example from the schema…
        </p>
      )}
      {examples.length > 0 && (
        <ExampleViewer key={mediaType} examples={examples} context={`${subject} (${mediaType})`} />
      )}
    </div>
  );
}
