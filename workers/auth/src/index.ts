import type { ApiKeyGrant, AuthRpc, PublicJwk } from "#shared/auth/rpc";
import { ServiceEntrypoint } from "#shared/service/entrypoint";
import { resolveApiKey } from "./api-keys";
import { service } from "./app";
import { jwks } from "./signing";

export default class AuthService extends ServiceEntrypoint<Env> implements AuthRpc {
  protected readonly service = service;

  /** The public keys that verify access tokens; the gateway caches them and verifies tokens itself. */
  async jwks(): Promise<{ keys: PublicJwk[] }> {
    return jwks(this.env);
  }

  /** The grant of an API key, or null when it must not be admitted. */
  async resolveApiKey(key: string): Promise<ApiKeyGrant | null> {
    return resolveApiKey(this.env.IDENTITY, key, (p) => this.ctx.waitUntil(p));
  }
}
