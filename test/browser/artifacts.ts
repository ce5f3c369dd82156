/** Where a run leaves what a person looks at afterwards: screenshots and the platform's log (gitignored). */
import { join } from "node:path";
import { root } from "../../scripts/workers.mjs";

export const artifactsDir = join(root, "test-artifacts");
export const screenshotsDir = join(artifactsDir, "screenshots");
/** The browser tests' platform's own output: wrangler, workerd and every Worker's logs. */
export const platformLog = join(artifactsDir, "platform.log");
