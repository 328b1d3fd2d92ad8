/** The class of the element inside each shadow root that holds the app: the app's `:root` rules move to it. */
export const EMBED_ROOT_CLASS = 'tryit-root';

/**
 * Rewrites the app's page-level CSS for a shadow root: `:root` (the palette, fonts, `[data-theme]`) becomes the
 * embed's root element, and every custom property declared there reads an optional `--tryit-<name>` first, so a
 * host themes the element with `try-it-operation { --tryit-accent: … }` (custom properties inherit into the
 * shadow tree; nothing else of the host's does). Pure; applied to each stylesheet once as it registers.
 */
export function scopeCssForShadow(css: string): string {
  return css.replace(
    /:root\b([^{},]*)([^{]*)\{([^}]*)\}/g,
    (_rule, attributes: string, rest: string, body: string) => {
      const selector = `.${EMBED_ROOT_CLASS}${attributes}${rest.replace(/:root\b/g, `.${EMBED_ROOT_CLASS}`)}`;
      const themed = body.replace(
        /(^|[;{\s])--(?!tryit-|lightningcss-)([\w-]+)\s*:\s*([^;]*)/g,
        (_declaration, before: string, name: string, value: string) =>
          `${before}--${name}:var(--tryit-${name},${value.trim()})`,
      );
      return `${selector}{${themed}}`;
    },
  );
}
