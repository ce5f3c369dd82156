// The platform's Workers as the scripts see them: the gateway (root wrangler.toml) first, then
// every service under workers/. Kept in one place so start, test, types and deploy agree.
import { readdirSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");

export const services = readdirSync(join(root, "workers"), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(root, "workers", d.name, "wrangler.toml")))
  .map((d) => d.name)
  .sort();

export const workers = [
  { name: "gateway", dir: root, config: join(root, "wrangler.toml") },
  ...services.map((name) => ({ name, dir: join(root, "workers", name), config: join(root, "workers", name, "wrangler.toml") })),
];

/** The D1 databases and, for each, one Worker whose config binds it (for `wrangler d1 migrations`). */
export const databases = [
  {
    binding: "CIVIC",
    name: "openpolicy-civic",
    id: "4caca626-ea6e-4ede-898e-cf0454291ea9",
    migrations: "migrations/civic",
    config: join(root, "workers", "parliament", "wrangler.toml"),
  },
  {
    binding: "IDENTITY",
    name: "openpolicy-identity",
    id: "2c0cac08-fd93-42a9-9bf7-f4fa9775aa9c",
    migrations: "migrations/identity",
    config: join(root, "workers", "auth", "wrangler.toml"),
  },
  {
    binding: "PLATFORM",
    name: "openpolicy-platform",
    id: "0d642aba-41ed-4a52-88b1-e66fa5871c45",
    migrations: "migrations/platform",
    config: join(root, "workers", "health", "wrangler.toml"),
  },
];

export const wrangler = join(root, "node_modules", ".bin", "wrangler");
export const stateDir = join(root, ".wrangler", "state");
