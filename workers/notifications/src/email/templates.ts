import { z } from "zod";
import type { NotifyMessage } from "#shared/queues/messages";

/**
 * The emails the platform sends, in English and French: each template's `data` (as its producer
 * documents it, see workers/auth/src/emails.ts) becomes a subject and a plain-text body. Links
 * point at the web app; a one-time token rides in the link's fragment, which browsers never send
 * to a server, so it stays out of every access log on the way.
 */

export interface RenderedEmail {
  subject: string;
  text: string;
}

type Locale = NotifyMessage["locale"];

const displayName = z.string().nullish();
const TEMPLATES = {
  "auth.verify_email": z.object({ token: z.string().min(1), expires_at: z.iso.datetime(), display_name: displayName }),
  "auth.password_reset": z.object({ token: z.string().min(1), expires_at: z.iso.datetime(), display_name: displayName }),
  "auth.register_existing": z.object({ email_verified: z.boolean(), display_name: displayName }),
  "auth.password_changed": z.object({ changed_at: z.iso.datetime(), display_name: displayName }),
} as const;
type Template = keyof typeof TEMPLATES;
type DataOf<T extends Template> = z.infer<(typeof TEMPLATES)[T]>;

/** A time as both languages read it unambiguously (ISO 8601 is official in Canada), in UTC. */
const when = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

const greeting = (locale: Locale, name: string | null | undefined) =>
  locale === "fr" ? (name ? `Bonjour ${name},` : "Bonjour,") : name ? `Hello ${name},` : "Hello,";

const SIGNATURE = "— OpenPolicy";

/** A page of the web app, in the email's language, with a token in the fragment when given. */
function pageLink(site: string, path: string, locale: Locale, token?: string): string {
  const url = new URL(path, site);
  if (locale === "fr") url.searchParams.set("lang", "fr");
  if (token) url.hash = `token=${encodeURIComponent(token)}`;
  return url.toString();
}

const RENDER: { [T in Template]: (data: DataOf<T>, locale: Locale, site: string) => RenderedEmail } = {
  "auth.verify_email": (d, locale, site) => {
    const link = pageLink(site, "/verify-email", locale, d.token);
    return locale === "fr"
      ? {
          subject: "Confirmez votre adresse courriel",
          text: `${greeting(locale, d.display_name)}\n\nConfirmez l’adresse de votre compte OpenPolicy en ouvrant ce lien :\n\n${link}\n\nLe lien ne sert qu’une fois, jusqu’au ${when(d.expires_at)}. Si vous n’avez pas créé de compte OpenPolicy, ignorez ce courriel : rien ne se passe sans le lien.\n\n${SIGNATURE}\n`,
        }
      : {
          subject: "Confirm your email address",
          text: `${greeting(locale, d.display_name)}\n\nConfirm the address of your OpenPolicy account by opening this link:\n\n${link}\n\nThe link works once, until ${when(d.expires_at)}. If you did not create an OpenPolicy account, ignore this email: nothing happens without the link.\n\n${SIGNATURE}\n`,
        };
  },
  "auth.password_reset": (d, locale, site) => {
    const link = pageLink(site, "/reset-password", locale, d.token);
    return locale === "fr"
      ? {
          subject: "Choisissez un nouveau mot de passe",
          text: `${greeting(locale, d.display_name)}\n\nPour choisir un nouveau mot de passe pour votre compte OpenPolicy, ouvrez ce lien :\n\n${link}\n\nLe lien ne sert qu’une fois, jusqu’au ${when(d.expires_at)}. Si vous n’avez rien demandé, ignorez ce courriel : votre mot de passe ne change pas.\n\n${SIGNATURE}\n`,
        }
      : {
          subject: "Choose a new password",
          text: `${greeting(locale, d.display_name)}\n\nTo choose a new password for your OpenPolicy account, open this link:\n\n${link}\n\nThe link works once, until ${when(d.expires_at)}. If you did not ask for it, ignore this email: your password stays as it is.\n\n${SIGNATURE}\n`,
        };
  },
  "auth.register_existing": (d, locale, site) => {
    const signIn = pageLink(site, "/signin", locale);
    const reset = pageLink(site, "/reset-password", locale);
    return locale === "fr"
      ? {
          subject: "Quelqu’un a tenté de s’inscrire avec votre adresse",
          text: `${greeting(locale, d.display_name)}\n\nQuelqu’un, peut-être vous, a tenté de créer un compte OpenPolicy avec cette adresse, qui en a déjà un. Rien n’a changé.\n\nPour vous connecter : ${signIn}\nMot de passe oublié ? Demandez-en un nouveau : ${reset}\n${d.email_verified ? "" : "\nVotre adresse n’est pas encore confirmée : une fois connecté, la page de votre compte vous envoie un nouveau lien de confirmation.\n"}\n${SIGNATURE}\n`,
        }
      : {
          subject: "Someone tried to sign up with your address",
          text: `${greeting(locale, d.display_name)}\n\nSomeone, perhaps you, tried to create an OpenPolicy account with this address, which already has one. Nothing was changed.\n\nTo sign in: ${signIn}\nForgot your password? Ask for a new one: ${reset}\n${d.email_verified ? "" : "\nYour address is not confirmed yet: once you are signed in, your account page sends a new confirmation link.\n"}\n${SIGNATURE}\n`,
        };
  },
  "auth.password_changed": (d, locale, site) => {
    const reset = pageLink(site, "/reset-password", locale);
    return locale === "fr"
      ? {
          subject: "Votre mot de passe a été changé",
          text: `${greeting(locale, d.display_name)}\n\nLe mot de passe de votre compte OpenPolicy a été changé le ${when(d.changed_at)}, et vos autres appareils ont été déconnectés.\n\nSi ce n’était pas vous, choisissez tout de suite un nouveau mot de passe : ${reset}\n\n${SIGNATURE}\n`,
        }
      : {
          subject: "Your password was changed",
          text: `${greeting(locale, d.display_name)}\n\nThe password of your OpenPolicy account was changed on ${when(d.changed_at)}, and your other devices were signed out.\n\nIf it was not you, choose a new password now: ${reset}\n\n${SIGNATURE}\n`,
        };
  },
};

/**
 * The email a `notify` message asks for, rendered for the web app at `site`. A template this
 * service does not know, or data it cannot use, is an error: the message is retried and then
 * filed in the dead-letter record (redacted), never sent half-made.
 */
export function renderEmail(message: Pick<NotifyMessage, "template" | "locale" | "data">, site: string): RenderedEmail {
  if (!(message.template in TEMPLATES)) throw new Error(`no email template named ${message.template}`);
  const template = message.template as Template;
  const parsed = TEMPLATES[template].safeParse(message.data);
  if (!parsed.success) {
    throw new Error(`data for ${template} does not fit: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  }
  return (RENDER[template] as (data: unknown, locale: Locale, site: string) => RenderedEmail)(parsed.data, message.locale, site);
}
