/**
 * The `test` the specs use: Playwright's, plus a `tryit` helper that finds things the way a user does
 * (by role, label and visible text) and the harness URLs. Every test gets a fresh browser context.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { harnessUrl } from './env.ts';

/** The operation the stories use, by its deep-link id. */
export const AUDIO_SPEECHES = 'usage-audio-speeches';
/** Its summary: the page's level-1 heading. */
export const AUDIO_SPEECHES_TITLE = 'Get audio speeches usage details for the organization.';
/** 2024-11-01T00:00:00Z, the date the API's own examples use. */
export const NOV_1_2024 = 1730419200;
/** A key a user would paste; the demo upstream accepts any non-empty Bearer key. */
export const USER_KEY = 'sk-admin-e2e-7f3c9a1b';

/** The harness's server URLs (set by `global-setup.ts`). */
export const urls = {
  get page(): string {
    return harnessUrl('pageUrl');
  },
  get upstream(): string {
    return harnessUrl('upstreamUrl');
  },
  get gateway(): string {
    return harnessUrl('gatewayUrl');
  },
  get credentialGateway(): string {
    return harnessUrl('credentialGatewayUrl');
  },
  get tokenGateway(): string {
    return harnessUrl('tokenGatewayUrl');
  },
  get upstreamDownGateway(): string {
    return harnessUrl('upstreamDownGatewayUrl');
  },
  get stalledGateway(): string {
    return harnessUrl('stalledGatewayUrl');
  },
  get otherOriginGateway(): string {
    return harnessUrl('otherOriginGatewayUrl');
  },
  get unreachableGateway(): string {
    return harnessUrl('unreachableGatewayUrl');
  },
};

/** Escapes a string for use inside a RegExp. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Matches an accessible name that is a parameter's name, optionally followed by markers (" required query"). */
function parameterName(name: string, exclude = ''): RegExp {
  return new RegExp(`^${escapeRegExp(name)}${exclude}(?:\\s|$)`);
}

/** The Try It page as a user sees it. */
export class TryItPage {
  constructor(readonly page: Page) {}

  /** Opens an operation by its deep link. */
  async open(operationId = AUDIO_SPEECHES): Promise<void> {
    await this.page.goto(`${urls.page}#/operations/${operationId}`);
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  get sidebar(): Locator {
    return this.page.getByRole('navigation', { name: 'Operations' });
  }

  /** A sidebar link by the operation's short name; the link shows the method first ("GET Costs"). */
  operationLink(shortName: string): Locator {
    return this.sidebar.getByRole('link', {
      name: new RegExp(`^(?:(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\\s+)?${escapeRegExp(shortName)}$`),
    });
  }
  get tryIt(): Locator {
    return this.page.getByRole('region', { name: 'Try it', exact: true });
  }
  get response(): Locator {
    return this.page.getByRole('region', { name: 'Response', exact: true });
  }
  get snippet(): Locator {
    return this.page.getByRole('region', { name: 'Code snippet', exact: true });
  }
  get keyInput(): Locator {
    return this.tryIt.getByLabel('Admin API key', { exact: true });
  }
  get gatewayInput(): Locator {
    return this.tryIt.getByLabel('Gateway URL', { exact: true });
  }
  get sendButton(): Locator {
    return this.tryIt.getByRole('button', { name: 'Send', exact: true });
  }
  get sendAnywayButton(): Locator {
    return this.tryIt.getByRole('button', { name: 'Send anyway', exact: true });
  }
  get cancelButton(): Locator {
    return this.tryIt.getByRole('button', { name: 'Cancel', exact: true });
  }

  /**
   * The form control labelled by a parameter name (`start_time`, `bucket_width`, …). The label may carry markers
   * after the name ("start_time required query"); the date picker beside a time field and array items are not it.
   */
  field(name: string): Locator {
    return this.tryIt.getByLabel(parameterName(name, '(?!\\s+(?:as local|item \\d))'));
  }

  /** The group of an array parameter (`project_ids`, …). */
  arrayGroup(name: string): Locator {
    return this.tryIt.getByRole('group', { name: parameterName(name) });
  }

  /** Adds one item to an array parameter and types its value. */
  async addArrayItem(name: string, value: string): Promise<void> {
    const group = this.arrayGroup(name);
    const items = group.getByLabel(new RegExp(`^${name} item \\d+$`));
    const before = await items.count();
    await group.getByRole('button', { name: `Add ${name} item`, exact: true }).click();
    const item = group.getByLabel(`${name} item ${before + 1}`, { exact: true });
    await expect(item).toBeVisible();
    await item.fill(value);
  }

  /** Types the key and the gateway URL, as a user would. */
  async configure({
    key = USER_KEY,
    gateway = urls.gateway,
  }: {
    key?: string;
    gateway?: string;
  } = {}): Promise<void> {
    if (key) await this.keyInput.fill(key);
    await this.gatewayInput.fill(gateway);
  }

  /** The text of the code shown under the current snippet tab. */
  snippetCode(): Locator {
    return this.snippet.getByRole('tabpanel');
  }

  /** Runs axe (WCAG 2 A and AA) on the whole page and returns a readable list of violations. */
  async accessibilityViolations(): Promise<string[]> {
    const results = await new AxeBuilder({ page: this.page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    return results.violations.map(
      (violation) =>
        `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} — ${violation.nodes.length} node(s): ` +
        violation.nodes
          .slice(0, 5)
          .map(
            (node) =>
              `${node.target.join(' ')} ${node.html.slice(0, 120)} ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`,
          )
          .join(' | '),
    );
  }
}

export const test = base.extend<{ tryit: TryItPage }>({
  tryit: async ({ page }, use) => {
    await use(new TryItPage(page));
  },
});

export { expect };
