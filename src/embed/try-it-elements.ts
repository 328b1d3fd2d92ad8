import type { EmbedKind, EmbedOptions } from './embed-options.ts';
import { type EmbedHandle, mount } from './mount.tsx';
import { OBSERVED_ATTRIBUTES, parseEmbedAttributes } from './parse-embed-attributes.ts';

/** The element names, by what they show. */
export const ELEMENT_NAMES: Record<EmbedKind, string> = {
  operation: 'try-it-operation',
  reference: 'try-it-reference',
};

function elementClass(kind: EmbedKind): CustomElementConstructor {
  return class extends HTMLElement {
    static get observedAttributes(): readonly string[] {
      return OBSERVED_ATTRIBUTES[kind];
    }
    #handle: EmbedHandle | undefined;

    #options(): Partial<EmbedOptions> {
      return parseEmbedAttributes(kind, (name) => this.getAttribute(name)).options;
    }

    connectedCallback(): void {
      this.#handle ??= mount(this, { ...this.#options(), kind });
    }

    disconnectedCallback(): void {
      // Moving the element (disconnect, then connect in the same task) keeps it; removing it frees it.
      queueMicrotask(() => {
        if (this.isConnected || !this.#handle) return;
        this.#handle.destroy();
        this.#handle = undefined;
      });
    }

    attributeChangedCallback(): void {
      // Replace every attribute-backed option, so a removed attribute goes back to its default.
      this.#handle?.update({
        specUrl: undefined,
        operationId: undefined,
        gatewayUrl: undefined,
        ...this.#options(),
        kind,
      });
    }
  };
}

/** Defines `<try-it-operation>` and `<try-it-reference>`, once per page (a second copy of the script is a no-op). */
export function defineTryItElements(registry: CustomElementRegistry = customElements): void {
  for (const kind of Object.keys(ELEMENT_NAMES) as EmbedKind[]) {
    const name = ELEMENT_NAMES[kind];
    if (!registry.get(name)) registry.define(name, elementClass(kind));
  }
}
