// The platform's servers each lead a process group, so one signal reaches wrangler, its runtime
// (workerd) and its bundlers alike. platform.mjs stops the groups itself; reaper.mjs stops them
// when the process that started them is gone. Liveness is read from /proc where there is one,
// because a zombie answers signals as if it were alive and not every container's init reaps them.
import { existsSync, readdirSync, readFileSync } from "node:fs";

const hasProc = existsSync("/proc/self/stat");

/** The fields of /proc/<pid>/stat from the third (the state) on; null once the process is gone. */
function statFields(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (the second field) may itself hold spaces and parentheses.
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

/** What tells a process apart from a later one given the same pid (its start time); null if it is gone. */
export function processIdentity(pid) {
  if (!hasProc) return String(pid);
  return statFields(pid)?.[19] ?? null;
}

/** Whether the process `identity` names still runs: an exited one, a zombie or a reused pid does not. */
export function stillRunning(pid, identity) {
  if (!hasProc) {
    try {
      process.kill(pid, 0);
      return true;
    } catch (err) {
      return err.code === "EPERM";
    }
  }
  const fields = statFields(pid);
  return fields !== null && fields[0] !== "Z" && fields[19] === identity;
}

export function signalGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
  } catch {
    // the whole group is gone already
  }
}

/** How many processes of a group are still alive (zombies excluded). */
export function liveInGroup(pgid) {
  if (!hasProc) {
    try {
      process.kill(-pgid, 0);
      return 1;
    } catch {
      return 0;
    }
  }
  return readdirSync("/proc").filter((pid) => {
    if (!/^\d+$/.test(pid)) return false;
    const fields = statFields(pid);
    return fields !== null && fields[0] !== "Z" && Number(fields[2]) === pgid;
  }).length;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Asks a process group to stop, then makes it: wrangler, its runtime and its bundlers alike. */
export async function stopGroup(pgid) {
  signalGroup(pgid, "SIGTERM");
  for (const [signal, waitMs] of [
    ["SIGKILL", 5_000],
    [null, 5_000],
  ]) {
    const until = Date.now() + waitMs;
    while (liveInGroup(pgid) > 0 && Date.now() < until) await sleep(100);
    if (liveInGroup(pgid) === 0) return;
    if (signal) signalGroup(pgid, signal);
  }
  throw new Error(`Processes of group ${pgid} are still running after SIGKILL.`);
}
