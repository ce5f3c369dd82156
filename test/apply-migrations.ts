import { applyD1Migrations, env } from "cloudflare:test";

// Setup files run before each test file, inside its isolated storage, so every file starts
// from freshly migrated databases. applyD1Migrations skips migrations already applied.
await applyD1Migrations(env.CIVIC, env.TEST_MIGRATIONS.CIVIC);
await applyD1Migrations(env.IDENTITY, env.TEST_MIGRATIONS.IDENTITY);
await applyD1Migrations(env.PLATFORM, env.TEST_MIGRATIONS.PLATFORM);
