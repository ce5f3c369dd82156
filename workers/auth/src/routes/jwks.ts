import { createRoute, z } from "@hono/zod-openapi";
import type { AuthApp } from "../context";
import { jwks } from "../signing";

const JwkSchema = z
  .object({
    kty: z.string(),
    kid: z.string(),
    alg: z.string().optional(),
    use: z.string().optional(),
    crv: z.string().optional(),
    x: z.string().optional(),
    y: z.string().optional(),
  })
  .openapi("Jwk");

const route = createRoute({
  method: "get",
  path: "/.well-known/jwks.json",
  tags: ["auth"],
  summary: "Keys that verify access tokens",
  description:
    "The public ES256 keys (JWK Set, RFC 7517) that verify access tokens, matched by the token's `kid`. During a key rotation " +
    "both the new and the old key are listed, until the old one's tokens have expired.",
  responses: { 200: { description: "The key set.", content: { "application/json": { schema: z.object({ keys: z.array(JwkSchema) }).openapi("JwkSet") } } } },
});

export function registerJwks(app: AuthApp): void {
  app.openapi(route, async (c) => {
    // Short enough that a rotation reaches verifiers well within an access token's lifetime.
    c.header("cache-control", "public, max-age=300");
    return c.json(await jwks(c.env), 200);
  });
}
