/**
 * Pages Functions share this forwarder: the web app's origin serves the API and its docs by
 * handing the request, untouched, to the gateway Worker over a service binding. Same origin
 * means no CORS and no second hostname for the browser, and a binding call never leaves
 * Cloudflare.
 */
import { problemResponse } from "../../../shared/http/problem";

export interface Env {
  // Optional because a preview or local run may be started without the binding; that must
  // answer a clear problem, not crash.
  GATEWAY?: Fetcher;
}

export const forwardToGateway: PagesFunction<Env> = async ({ request, env }) => {
  if (!env.GATEWAY) {
    console.error("GATEWAY service binding is not configured");
    return badGateway(request, "The web app is not connected to the OpenPolicy API gateway.");
  }
  let response: Response;
  try {
    response = await env.GATEWAY.fetch(request);
  } catch (err) {
    console.error("gateway fetch failed:", err instanceof Error ? err.message : String(err));
    return badGateway(request, "The OpenPolicy API gateway could not be reached. Try again shortly.");
  }
  // The gateway answers every error as problem+json. A 5xx without a JSON body means the
  // gateway itself crashed, and that body can be an error page or, in local dev, a stack trace.
  if (response.status >= 500 && !isJson(response.headers.get("content-type"))) {
    console.error(`gateway answered ${response.status} without a problem body`);
    await response.body?.cancel();
    return badGateway(request, "The OpenPolicy API gateway failed to answer. Try again shortly.");
  }
  return response;
};

function isJson(contentType: string | null): boolean {
  return /^application\/([\w.+-]+\+)?json\b/i.test(contentType ?? "");
}

function badGateway(request: Request, detail: string): Response {
  return problemResponse(502, detail, { instance: new URL(request.url).pathname, headers: { "cache-control": "no-store" } });
}
