import type { UserRow } from "#shared/db/identity";
import type { NotifyMessage } from "#shared/queues/messages";

/**
 * The emails the auth service sends, as `notify` messages the notifications service renders from
 * its templates (en and fr) and delivers. `data` carries what each template needs; one-time
 * tokens travel only here, never in a response.
 */
export const EMAIL_TEMPLATES = {
  /** `data`: token, expires_at, display_name. */
  verifyEmail: "auth.verify_email",
  /** Someone tried to register with an address that has an account. `data`: email_verified, display_name. */
  registerExisting: "auth.register_existing",
  /** `data`: token, expires_at, display_name. */
  passwordReset: "auth.password_reset",
  /** The password was changed (by reset or by the user); every other session was ended. `data`: display_name, changed_at. */
  passwordChanged: "auth.password_changed",
} as const;

export type EmailTemplate = (typeof EMAIL_TEMPLATES)[keyof typeof EMAIL_TEMPLATES];

export async function sendEmail(
  env: Env,
  user: Pick<UserRow, "email" | "locale" | "displayName">,
  template: EmailTemplate,
  data: Record<string, unknown>,
): Promise<void> {
  const message: NotifyMessage = {
    id: crypto.randomUUID(),
    channel: "email",
    to: user.email,
    template,
    locale: user.locale,
    data: { display_name: user.displayName, ...data },
  };
  await env.NOTIFY.send(message, { contentType: "json" });
}
