// Services are reachable only over the gateway's service bindings (README, Security): a service
// config that would give a Worker a public address is refused before anything is deployed.

/** The top-level `key = value` settings of a wrangler.toml (those before its first [section]). */
function topLevel(toml) {
  const settings = new Map();
  for (const line of toml.split(/\r?\n/)) {
    if (/^\s*\[/.test(line)) break;
    const match = /^\s*([A-Za-z_]+)\s*=\s*([^#]*?)\s*(#.*)?$/.exec(line);
    if (match) settings.set(match[1], match[2]);
  }
  return settings;
}

/**
 * What is wrong with a service's wrangler.toml, as sentences; empty when it is closed to the
 * public: `workers_dev = false` (no *.workers.dev address) and `preview_urls = false` (no preview
 * URLs), and no `routes`/`route` of its own.
 * @param {string} name
 * @param {string} toml
 * @returns {string[]}
 */
export function exposureProblems(name, toml) {
  const settings = topLevel(toml);
  const problems = [];
  if (settings.get("workers_dev") !== "false") problems.push(`${name}: set workers_dev = false (a service must have no public workers.dev address)`);
  if (settings.get("preview_urls") !== "false") problems.push(`${name}: set preview_urls = false (a service must have no public preview URLs)`);
  if (settings.has("route") || settings.has("routes")) problems.push(`${name}: remove its routes (only the gateway is routed to)`);
  return problems;
}
