import type { FieldError } from "#shared/http/problem";
import { ProblemError } from "#shared/http/problem";

/**
 * What a new password must be. Length does most of the work (NIST SP 800-63B): long passphrases
 * pass, and the other rules only stop the guessable — one repeated kind of character, the
 * account's own address, the passwords every list of leaks starts with.
 */
export const PASSWORD_RULES = { minLength: 12, maxLength: 256, minKinds: 2, minDistinct: 5 } as const;

/** Base words of the most leaked passwords, matched on the letters of a password (`Password1234!` → `password`). */
const COMMON = new Set([
  "password",
  "passwort",
  "motdepasse",
  "qwerty",
  "qwertyuiop",
  "azerty",
  "azertyuiop",
  "asdfghjkl",
  "letmein",
  "iloveyou",
  "welcome",
  "bienvenue",
  "admin",
  "administrator",
  "abcdefghijkl",
  "abcdefghijklmnopqrstuvwxyz",
  "openpolicy",
  "canada",
  "monkey",
  "dragon",
  "football",
  "hockey",
  "sunshine",
  "princess",
  "trustno",
  "changeme",
]);

const KINDS: [name: string, test: RegExp][] = [
  ["lower-case letters", /\p{Ll}/u],
  ["capitals", /\p{Lu}/u],
  ["digits", /\p{N}/u],
  ["spaces or symbols", /[^\p{Ll}\p{Lu}\p{N}]/u],
];

/** Every rule `password` breaks, each as a sentence for the person choosing it. */
export function passwordProblems(password: string, email: string): string[] {
  const problems: string[] = [];
  const chars = [...password];
  if (chars.length < PASSWORD_RULES.minLength) {
    problems.push(`must be at least ${PASSWORD_RULES.minLength} characters long (it has ${chars.length}); a few unrelated words make a good one`);
  }
  if (chars.length > PASSWORD_RULES.maxLength) problems.push(`must be at most ${PASSWORD_RULES.maxLength} characters long`);
  const kinds = KINDS.filter(([, test]) => test.test(password)).length;
  if (kinds < PASSWORD_RULES.minKinds) {
    problems.push(`must mix at least ${PASSWORD_RULES.minKinds} kinds of characters: ${KINDS.map(([name]) => name).join(", ")}`);
  }
  if (new Set(chars).size < PASSWORD_RULES.minDistinct) {
    problems.push(`must use at least ${PASSWORD_RULES.minDistinct} different characters`);
  }
  const lower = password.toLowerCase();
  const [local = ""] = email.trim().toLowerCase().split("@");
  const name = local.split("+")[0] ?? "";
  if (lower.includes(email.trim().toLowerCase()) || (name.length >= 3 && lower.includes(name))) {
    problems.push("must not contain your email address or the part before the @");
  }
  const letters = lower.replace(/[^\p{L}]/gu, "");
  if (COMMON.has(letters)) problems.push("is one of the most commonly used passwords");
  return problems;
}

/** Throws a 400 listing every rule `password` (sent as `field` of the body) breaks. */
export function assertPasswordRules(password: string, email: string, field = "password"): void {
  const problems = passwordProblems(password, email);
  if (problems.length === 0) return;
  const errors: FieldError[] = problems.map((detail) => ({ pointer: `json.${field}`, detail: `The password ${detail}.` }));
  throw new ProblemError(400, problems.length === 1 ? errors[0]!.detail : `The password breaks ${problems.length} rules; errors[] lists them.`, {
    errors,
  });
}
