/** The request-scoped variables every Worker's Hono app can rely on. */
declare module "hono" {
  interface ContextVariableMap {
    /** The id that ties together every log line and response of one request, across Workers. */
    requestId: string;
    /** The service that answers the request (set by the gateway once it has routed it). */
    service?: string;
    /** Set in a service when the gateway forwarded the request, and so logs it itself. */
    forwarded?: boolean;
  }
}

export {};
