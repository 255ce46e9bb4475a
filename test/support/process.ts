// Runs a TypeScript entry point as one node process (tsx as a loader, not its CLI, which would add a
// parent process between a test's signals and the program), and reads the port such a process listens on.
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../../src/paths.js';

const loader = pathToFileURL(join(PROJECT_ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

export function nodeArgs(entry: string, args: string[] = []): [string, string[]] {
  return [process.execPath, ['--import', loader, join(PROJECT_ROOT, entry), ...args]];
}

/** The log lines src/main.ts writes once its server listens; they carry the port it got. */
const LISTENING = new Set(['webhook server listening', 'worker running: delivery and publishing, no updates taken']);

/**
 * The port a bot process started with PORT=0 listens on, from its JSON log on stdout (LOG_LEVEL info or
 * more). Tests start bots on PORT=0 rather than on a port found free beforehand: such a port stays free only
 * until another test's server (suites run in parallel) takes it, and the bot binds seconds later, at the end of
 * its start. The bot then failed to start while the test went on talking to that other server (a webhook
 * harness answers /healthz 200 too). Rejects as soon as the process exits, with what it wrote.
 */
export function listeningPort(child: ChildProcess, timeoutMs = 30_000): Promise<number> {
  const stdout = child.stdout;
  if (!stdout) return Promise.reject(new Error('listeningPort: the process has no stdout pipe'));
  if (child.exitCode !== null || child.signalCode !== null) return Promise.reject(new Error('listeningPort: the process has exited'));
  // Called right after spawn (in the same tick), so that no line is missed.
  return new Promise((resolve, reject) => {
    let partial = '';
    let written = '';
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      written = (written + text).slice(-3000);
      const lines = (partial + text).split('\n');
      partial = lines.pop()!;
      for (const line of lines) {
        let entry: { msg?: unknown; port?: unknown };
        try {
          entry = JSON.parse(line);
        } catch {
          continue;
        }
        if (LISTENING.has(entry.msg as string) && typeof entry.port === 'number' && entry.port > 0) return done(undefined, entry.port);
      }
    };
    const onExit = (code: number | null, signal: string | null) =>
      done(new Error(`the process exited (${signal ?? `code ${code}`}) before it listened:\n${written}${partial}`));
    const timer = setTimeout(() => done(new Error(`the process did not listen within ${timeoutMs} ms:\n${written}${partial}`)), timeoutMs);
    // Once told, stop listening: a test may want the pipe unread from then on (see main.test.ts).
    const done = (err: Error | undefined, port?: number) => {
      clearTimeout(timer);
      stdout.off('data', onData);
      child.off('exit', onExit);
      if (err) reject(err);
      else resolve(port!);
    };
    stdout.on('data', onData);
    child.once('exit', onExit);
  });
}
