// Stops the platform's servers when the process that started them is gone without stopping them
// (SIGKILL, a crash, a closed terminal): they lead process groups of their own, so nothing else
// would, and they would keep their ports and the state directory. platform.mjs starts one of
// these, detached, beside its servers; it exits once the groups are gone, whoever stopped them.
//
//   node scripts/reaper.mjs <parent pid> <process group id>...
import { liveInGroup, processIdentity, stillRunning, stopGroup } from "./process-groups.mjs";

const POLL_MS = 250;

const [parentPid, ...groups] = process.argv.slice(2).map(Number);
if (!parentPid || groups.length === 0 || groups.some((g) => !Number.isInteger(g) || g <= 0)) {
  console.error("usage: node scripts/reaper.mjs <parent pid> <process group id>...");
  process.exit(2);
}
// Read at once: should the parent already be gone, its pid may soon belong to someone else.
const parent = processIdentity(parentPid);

for (;;) {
  if (!stillRunning(parentPid, parent)) {
    await Promise.allSettled(groups.map((pgid) => stopGroup(pgid)));
    break;
  }
  if (groups.every((pgid) => liveInGroup(pgid) === 0)) break;
  await new Promise((r) => setTimeout(r, POLL_MS));
}
