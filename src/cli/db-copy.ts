// npm run db:copy -- --from ./data/notice-bot.sqlite --to postgres://user:password@host:5432/db [--force]
// Moves the bot's state from SQLite to PostgreSQL (see src/store/copy.ts): everything in one transaction on the
// target, refused when the target holds anything (--force replaces it); prints the rows per table on both sides.
// Exit codes: 0 copied and counts equal; 1 nothing written (counts differ, or the copy failed); 2 bad arguments.
// Stop the bot first: what it writes to the SQLite file during the copy is not copied.
import { parseArgs } from 'node:util';
import { maskSecrets } from '../logger.js';
import { CopyError, copySqliteToPostgres, type TableCount } from '../store/copy.js';

const USAGE = 'usage: npm run db:copy -- --from ./data/notice-bot.sqlite --to postgres://user:password@host:5432/database [--schema name] [--force]';

let args: { from?: string; to?: string; schema?: string; force?: boolean };
try {
  args = parseArgs({
    options: { from: { type: 'string' }, to: { type: 'string' }, schema: { type: 'string' }, force: { type: 'boolean' } },
    strict: true,
  }).values;
} catch (err) {
  console.error(`db:copy: ${(err as Error).message}\n${USAGE}`);
  process.exit(2);
}
const to = args.to ?? process.env.DATABASE_URL;
if (!args.from || !to) {
  console.error(`db:copy: ${!args.from ? '--from' : '--to (or DATABASE_URL)'} is missing\n${USAGE}`);
  process.exit(2);
}
if (!/^postgres(ql)?:\/\//.test(to)) {
  console.error(`db:copy: --to: expected a PostgreSQL URL like postgres://user:password@host:5432/database\n${USAGE}`);
  process.exit(2);
}

function table(counts: TableCount[]): string {
  const w = Math.max(...counts.map((c) => c.table.length), 'table'.length);
  const lines = [`${'table'.padEnd(w)}  ${'sqlite'.padStart(9)}  ${'postgres'.padStart(9)}`];
  for (const c of counts)
    lines.push(`${c.table.padEnd(w)}  ${String(c.sqlite).padStart(9)}  ${String(c.postgres).padStart(9)}${c.sqlite === c.postgres ? '' : '  DIFFERENT'}`);
  return lines.join('\n');
}

console.log(`copying ${args.from} -> ${maskSecrets(to)}${args.schema ? ` (schema ${args.schema})` : ''}`);
try {
  const counts = await copySqliteToPostgres({
    from: args.from,
    to,
    ...(args.schema ? { schema: args.schema } : {}),
    force: Boolean(args.force),
  });
  console.log(table(counts));
  console.log(`done: ${counts.reduce((n, c) => n + c.postgres, 0)} rows in ${counts.length} tables, every count equal`);
} catch (err) {
  if (err instanceof CopyError && err.counts) console.log(table(err.counts));
  console.error(`db:copy: ${maskSecrets((err as Error).message)}`);
  process.exit(1);
}
