import { useId, useMemo, useState } from 'react';
import { Markdown } from '../../markdown/Markdown.tsx';
import type { ShownExample } from '../../reference/list-media-examples.ts';
import { escapeHtml } from '../../response/escape-html.ts';
import { highlightBody } from '../../response/highlight-body.ts';
import { CopyButton } from '../CopyButton.tsx';
import { usePrismLanguage } from '../use-prism-language.ts';

/**
 * The examples of one media type: a labelled select when there are several, the chosen one highlighted as
 * text (Prism, loaded after first paint; escaped plain text until then), its description, and Copy. A
 * generated sample says so. An external example is a link, never fetched.
 */
export function ExampleViewer({ examples, context }: { examples: ShownExample[]; context: string }) {
  const [key, setKey] = useState(examples[0]?.key);
  const selectId = useId();
  const prismLoads = usePrismLanguage('json');
  const chosen = examples.find((example) => example.key === key) ?? examples[0];
  // biome-ignore lint/correctness/useExhaustiveDependencies: prismLoads re-runs highlighting once Prism is in
  const html = useMemo(() => {
    if (chosen?.text === undefined) return '';
    return chosen.language === 'json' ? highlightBody(chosen.text, 'json').html : escapeHtml(chosen.text);
  }, [chosen, prismLoads]);
  if (!chosen) return null;
  return (
    <div className="examples">
      {examples.length > 1 ? (
        <p className="example-picker">
          <label htmlFor={selectId}>Example</label>{' '}
          <select id={selectId} value={chosen.key} onChange={(event) => setKey(event.target.value)}>
            {examples.map((example) => (
              <option key={example.key} value={example.key}>
                {example.label}
              </option>
            ))}
          </select>
        </p>
      ) : (
        <p className="example-picker">
          <span className="example-label">{chosen.label}</span>
        </p>
      )}
      {chosen.generated && (
        <p className="meta">Made up from the schema: the API description has no example here.</p>
      )}
      <Markdown source={chosen.description} />
      {chosen.externalValue !== undefined && (
        <p className="meta">
          Stored at{' '}
          <a href={chosen.externalValue} rel="noopener noreferrer nofollow" target="_blank">
            {chosen.externalValue}
          </a>{' '}
          (not loaded here).
        </p>
      )}
      {chosen.text !== undefined && (
        <>
          <div className="body-actions">
            <CopyButton label="Copy example" text={() => chosen.text ?? ''} done="Example copied" />
          </div>
          {/* biome-ignore lint/a11y/useSemanticElements: a named group around a code block; a fieldset would be wrong */}
          <div
            className="code-scroll example-body"
            role="group"
            aria-label={`${chosen.generated ? 'Generated example' : 'Example'}: ${context}`}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: the box scrolls, so it must take keyboard focus
            tabIndex={0}
          >
            <pre className={`code-block language-${chosen.language}`}>
              {/* biome-ignore lint/security/noDangerouslySetInnerHtml: Prism escapes every token, escapeHtml the rest */}
              <code dangerouslySetInnerHTML={{ __html: html }} />
            </pre>
          </div>
          {chosen.cut && <p className="meta">Only the first 100,000 characters are shown.</p>}
        </>
      )}
    </div>
  );
}
