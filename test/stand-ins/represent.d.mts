// Types for represent.mjs, which vitest.config.ts (Node) and the postcode tests (workerd) both import.

/** Represent's answers by postal code, in its documented `/postcodes/{CODE}/` format. */
export declare const REPRESENT_ANSWERS: Record<"K1A0A6" | "H0H0H0" | "S4P3Y2" | "A1A1A1", Record<string, unknown> & { code: string; city: string }>;

/** Codes for which the stand-in misbehaves, and how. */
export declare const FAILING_CODES: Record<"X0X0X0" | "X1X1X1" | "X2X2X2" | "X3X3X3", "503" | "html" | "wrong-shape" | "unreachable">;

/** Miniflare options for the stand-in Worker. */
export declare const representStandIn: { name: string; modules: true; script: string; compatibilityDate: string };
