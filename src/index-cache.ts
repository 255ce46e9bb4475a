// The search index's build cache on disk (the adapter src/search/index-snapshot.ts asks for): one file,
// read while the index is built at start or reload, never while answering. The file names its key (the
// knowledge's content hash, the snapshot format, ICU's version, and a hash of the search engine's own code)
// and a checksum of its body; a missing, stale, corrupt or unreadable file is a miss, logged at debug, and
// the index is built and the file written again.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { Logger } from './logger.js';
import type { IndexCache, IndexSnapshot } from './search/index-snapshot.js';

const MAGIC = 'notice-bot index cache\n';
/** The engine's code: what the index derives changes with it, so its hash is part of the key. */
const ENGINE_DIRS = ['search', 'knowledge'].map((d) => fileURLToPath(new URL(`./${d}/`, import.meta.url)));

let engineHash: string | undefined;
/** A hash of the engine's source files (src/search, src/knowledge; their .js files in dist/), once a process. */
export function engineVersion(): string {
  if (engineHash) return engineHash;
  const hash = createHash('sha256');
  for (const dir of ENGINE_DIRS) {
    for (const name of readdirSync(dir).sort()) {
      if (!/\.(ts|js)$/.test(name)) continue;
      hash
        .update(`${name}\0`)
        .update(readFileSync(join(dir, name)))
        .update('\0');
    }
  }
  engineHash = hash.digest('hex').slice(0, 16);
  return engineHash;
}

/**
 * A cache in the file `path` (its folder is created when written). node:v8's serialiser keeps the
 * snapshot's Maps, Sets and typed arrays, and reads them back faster than JSON could be parsed and rebuilt.
 */
export function fileIndexCache(path: string, logger?: Logger): IndexCache {
  const fullKey = (key: string) => `${key}; engine ${engineVersion()}; node ${process.versions.v8}`;
  return {
    load(key) {
      let file: Buffer;
      try {
        file = readFileSync(path);
      } catch (err) {
        logger?.debug({ path, err: (err as Error).message }, 'index cache: none to read, building');
        return undefined;
      }
      try {
        const headerEnd = file.indexOf('\n', MAGIC.length);
        if (file.subarray(0, MAGIC.length).toString('utf8') !== MAGIC || headerEnd < 0) throw new Error('not an index cache file');
        const header = JSON.parse(file.subarray(MAGIC.length, headerEnd).toString('utf8')) as { key?: unknown; sha256?: unknown };
        if (header.key !== fullKey(key)) {
          logger?.debug({ path, cached: header.key, wanted: fullKey(key) }, 'index cache: stale, building');
          return undefined;
        }
        const body = file.subarray(headerEnd + 1);
        if (createHash('sha256').update(body).digest('hex') !== header.sha256) throw new Error('checksum mismatch');
        return deserialize(body);
      } catch (err) {
        logger?.debug({ path, err: (err as Error).message }, 'index cache: unreadable, building');
        return undefined;
      }
    },
    save(key, snapshot: IndexSnapshot) {
      // Written aside and renamed: a reader (another instance starting) sees the old file or the new one.
      const tmp = `${path}.${process.pid}.tmp`;
      try {
        const body = serialize(snapshot);
        const header = JSON.stringify({ key: fullKey(key), sha256: createHash('sha256').update(body).digest('hex') });
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(tmp, Buffer.concat([Buffer.from(`${MAGIC}${header}\n`, 'utf8'), body]));
        renameSync(tmp, path);
        logger?.debug({ path, bytes: body.length }, 'index cache: written');
      } catch (err) {
        rmSync(tmp, { force: true });
        logger?.warn({ path, err: (err as Error).message }, 'index cache: could not be written (the index is built at every start)');
      }
    },
  };
}
