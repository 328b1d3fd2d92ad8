import { type ChangeEvent, useEffect } from 'react';
import type { ApiSourceState } from '../../app/use-api-source.ts';

/** Open another description (file or drop anywhere on the page); says what failed where. */
export function ApiSourceBar({ source }: { source: ApiSourceState }) {
  const { openText } = source;

  useEffect(() => {
    const onDragOver = (event: globalThis.DragEvent) => event.preventDefault();
    const onDrop = (event: globalThis.DragEvent) => {
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      void file.text().then((text) => openText(text, file.name));
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [openText]);

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) void file.text().then((text) => openText(text, file.name));
    event.target.value = '';
  };

  return (
    <div className="source-bar">
      <span className="muted" title={source.sourceLabel}>
        {source.loading ? `Loading ${source.loading}…` : source.sourceLabel}
      </span>
      <label className="file-button">
        Open API description
        <input type="file" accept=".json,.yaml,.yml,application/json,application/yaml" onChange={onFile} />
      </label>
      {source.failure && (
        <div className="error-box" role="alert">
          <strong>Could not load {source.failure.source}</strong> ({source.failure.stage}):{' '}
          {source.failure.message}{' '}
          <button type="button" onClick={source.dismissFailure}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
