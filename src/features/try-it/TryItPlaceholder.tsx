import './try-it-placeholder.css';

/**
 * Where the Try it panel goes before it is live: in the prerendered HTML (read with JavaScript off, or while
 * the panel's chunk loads), with the panel's heading and room, so nothing around it moves when it arrives.
 */
export function TryItPlaceholder() {
  return (
    <section className="try-it try-it-placeholder" aria-labelledby="try-it-heading">
      <h2 id="try-it-heading">Try it</h2>
      <p className="muted">The request form needs JavaScript; it starts here once the page has loaded.</p>
    </section>
  );
}
