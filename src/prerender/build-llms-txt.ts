/** A link in llms.txt: an operation's Markdown twin. */
export interface LlmsEntry {
  title: string;
  /** Relative to the site's root, e.g. `operations/usage-costs.md`. */
  file: string;
  /** `GET /organization/costs`. */
  endpoint: string;
}

/**
 * The `llms.txt` index (llmstxt.org): the API's name, a one-line summary, then a link to each operation's
 * Markdown twin. Relative links, so it works under any sub-path; absolute ones when the site URL is known.
 */
export function buildLlmsTxt(
  api: { title: string; summary: string },
  groups: readonly { name: string; entries: readonly LlmsEntry[] }[],
  base = '',
): string {
  const lines = [`# ${oneLine(api.title)}`, '', `> ${oneLine(api.summary)}`];
  for (const group of groups) {
    if (group.entries.length === 0) continue;
    lines.push('', `## ${oneLine(group.name)}`, '');
    for (const entry of group.entries) {
      lines.push(
        `- [${oneLine(entry.title).replace(/[[\]]/g, '')}](${base}${entry.file}): \`${entry.endpoint}\``,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
