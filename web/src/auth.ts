/**
 * The signed-in session. The access token (a 15-minute JWT) lives only in memory; the refresh
 * token lives in localStorage so a reload or a new tab stays signed in. Refresh tokens are
 * single-use and a reused one ends the whole session, so tabs refresh one at a time (Web Locks)
 * and always with the token currently in storage, never a copy they read earlier.
 */
import { ApiError, clearCache, post, useTokens, type Schema } from "./api/client";

type Account = Schema<"Account">;
type Role = Schema<"Role">;

const REFRESH_KEY = "openpolicy.refresh_token";
const LOCK_NAME = "openpolicy.auth.refresh";
// Renew a little before expiry so a request never leaves with a token about to lapse.
const EARLY_MS = 30_000;

export type AuthChange = "signed-in" | "signed-out" | "ended" | "restored";

let access: { token: string; expiresAt: number } | null = null;
let user: Account | null = null;
let sessionId: string | null = null;
let renewing: Promise<string | null> | null = null;
const listeners = new Set<(change: AuthChange) => void>();

export const currentUser = (): Account | null => user;
export const currentSessionId = (): string | null => sessionId;

const RANK: Record<Role, number> = { citizen: 1, analyst: 2, admin: 3, service: 0 };

/** Roles rank citizen < analyst < admin: an admin may open an analyst's page. */
export function hasRole(role: Role, account: Account | null = user): boolean {
  if (!account) return false;
  if (role === "service") return account.roles.includes("service");
  return account.roles.some((r) => RANK[r] >= RANK[role]);
}

export function onAuthChange(listener: (change: AuthChange) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify(change: AuthChange): void {
  clearCache();
  for (const listener of listeners) listener(change);
}

function readRefresh(): string | null {
  try {
    return localStorage.getItem(REFRESH_KEY);
  } catch {
    return null;
  }
}

function writeRefresh(token: string | null): void {
  try {
    if (token === null) localStorage.removeItem(REFRESH_KEY);
    else localStorage.setItem(REFRESH_KEY, token);
  } catch {
    // Storage blocked: the session then lasts as long as this page.
  }
}

function accept(tokens: Schema<"TokenResponse">): void {
  access = { token: tokens.access_token, expiresAt: Date.now() + tokens.expires_in * 1000 };
  user = tokens.user;
  sessionId = tokens.session.id;
  writeRefresh(tokens.refresh_token);
}

function forget(): void {
  access = null;
  user = null;
  sessionId = null;
}

function withLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = (navigator as Navigator & { locks?: LockManager }).locks;
  return locks ? (locks.request(LOCK_NAME, work) as Promise<T>) : work();
}

/**
 * Trades the stored refresh token for new tokens. A refused token ends the session here (and
 * in storage, unless another tab already replaced it); a network failure keeps it for later.
 */
function refresh(): Promise<string | null> {
  renewing ??= withLock(async () => {
    const stored = readRefresh();
    if (!stored) {
      if (user) {
        forget();
        notify("ended");
      }
      return null;
    }
    try {
      const tokens = await post("/api/v1/auth/refresh", { refresh_token: stored }, { auth: false });
      accept(tokens);
      return tokens.access_token;
    } catch (err) {
      if (err instanceof ApiError && err.kind === "http" && err.status >= 400 && err.status < 500 && err.status !== 429) {
        if (readRefresh() === stored) writeRefresh(null);
        const wasSignedIn = user !== null;
        forget();
        if (wasSignedIn) notify("ended");
        return null;
      }
      return null;
    }
  }).finally(() => {
    renewing = null;
  });
  return renewing;
}

useTokens({
  async accessToken() {
    if (access && Date.now() < access.expiresAt - EARLY_MS) return access.token;
    if (!access && !readRefresh()) return null;
    return refresh();
  },
  async renew(rejected) {
    // Another request may have renewed already while this one was on the wire.
    if (access && access.token !== rejected) return access.token;
    return refresh();
  },
});

/** Resolves once a stored session has been restored (or found gone); gated pages wait for it. */
export const ready: Promise<void> = (async () => {
  if (!readRefresh()) return;
  const token = await refresh();
  if (token) notify("restored");
})();

// Another tab signed out (or in): follow it, so two tabs never disagree about who is signed in.
window.addEventListener("storage", (event) => {
  if (event.key !== REFRESH_KEY && event.key !== null) return;
  if (event.newValue === null && user) {
    forget();
    notify("signed-out");
  } else if (event.newValue !== null && !user && event.oldValue === null) {
    void refresh().then((token) => token && notify("signed-in"));
  }
});

export async function signIn(email: string, password: string): Promise<Account> {
  const tokens = await post("/api/v1/auth/login", { email, password, device_name: deviceName() }, { auth: false });
  accept(tokens);
  notify("signed-in");
  return tokens.user;
}

export type Registration = Schema<"RegisterRequest">;

/**
 * Creates the account, then signs in with the same credentials. The API answers registration
 * the same way whether or not the address was taken, so `signedIn: false` means "check your
 * inbox", never "that address exists".
 */
export async function signUp(registration: Registration): Promise<{ signedIn: boolean; detail: string }> {
  const accepted = await post("/api/v1/auth/register", registration, { auth: false });
  try {
    await signIn(registration.email, registration.password);
    return { signedIn: true, detail: accepted.detail };
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return { signedIn: false, detail: accepted.detail };
    throw err;
  }
}

/** Revokes the session on the server, then forgets it here even if the server could not be told. */
export async function signOut(): Promise<void> {
  const stored = readRefresh();
  try {
    if (stored) await post("/api/v1/auth/logout", { refresh_token: stored }, { auth: false });
  } finally {
    writeRefresh(null);
    forget();
    notify("signed-out");
  }
}

/** The account changed (name, language): keep the copy the header shows in step. */
export function updateUser(account: Account): void {
  if (!user) return;
  user = { ...user, ...account };
  for (const listener of listeners) listener("restored");
}

/** "Firefox on Linux": how this device appears in the account's list of sessions. */
function deviceName(): string {
  const ua = navigator.userAgent;
  const browser = /Edg\//.test(ua) ? "Edge" : /Firefox\//.test(ua) ? "Firefox" : /Chrome\//.test(ua) ? "Chrome" : /Safari\//.test(ua) ? "Safari" : "Browser";
  const os = /Android/.test(ua)
    ? "Android"
    : /iPhone|iPad/.test(ua)
      ? "iOS"
      : /Windows/.test(ua)
        ? "Windows"
        : /Mac OS X/.test(ua)
          ? "macOS"
          : /Linux/.test(ua)
            ? "Linux"
            : "";
  return os ? `${browser} on ${os}` : browser;
}
