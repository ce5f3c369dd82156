/**
 * The tests' own reading of the API, straight from the gateway: what a page shows is checked
 * against what the API says, never against numbers written into the test. `T` is the answer's
 * type from the OpenAPI document (`Schema<…>`, `Answer<…>` of web/src/api/operations.ts).
 */
import { clientAddress, platform } from "./browser";

// One client address per test file, so its reads never spend a visitor's rate-limit budget.
const address = clientAddress();

export async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(`${platform().apiUrl}/api/v1${path}`, {
    ...init,
    headers: { "cf-connecting-ip": address, accept: "application/json", ...(init.headers as Record<string, string>) },
  });
  if (!res.ok) throw new Error(`${init.method ?? "GET"} /api/v1${path} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}
