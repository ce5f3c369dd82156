import { d1Check } from "#shared/health/checks";
import { conditionalRead } from "#shared/http/etag";
import { defineService } from "#shared/service/app";
import { registerAnalytics } from "./routes/analytics";
import { registerSearch } from "./routes/search";
import { registerSuggest } from "./routes/suggest";

export const service = defineService<Env>({
  name: "search",
  description: "Full-text search across statements, bills, members, committees and representatives, with facets and highlighting.",
  checks: (env) => [d1Check("CIVIC", env.CIVIC), d1Check("PLATFORM", env.PLATFORM)],
});

// Results and suggestions are conditional reads (ETag / 304), briefly cacheable like every
// public read; analytics set their own `private, no-store`, which the middleware leaves alone.
service.app.use("/api/v1/search", conditionalRead);
service.app.use("/api/v1/search/*", conditionalRead);

registerSearch(service.app);
registerSuggest(service.app);
registerAnalytics(service.app);
