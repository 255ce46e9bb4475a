// Runs a TypeScript entry point as one node process (tsx as a loader, not its CLI, which would add a
// parent process between a test's signals and the program).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../../src/paths.js';

const loader = pathToFileURL(join(PROJECT_ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

export function nodeArgs(entry: string, args: string[] = []): [string, string[]] {
  return [process.execPath, ['--import', loader, join(PROJECT_ROOT, entry), ...args]];
}
