/**
 * The one rule for secrets in anything the platform keeps or prints (dead-letter records, failure
 * records, log lines): a field named as a secret has its whole value replaced by `REDACTED`,
 * wherever it sits, and every occurrence of such a value elsewhere (an error message quoting it,
 * a link carrying it) is replaced too. Never a prefix or a hash of it: a partial token narrows a
 * guess, and a hash of a short-lived token can be matched against one seen elsewhere.
 *
 * The one-time tokens the auth service emails travel as `data.token` in `notify` messages
 * (shared/queues/messages.ts), so they are covered by name.
 */

export const REDACTED = "[redacted]";

/** Field names that hold secrets, whatever the message or log line they are in. */
const SECRET_FIELDS = new Set(["token", "password", "secret", "authorization", "access_token", "refresh_token", "api_key"]);

/**
 * Secret values shorter than this are not searched for inside other text: every token and key
 * the platform issues is far longer, and replacing a two-letter "secret" everywhere would
 * garble the record without protecting anything.
 */
const MIN_SEARCHED_LENGTH = 8;

const isSecretField = (key: string) => SECRET_FIELDS.has(key.toLowerCase());

/** The values held under secret field names anywhere in `value`, plus any given. */
export function secretsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) secretsIn(item, found);
  else if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (isSecretField(key) && typeof item === "string" && item.length >= MIN_SEARCHED_LENGTH && item !== REDACTED) found.push(item);
      else secretsIn(item, found);
    }
  }
  return found;
}

/**
 * A copy of `value` fit to store or log: secret fields replaced by `REDACTED`, and the secrets
 * of `value` itself and `alsoSecret` (e.g. those of the message an error is about) cut out of
 * every string.
 */
export function redact<T>(value: T, alsoSecret: readonly string[] = []): T {
  const secrets = [...alsoSecret.filter((s) => s.length >= MIN_SEARCHED_LENGTH), ...secretsIn(value)];
  // Most of what is logged (a request's method, path and status) holds nothing to redact: it is
  // returned as it is rather than copied.
  if (secrets.length === 0 && !hasSecretField(value)) return value;
  return walk(value, secrets) as T;
}

function hasSecretField(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasSecretField);
  if (!isRecord(value)) return false;
  for (const key in value) if (isSecretField(key) || hasSecretField(value[key])) return true;
  return false;
}

/** `text` with every occurrence of each secret replaced by `REDACTED`. */
export function redactText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= MIN_SEARCHED_LENGTH) out = out.split(secret).join(REDACTED);
  return out;
}

function walk(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === "string") return redactText(value, secrets);
  if (Array.isArray(value)) return value.map((item) => walk(item, secrets));
  if (isRecord(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, isSecretField(key) && item !== null && item !== undefined ? REDACTED : walk(item, secrets)]),
    );
  }
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return Object.prototype.toString.call(value) === "[object Object]";
}
