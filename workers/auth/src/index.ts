import type { ApiKeyGrant, PublicJwk, SessionGrant } from "#shared/auth/rpc";
import { ServiceEntrypoint } from "#shared/service/entrypoint";
import type { ServiceContract } from "#shared/service/rpc";
import { resolveApiKey } from "./api-keys";
import { service } from "./app";
import { sessionGrant } from "./session-grant";
import { jwks } from "./signing";

export default class AuthService extends ServiceEntrypoint<Env> implements ServiceContract<"auth"> {
  protected readonly service = service;

  /** The public keys that verify access tokens; the gateway caches them and verifies tokens itself. */
  async jwks(): Promise<{ keys: PublicJwk[] }> {
    return jwks(this.env);
  }

  /** The grant of an API key, or null when it must not be admitted. */
  async resolveApiKey(key: string): Promise<ApiKeyGrant | null> {
    return resolveApiKey(this.env.IDENTITY, key, (p) => this.ctx.waitUntil(p));
  }

  /** Whether an access token's session stands, with its owner's roles now; null when it must not be admitted. */
  async sessionGrant(userId: string, sessionId: string): Promise<SessionGrant | null> {
    return sessionGrant(this.env.IDENTITY, userId, sessionId);
  }
}
