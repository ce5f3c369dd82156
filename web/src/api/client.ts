/**
 * The one way the web app calls the OpenPolicy API: same-origin `/api/v1/...`, the signed-in
 * user's access token when there is one (refreshed once on a 401), the page language as
 * `Accept-Language`, problem+json errors turned into `ApiError`, and a short in-memory cache of
 * reads so going back to a page does not spend the visitor's rate limit again.
 */
import { getLang } from "../i18n";

export interface FieldProblem {
  pointer: string;
  detail: string;
}

/** RFC 9457, as every OpenPolicy service answers errors. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  request_id?: string;
  errors?: FieldProblem[];
}

export type FailureKind = "http" | "network" | "timeout" | "invalid";

export class ApiError extends Error {
  constructor(
    readonly kind: FailureKind,
    readonly status: number,
    readonly problem: Problem | null,
    readonly retryAfter: number | null = null,
  ) {
    super(problem?.detail ?? `${kind} ${status}`);
    this.name = "ApiError";
  }
}

export interface Page<T> {
  data: T[];
  /** `total_relation: "gte"` (search) means `total` is a lower bound. */
  pagination: { next_cursor: string | null; limit: number; total: number | null; total_relation?: "eq" | "gte" };
}

export type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
  /** Reads are cached for a minute unless this is false; auth calls never are. */
  cache?: boolean;
  /** Send the access token (default). Sign-in calls send none. */
  auth?: boolean;
  /** Error statuses whose body is still the answer (the health report says `down` with a 503). */
  answers?: number[];
}

/**
 * What the API client needs from the session without importing it (the session itself calls the
 * API): the current token, and a way to get a new one after a 401.
 */
export interface TokenSource {
  accessToken(): Promise<string | null>;
  renew(rejected: string): Promise<string | null>;
}

let tokens: TokenSource = { accessToken: async () => null, renew: async () => null };
export function useTokens(source: TokenSource): void {
  tokens = source;
}

const TIMEOUT_MS = 20_000;
const CACHE_MS = 60_000;
const CACHE_MAX = 200;
const cache = new Map<string, { at: number; value: Promise<unknown> }>();

/** Forget cached reads, e.g. after signing in or out (answers may differ by caller). */
export function clearCache(): void {
  cache.clear();
}

export function apiUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "" || value === false) continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

export function get<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return request<T>("GET", path, options);
}

export function post<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
  return request<T>("POST", path, { ...options, body });
}

export function patch<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
  return request<T>("PATCH", path, { ...options, body });
}

export function del<T = void>(path: string, options: RequestOptions = {}): Promise<T> {
  return request<T>("DELETE", path, options);
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const url = apiUrl(path, options.query);
  const useAuth = options.auth !== false;
  const cacheable = method === "GET" && options.cache !== false && !path.startsWith("/api/v1/auth/");
  if (!cacheable) return send<T>(method, url, options, useAuth);

  const key = `${getLang()} ${url}`;
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < CACHE_MS) return abortable(hit.value as Promise<T>, options.signal);
  // The request itself is shared between callers, so it must not die with the first caller's
  // navigation; each caller stops waiting on its own signal instead.
  const value = send<T>(method, url, { ...options, signal: undefined }, useAuth);
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
  cache.set(key, { at: Date.now(), value });
  value.catch(() => cache.delete(key));
  return abortable(value, options.signal);
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener("abort", onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(e);
      },
    );
  });
}

async function send<T>(method: string, url: string, options: RequestOptions, useAuth: boolean): Promise<T> {
  const token = useAuth ? await tokens.accessToken() : null;
  let response = await fetchOnce(method, url, options, token);
  // An access token can lapse between the check and the call; one renewal, then the answer stands.
  if (response.status === 401 && token) {
    await response.body?.cancel();
    response = await fetchOnce(method, url, options, await tokens.renew(token));
  }
  return read<T>(response, options.answers);
}

async function fetchOnce(method: string, url: string, options: RequestOptions, token: string | null): Promise<Response> {
  const headers: Record<string, string> = { accept: "application/json", "accept-language": getLang() };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  if (token) headers.authorization = `Bearer ${token}`;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException("timeout", "TimeoutError")), TIMEOUT_MS);
  const onAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener("abort", onAbort, { once: true });
  try {
    return await fetch(url, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: controller.signal,
      credentials: "same-origin",
    });
  } catch (err) {
    if (options.signal?.aborted) throw options.signal.reason;
    throw new ApiError(controller.signal.aborted ? "timeout" : "network", 0, null);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", onAbort);
  }
}

async function read<T>(response: Response, answers: number[] = []): Promise<T> {
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let body: unknown = undefined;
  if (text !== "") {
    try {
      body = JSON.parse(text);
    } catch {
      throw new ApiError(response.ok ? "invalid" : "http", response.status, null, retryAfterOf(response));
    }
  }
  if (response.ok || answers.includes(response.status)) return body as T;
  throw new ApiError("http", response.status, isProblem(body) ? body : null, retryAfterOf(response));
}

function isProblem(body: unknown): body is Problem {
  return typeof body === "object" && body !== null && ("detail" in body || "title" in body);
}

function retryAfterOf(response: Response): number | null {
  const value = Number(response.headers.get("retry-after"));
  return Number.isFinite(value) && value > 0 ? value : null;
}

/** Navigation cancels a page's requests; those rejections are not errors to show. */
export function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === "AbortError";
}
