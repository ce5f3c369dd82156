import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// Anchored to this file so the build behaves the same from the repo root or from web/.
const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root,
  base: "/",
  // public/ holds Pages config files (_headers) copied as they are into the build.
  publicDir: "public",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
  },
});
