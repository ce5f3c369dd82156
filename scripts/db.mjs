// D1 schema work, for the three databases (civic, identity, platform):
//
//   npm run db:generate -- civic --name add_bill_stages   drizzle-kit migration from shared/db/civic.ts
//   npm run db:generate -- civic --name add_fts --custom  an empty, numbered migration for hand-written SQL
//   npm run db:migrate                                    apply every migration locally (.wrangler/state)
//   npm run db:migrate -- --remote                        apply them to the Cloudflare databases
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { databases, root, stateDir, wrangler } from "./workers.mjs";

const [command, ...rest] = process.argv.slice(2);

function run(cmd, args, env = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (command === "generate") {
  const [db, ...args] = rest;
  if (!databases.some((d) => d.migrations === `migrations/${db}`)) {
    console.error(`Usage: npm run db:generate -- <civic|identity|platform> --name <what_changed> [--custom]`);
    process.exit(2);
  }
  run(join(root, "node_modules", ".bin", "drizzle-kit"), ["generate", ...args], { DB: db });
} else if (command === "migrate") {
  const remote = rest.includes("--remote");
  for (const db of databases) {
    run(wrangler, ["d1", "migrations", "apply", db.name, ...(remote ? ["--remote"] : ["--local", "--persist-to", stateDir]), "-c", db.config], {
      CI: "1",
    });
  }
} else {
  console.error("Usage: node scripts/db.mjs <generate|migrate> ...");
  process.exit(2);
}
