/** What the global setup hands every browser test file (see global-setup.ts). */
declare module "vitest" {
  export interface ProvidedContext {
    /** The gateway, for reading the data the pages should show. */
    apiUrl: string;
    /** The web app, on Pages dev, bound to that gateway. */
    webUrl: string;
    /** The platform's D1, KV and Durable Object storage (for `--persist-to`). */
    stateDir: string;
    /** Why the platform is not there, when it could not be started or loaded. */
    platformError: string;
  }
}
export {};
