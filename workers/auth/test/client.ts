import { env } from "cloudflare:test";
import type { Caller } from "#shared/auth/caller";
import type { Role } from "#shared/auth/roles";
import type { AuthRpc } from "#shared/auth/rpc";
import { asGateway } from "../../../test/service-call";

/**
 * Calls the auth Worker directly over its service binding, as the gateway forwards requests:
 * the caller and the client address travel in the assertion the gateway signs once it has checked
 * a token or key. Tests of the auth service therefore do not depend on the gateway's checks.
 */

export const authRpc = env.AUTH as unknown as AuthRpc;

/** The keys the auth Worker was given for this run (see vitest.config.ts): the first signs. */
export const testSigningKeys = (): (JsonWebKey & { kid: string })[] =>
  JSON.parse((env as unknown as { TEST_AUTH_SIGNING_KEYS: string }).TEST_AUTH_SIGNING_KEYS);

export interface CallOptions {
  method?: string;
  body?: unknown;
  caller?: Caller;
  headers?: Record<string, string>;
}

export function call(path: string, opts: CallOptions = {}): Promise<Response> {
  const headers = new Headers(opts.headers);
  if (opts.body !== undefined) headers.set("content-type", "application/json");
  return asGateway(env.AUTH, `https://auth.internal${path}`, {
    method: opts.method ?? (opts.body === undefined ? "GET" : "POST"),
    headers,
    ...(opts.caller ? { caller: opts.caller } : {}),
    ...(opts.body === undefined ? {} : { body: JSON.stringify(opts.body) }),
  });
}

/** Every test its own address, since test files share one database. */
export const uniqueEmail = (tag: string) => `${tag}-${crypto.randomUUID().slice(0, 8)}@example.org`;

/** Every test its own client address, so per-client throttling does not carry over between tests. */
export const uniqueClient = () => ({ "cf-connecting-ip": `10.${[0, 0, 0].map(() => Math.floor(Math.random() * 250) + 1).join(".")}` });

export const PASSWORD = "Correct horse battery staple 42";

export interface Tokens {
  access_token: string;
  token_type: string;
  expires_in: number;
  refresh_token: string;
  refresh_expires_in: number;
  session: { id: string; user_agent: string | null; device_name: string | null; created_at: string; last_used_at: string; expires_at: string };
  user: { id: string; email: string; roles: Role[]; display_name: string | null; locale: string; email_verified: boolean; disabled: boolean };
}

export async function register(email: string, password = PASSWORD, extra: Record<string, unknown> = {}): Promise<Response> {
  return call("/api/v1/auth/register", { body: { email, password, ...extra } });
}

export async function login(email: string, password = PASSWORD, headers: Record<string, string> = uniqueClient()): Promise<Response> {
  return call("/api/v1/auth/login", { body: { email, password }, headers: { "user-agent": "vitest", ...headers } });
}

/** A registered and signed-in account, with extra roles written straight to D1 (as the first admin is made). */
export async function signUp(tag: string, roles: Role[] = []): Promise<{ email: string; tokens: Tokens; caller: Caller }> {
  const email = uniqueEmail(tag);
  const registered = await register(email);
  if (registered.status !== 202) throw new Error(`register answered ${registered.status}: ${await registered.text()}`);
  for (const role of roles) {
    await env.IDENTITY.prepare("INSERT OR IGNORE INTO user_roles (user_id, role) SELECT id, ? FROM users WHERE email_normalized = ?").bind(role, email).run();
  }
  const response = await login(email);
  if (response.status !== 200) throw new Error(`login answered ${response.status}: ${await response.text()}`);
  const tokens = (await response.json()) as Tokens;
  return { email, tokens, caller: callerOf(tokens) };
}

/** The caller the gateway would establish from these tokens' access token. */
export function callerOf(tokens: Tokens): Caller {
  return { kind: "user", userId: tokens.user.id, apiKeyId: null, roles: tokens.user.roles, tier: "citizen", sessionId: tokens.session.id };
}

/**
 * An email as its recipient finds it in their inbox: what the email provider accepted from the
 * notifications Worker (in tests, the stand-in in test/stand-ins/email-provider.mjs), with the
 * template and language it names in its headers and the one-time token in its link, if any.
 */
export interface InboxEmail {
  to: string;
  from: string;
  subject: string;
  text: string;
  template: string;
  locale: string;
  /** The token in the email's link (`#token=…`), as a person would follow it. */
  token: string | null;
  received_at: string;
}

interface AcceptedEmail {
  from: string;
  subject: string;
  text: string;
  headers: Record<string, string>;
  received_at: string;
}

/** Every email delivered to an address so far, newest first. */
export async function emailsTo(to: string): Promise<InboxEmail[]> {
  const response = await env.EMAIL_OUTBOX.fetch(`https://email-provider.test/outbox?to=${encodeURIComponent(to)}`);
  if (!response.ok) throw new Error(`the email outbox answered ${response.status}`);
  const accepted = (await response.json()) as AcceptedEmail[];
  return accepted.reverse().map((email) => ({
    to,
    from: email.from,
    subject: email.subject,
    text: email.text,
    template: email.headers["X-OpenPolicy-Template"] ?? "",
    locale: email.headers["Content-Language"] ?? "",
    token: decodeToken(/#token=([^\s]+)/.exec(email.text)?.[1]),
    received_at: email.received_at,
  }));
}

const decodeToken = (encoded: string | undefined): string | null => (encoded === undefined ? null : decodeURIComponent(encoded));

/** The newest email of a template delivered to an address (and `matching`), once it arrives. */
export async function emailTo(to: string, template: string, matching?: (email: InboxEmail) => boolean): Promise<InboxEmail> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const found = (await emailsTo(to)).find((email) => email.template === template && (!matching || matching(email)));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no ${template} email to ${to}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** One row of D1 `identity`, read the way a test inspects what the service stored. */
export async function identityRow<T>(sql: string, ...params: unknown[]): Promise<T | null> {
  return env.IDENTITY.prepare(sql)
    .bind(...params)
    .first<T>();
}
