import { readFileSync } from 'node:fs';

/** utime + stime, in ms, from a /proc/.../stat line (10 ms resolution). */
function statMs(path: string): number {
  // Fields after the command name, which sits in parentheses and may itself hold spaces.
  const stat = readFileSync(path, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of the whole line: 12 and 13 after the name.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** CPU time (user + system) a process has used so far, in ms (Linux /proc; 10 ms resolution). */
export function cpuMs(pid: number): number {
  return statMs(`/proc/${pid}/stat`);
}

/**
 * The same for the process's main thread alone (where JavaScript runs): the rest of a process's
 * time is V8's helper threads (optimising compilers, the garbage collector's) and worker threads.
 */
export function mainThreadCpuMs(pid: number): number {
  return statMs(`/proc/${pid}/task/${pid}/stat`);
}
