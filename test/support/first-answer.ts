// Starts the bot as its own process in console mode (no BOT_TOKEN), pipes one question to it, and measures
// what an operator waits for: the time from spawn to the first cited answer on stdout, and the process's
// peak RSS by then. Shared by bench/start.bench.ts and test/build.test.ts.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

/** A citation as the console prints it: 《贵州省民政厅倡议》第4段第8句. */
export const CITATION = /《[^》\n]+》第\d+段第\d+句/;

export interface FirstAnswer {
  /** Spawn to the first stdout line holding a citation. */
  ms: number;
  /** VmHWM of the process once the answer is printed and the console waits for input (Linux only). */
  peakRssMb: number | undefined;
  output: string;
}

/**
 * The environment of a console start: no token, and a fresh directory as the working directory (no .env
 * there, so a developer's token cannot turn the run into a real bot) holding the database path.
 */
export function consoleEnv(): { cwd: string; env: Record<string, string> } {
  const cwd = mkdtempSync(join(tmpdir(), 'notice-bot-start-'));
  return { cwd, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATABASE_PATH: join(cwd, 'notice-bot.sqlite') } };
}

/** Peak resident set size of a live process, from /proc; undefined where there is no /proc. */
function peakRssMb(pid: number): number | undefined {
  try {
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

export function firstAnswer(command: string, args: string[], question: string, timeoutMs = 30_000): Promise<FirstAnswer> {
  const { cwd, env } = consoleEnv();
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    // Written at once: the console's readline takes it from the pipe when it is ready, as a typed line would be.
    child.stdin.write(`${question}\n`);
    let output = '';
    let stderr = '';
    let ms: number | undefined;
    let rss: number | undefined;
    let done = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no answer within ${timeoutMs} ms\nstdout:\n${output}\nstderr:\n${stderr}`));
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const at = output.search(CITATION);
      if (at < 0) return;
      ms ??= performance.now() - start;
      // The next prompt: the first update is fully handled, the process is idle; its peak so far is the cost of
      // starting and answering once.
      if (!done && output.indexOf('\n> ', at) >= 0) {
        done = true;
        rss = peakRssMb(child.pid!);
        child.stdin.end(); // the console ends with its input
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (ms === undefined || code !== 0)
        reject(new Error(`exited with ${code} ${ms === undefined ? 'without an answer' : ''}\nstdout:\n${output}\nstderr:\n${stderr}`));
      else resolve({ ms, peakRssMb: rss, output });
    });
  });
}
