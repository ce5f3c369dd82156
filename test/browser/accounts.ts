/** Accounts for the journeys: registered through the API, made admin the way the first admin is made. */
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { promisify } from "node:util";
import { root } from "../../scripts/workers.mjs";
import { api } from "./api";
import { platform, type Visitor } from "./browser";

export interface Account {
  email: string;
  password: string;
}

export async function account(tag: string, { admin = false } = {}): Promise<Account> {
  const email = `${tag}-${admin ? "admin" : "citizen"}-${randomUUID()}@example.org`;
  const password = "an admin passphrase of many words";
  await api("/auth/register", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password }) });
  if (admin) {
    await promisify(execFile)("node", [join(root, "workers", "auth", "scripts", "grant-admin.mjs"), email, "--persist-to", platform().stateDir], { cwd: root });
  }
  return { email, password };
}

/** Signs in on the site's own form, then goes on to `next`. */
export async function signIn({ page, open }: Visitor, who: Account, next: string): Promise<void> {
  await open(`/signin?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email address").fill(who.email);
  await page.getByLabel("Password", { exact: true }).fill(who.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}
