// Types for email-provider.mjs, which vitest.config.ts (Node) and the email tests (workerd) both import.

/** The host the stand-in answers for: the notifications Worker's EMAIL_API_URL in tests. */
export declare const EMAIL_PROVIDER_HOST: string;

/** Recipients at this domain are refused (422), as a provider refuses an address it will not send to. */
export declare const REFUSED_DOMAIN: string;

/** Miniflare options for the stand-in Worker, accepting requests that carry `apiKey`. */
export declare function emailProviderStandIn(apiKey: string): {
  name: string;
  modules: true;
  script: string;
  compatibilityDate: string;
  kvNamespaces: string[];
  bindings: Record<string, string>;
};
