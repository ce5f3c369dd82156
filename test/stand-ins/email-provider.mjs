// A stand-in for the email provider (Resend's HTTP API), for tests, which have no internet: a small
// Worker that accepts `POST /emails` as Resend documents it (Bearer API key; JSON `from`, `to`,
// `subject`, `text`, `headers`; `Idempotency-Key`), answers `{ id }`, and keeps each accepted email
// in an outbox that tests read back as a person reads their inbox: `GET /outbox?to=<address>` on
// the same host, through the test runtime's `EMAIL_OUTBOX` service binding (see vitest.config.ts). Recipients at
// REFUSED_DOMAIN are refused (422, as Resend answers an address it will not send to), so tests can
// follow an email that cannot be delivered. It is the notifications Worker's `outboundService`, so
// every fetch that Worker makes arrives here: requests for any other host (operators' webhooks) go
// on to the network unchanged.

export const EMAIL_PROVIDER_HOST = "email-provider.test";
export const REFUSED_DOMAIN = "refused.example";

const script = `
const HOST = ${JSON.stringify(EMAIL_PROVIDER_HOST)};
const REFUSED = ${JSON.stringify(`@${REFUSED_DOMAIN}`)};
const problem = (status, name, message) => Response.json({ statusCode: status, name, message }, { status });

async function accept(request, env) {
  if (request.headers.get("authorization") !== "Bearer " + env.API_KEY) return problem(401, "missing_api_key", "Missing or invalid API key");
  let body;
  try {
    body = await request.json();
  } catch {
    return problem(422, "validation_error", "Invalid JSON body");
  }
  const to = Array.isArray(body.to) ? body.to : [body.to];
  if (typeof body.from !== "string" || typeof body.subject !== "string" || typeof body.text !== "string" || to.some((t) => typeof t !== "string")) {
    return problem(422, "validation_error", "from, to, subject and text are required");
  }
  if (to.some((t) => t.toLowerCase().endsWith(REFUSED))) return problem(422, "validation_error", "The recipient address is refused");
  const key = request.headers.get("idempotency-key");
  if (key) {
    const seen = await env.OUTBOX.get("idempotency/" + key);
    if (seen) return Response.json({ id: seen });
  }
  const id = crypto.randomUUID();
  const email = { id, received_at: new Date().toISOString(), from: body.from, to, subject: body.subject, text: body.text, headers: body.headers ?? {} };
  for (const address of to) await env.OUTBOX.put("to/" + address.toLowerCase() + "/" + email.received_at + "/" + id, JSON.stringify(email));
  if (key) await env.OUTBOX.put("idempotency/" + key, id);
  return Response.json({ id });
}

async function outbox(url, env) {
  const to = (url.searchParams.get("to") ?? "").toLowerCase();
  const emails = [];
  let cursor;
  do {
    const page = await env.OUTBOX.list({ prefix: "to/" + to + "/", cursor });
    for (const key of page.keys) emails.push(JSON.parse(await env.OUTBOX.get(key.name)));
    cursor = page.list_complete ? undefined : page.cursor;
  } while (cursor);
  return Response.json(emails);
}

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    if (url.host !== HOST) return fetch(request);
    if (url.pathname === "/emails" && request.method === "POST") return accept(request, env);
    if (url.pathname === "/outbox" && request.method === "GET") return outbox(url, env);
    return problem(404, "not_found", "The requested endpoint does not exist");
  },
};
`;

/** Miniflare options for the stand-in Worker (an entry of `miniflare.workers`), accepting `apiKey`. */
export function emailProviderStandIn(apiKey) {
  return {
    name: "email-provider-stand-in",
    modules: true,
    script,
    compatibilityDate: "2026-04-01",
    kvNamespaces: ["OUTBOX"],
    bindings: { API_KEY: apiKey },
  };
}
