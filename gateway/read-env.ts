/** The variables a gateway reads its configuration from (`process.env`, or a test's plain object). */
export type Env = Record<string, string | undefined>;

/**
 * An integer variable in `[min, max]`, `fallback` when unset or blank. Throws a message naming the variable and
 * echoing the value (never use it for a secret).
 */
export function envInteger(env: Env, name: string, fallback: number, min: number, max: number): number {
  const text = env[name]?.trim();
  if (!text) return fallback;
  if (!/^\d+$/.test(text)) throw new Error(`${name} must be a non-negative integer, got "${text}"`);
  const value = Number(text);
  if (value < min || value > max) throw new Error(`${name} must be between ${min} and ${max}, got ${value}`);
  return value;
}

/** One of `choices` (case-insensitive), `fallback` when unset or blank; throws naming the variable otherwise. */
export function envChoice<const T extends string>(
  env: Env,
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  const text = env[name]?.trim().toLowerCase();
  if (!text) return fallback;
  const found = choices.find((choice) => choice === text);
  if (found === undefined) throw new Error(`${name} must be one of ${choices.join(', ')}, got "${text}"`);
  return found;
}
