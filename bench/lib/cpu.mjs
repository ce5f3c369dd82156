// CPU time per process, for figures that hold up on a shared machine: other processes stretch
// wall-clock latency and cut throughput, but barely change how much CPU one request costs.
// Linux only (/proc); elsewhere the meters are simply absent.
import { readFileSync, readdirSync } from "node:fs";

// USER_HZ: the unit of utime/stime in /proc/<pid>/stat, 100 on every Linux build we run.
const TICKS_PER_SECOND = 100;

function statFields(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // The command name may contain spaces or parentheses, so fields count from the last ")".
  return { comm: stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")), rest: stat.slice(stat.lastIndexOf(")") + 2).split(" ") };
}

/** CPU milliseconds (user + system, all threads) a process has used so far. */
export function processCpuMs(pid) {
  const { rest } = statFields(pid);
  return ((Number(rest[11]) + Number(rest[12])) / TICKS_PER_SECOND) * 1000;
}

/** Ids of this process's children running `command` (e.g. the workerd Miniflare started). */
export function childPids(command) {
  let entries;
  try {
    entries = readdirSync("/proc");
  } catch {
    return [];
  }
  return entries
    .filter((e) => /^\d+$/.test(e))
    .filter((pid) => {
      try {
        const { comm, rest } = statFields(pid);
        return comm === command && Number(rest[1]) === process.pid;
      } catch {
        return false; // gone between the listing and the read
      }
    })
    .map(Number);
}

/** Meters for `compare`: this process (the load generator and Miniflare's client side) and workerd. */
export function cpuMeters() {
  const meters = {
    client: () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    },
  };
  const workerd = childPids("workerd");
  if (workerd.length === 1) meters.workerd = () => processCpuMs(workerd[0]);
  return meters;
}
