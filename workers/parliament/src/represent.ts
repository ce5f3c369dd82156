import { z } from "@hono/zod-openapi";
import { ProblemError } from "#shared/http/problem";
import { fetchUpstream, type Upstream } from "#shared/upstream/breaker";

/**
 * Open North's Represent postcode API (`GET /postcodes/{CODE}/`), read through a day-long cache
 * in KV and, on a miss, through Represent's circuit breaker (shared/upstream/breaker.ts). Only
 * the fields we serve are kept, validated, so a changed upstream format is a 502 that names
 * Represent rather than a 500 somewhere later. Represent allows 60 requests a minute; the cache
 * is what keeps a popular postal code from spending them.
 */

const text = z
  .string()
  .nullish()
  .transform((v) => (v ? v : null));

const RepresentBoundary = z.object({
  name: z.string(),
  boundary_set_name: z.string(),
  external_id: z
    .union([z.string(), z.number()])
    .nullish()
    .transform((v) => (v === null || v === undefined ? null : String(v))),
  url: text,
  related: z.object({ boundary_set_url: text }).partial().nullish(),
});

const RepresentOffice = z.object({ type: text, tel: text, fax: text, postal: text }).partial();

const RepresentRepresentative = z.object({
  name: z.string(),
  first_name: text,
  last_name: text,
  elected_office: z.string(),
  district_name: text,
  representative_set_name: z.string(),
  party_name: text,
  email: text,
  url: text,
  photo_url: text,
  offices: z
    .array(RepresentOffice)
    .nullish()
    .transform((v) => v ?? []),
});

export const RepresentPostcode = z.object({
  code: z.string(),
  city: text,
  province: text,
  boundaries_centroid: z
    .array(RepresentBoundary)
    .nullish()
    .transform((v) => v ?? []),
  representatives_centroid: z
    .array(RepresentRepresentative)
    .nullish()
    .transform((v) => v ?? []),
  // Some codes span districts: Represent then answers from its concordance, not the centroid.
  boundaries_concordance: z
    .array(RepresentBoundary)
    .nullish()
    .transform((v) => v ?? []),
  representatives_concordance: z
    .array(RepresentRepresentative)
    .nullish()
    .transform((v) => v ?? []),
});
export type RepresentPostcode = z.output<typeof RepresentPostcode>;
export type RepresentBoundary = z.output<typeof RepresentBoundary>;
export type RepresentRepresentative = z.output<typeof RepresentRepresentative>;

export const CACHE_TTL_SECONDS = 24 * 60 * 60;
export const cacheKey = (code: string) => `postcode:${code}`;

/** Open North's Represent, called through a breaker of the parliament Worker's own. */
export const REPRESENT: Upstream = { name: "represent", title: "Represent", timeoutMs: 8_000 };

/**
 * Represent's answer for a normalised code (`K1A0A6`), from the cache when it is there: a cached
 * answer is served even while Represent's breaker is open.
 */
export async function lookupPostcode(env: Env, code: string): Promise<{ answer: RepresentPostcode; cached: boolean }> {
  const cached = RepresentPostcode.safeParse(await env.CONFIG.get(cacheKey(code), "json").catch(() => null));
  if (cached.success) return { answer: cached.data, cached: true };

  const answer = await fetchPostcode(env, code);
  // Only answers are cached: a 404 today may be a new postal code Represent learns tomorrow.
  await env.CONFIG.put(cacheKey(code), JSON.stringify(answer), { expirationTtl: CACHE_TTL_SECONDS });
  return { answer, cached: false };
}

async function fetchPostcode(env: Env, code: string): Promise<RepresentPostcode> {
  const url = `${env.REPRESENT_BASE_URL.replace(/\/+$/, "")}/postcodes/${code}/`;
  const response = await fetchUpstream(env, REPRESENT, url, { about: `for postal code ${code}`, headers: { accept: "application/json" } });
  if (response.status === 404) {
    await response.body?.cancel();
    throw new ProblemError(404, `No postal code ${code} is known to Represent.`);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new ProblemError(502, `Represent answered ${response.status} for postal code ${code}; try again later.`);
  }
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = RepresentPostcode.safeParse(body);
  if (!parsed.success) throw new ProblemError(502, `Represent's answer for postal code ${code} could not be read.`);
  return parsed.data;
}
