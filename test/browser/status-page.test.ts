import { expect, test } from "vitest";
import type { Schema } from "../../web/src/api/operations";
import { api } from "./api";
import { useBrowser } from "./browser";
import { eventually } from "./read";

const browser = useBrowser();

test("the status page shows a card for every service the health API reports", async () => {
  const health = await api<Schema<"PlatformHealth">>("/health");
  const { page, open, screenshot } = await browser.visitor();

  await open("/status");
  await page.getByRole("heading", { level: 1, name: "Platform status" }).waitFor();
  const services = page.getByRole("region", { name: "Services" });
  await eventually(() => services.getByRole("article").count()).toBe(health.services.length);
  for (const service of health.services) {
    // Each card is named by the service's label followed by its API name.
    await services.getByRole("article", { name: new RegExp(`\\b${service.name}$`) }).waitFor();
  }
  const counts = await page
    .getByRole("paragraph")
    .filter({ hasText: /^Operational: \d+/ })
    .innerText();
  const [operational, degraded, down] = [...counts.matchAll(/\d+/g)].map((n) => Number(n[0]));
  expect(operational! + degraded! + down!).toBe(health.services.length);
  await screenshot("status");
});
