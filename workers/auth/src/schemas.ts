import { z } from "@hono/zod-openapi";
import { ROLES } from "#shared/auth/roles";
import { LANGS } from "#shared/http/lang";
import { PASSWORD_RULES } from "./password-rules";

/** Request and response shapes more than one route of the auth service uses. */

export const Email = z.email().max(254).openapi({ example: "ada@example.org" });

/** New passwords: the rules are checked by `assertPasswordRules` so that every broken one is listed at once. */
export const NewPassword = z
  .string()
  .max(1024)
  .openapi({
    example: "correct horse battery staple 7",
    description:
      `At least ${PASSWORD_RULES.minLength} and at most ${PASSWORD_RULES.maxLength} characters, at least ${PASSWORD_RULES.minKinds} kinds of ` +
      "characters (lower-case, capitals, digits, spaces or symbols), not built on the email address nor on a very common password.",
  });

export const Locale = z.enum(LANGS).openapi({ description: "Language of the emails the account receives." });

export const DisplayName = z.string().trim().min(1).max(100).openapi({ example: "Ada Lovelace" });

export const RoleSchema = z.enum(ROLES).openapi("Role");

export const AccountSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    display_name: z.string().nullable(),
    locale: Locale,
    roles: z.array(RoleSchema),
    email_verified: z.boolean(),
    email_verified_at: z.string().nullable(),
    disabled: z.boolean(),
    disabled_at: z.string().nullable(),
    created_at: z.string(),
    last_login_at: z.string().nullable(),
  })
  .openapi("Account");

export const SessionSchema = z
  .object({
    id: z.string(),
    user_agent: z.string().nullable(),
    device_name: z.string().nullable(),
    created_at: z.string(),
    last_used_at: z.string(),
    expires_at: z.string().openapi({ description: "The session's absolute end; refreshing never extends it." }),
  })
  .openapi("AuthSession");

export const TokenResponseSchema = z
  .object({
    access_token: z.string().openapi({ description: "An ES256 JWT for `Authorization: Bearer`; verify it with `/.well-known/jwks.json`." }),
    token_type: z.literal("Bearer"),
    expires_in: z.number().int().openapi({ description: "Seconds the access token is valid.", example: 900 }),
    refresh_token: z.string().openapi({ description: "Opaque and single-use: each refresh returns the next one." }),
    refresh_expires_in: z.number().int().openapi({ description: "Seconds the refresh token stays usable if not used." }),
    session: SessionSchema,
    user: AccountSchema,
  })
  .openapi("TokenResponse");

export const AcceptedSchema = z.object({ status: z.literal("accepted"), detail: z.string() }).openapi("Accepted");

export const RefreshTokenBody = z.object({ refresh_token: z.string().min(1).max(512) });

/** A JSON request body, required, with its schema. */
export function jsonBody<T extends z.ZodTypeAny>(schema: T) {
  return { required: true, content: { "application/json": { schema } } } as const;
}

export const IdParam = (description: string) =>
  z.object({
    id: z
      .string()
      .min(1)
      .max(64)
      .openapi({ param: { name: "id", in: "path" }, description }),
  });
