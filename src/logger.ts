// pino, JSON by default and pino-pretty in a terminal. The bot token and the database password never reach a
// log line: known fields are redacted, and anything shaped like a token or a URL's password is masked inside
// every string and error.
import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * bot123456:AAE…, or a bare 123456:AAE… token, as it appears in Bot API URLs and error messages. The same
 * shape config.ts accepts (BOT_TOKEN_PATTERN): every token the bot can run with is masked.
 */
export const BOT_TOKEN_PATTERN = /^\d{1,20}:[A-Za-z0-9_-]{20,}$/;
const TOKEN = /(bot)?\d{1,20}:[A-Za-z0-9_-]{20,}/g;
/** The password of a URL (postgres://user:password@host/db), up to the last @ before any space. */
const URL_PASSWORD = /\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:)[^\s]*@/gi;
/** A password given as a URL's query parameter (postgres://host/db?password=…). */
const QUERY_PASSWORD = /([?&]password=)[^&\s]*/gi;
/** Fields whose values are secrets wherever they appear: secret_token (setWebhook), *_secret, token… */
const SECRET_KEY = /(^|_)(secret|token|password)$|secret_token|^authorization$/i;

export function maskSecrets(text: string): string {
  return text
    .replace(TOKEN, (_m, bot: string | undefined) => `${bot ?? ''}<token>`)
    .replace(URL_PASSWORD, '$1<password>@')
    .replace(QUERY_PASSWORD, '$1<password>');
}

function mask(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskSecrets(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) {
    const copy = new Error(maskSecrets(value.message));
    copy.name = value.name;
    copy.stack = value.stack ? maskSecrets(value.stack) : undefined;
    for (const [k, v] of Object.entries(value))
      (copy as unknown as Record<string, unknown>)[k] = SECRET_KEY.test(k) && typeof v === 'string' ? '<redacted>' : mask(v, depth + 1);
    return copy;
  }
  if (Array.isArray(value)) return value.map((v) => mask(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SECRET_KEY.test(k) && typeof v === 'string' ? '<redacted>' : mask(v, depth + 1)]));
}

/** Log lines the reader has not taken yet, at most; more are dropped rather than held. */
const MAX_UNWRITTEN_LOG_BYTES = 8 * 1024 * 1024;

const openDestinations = new Set<ReturnType<typeof pino.destination>>();
let releasing = false;

/**
 * Before exiting: write what the reader will take now, drop the rest. pino's own exit hook would otherwise
 * retry a full pipe forever, and a stuck log reader would keep the process from ever exiting.
 */
export function releaseLogs(): void {
  releasing = true;
  for (const d of openDestinations) {
    try {
      d.flushSync();
    } catch {
      // the reader takes no more
    }
    try {
      d.destroy();
    } catch {
      // already gone
    }
  }
  openDestinations.clear();
}

export interface LoggerOptions {
  level: string;
  /** pino-pretty; defaults to on when the output (stdout or stderr, see `fd`) is a terminal. */
  pretty?: boolean;
  /** Where JSON lines go (tests pass a stream). */
  destination?: pino.DestinationStream;
  /** Without a destination: 1, standard output (the default, for log shippers), or 2, standard error (the console chat keeps stdout for the chat). */
  fd?: 1 | 2;
}

export function createLogger(options: LoggerOptions): Logger {
  const fd = options.fd ?? 1;
  const pretty = options.pretty ?? Boolean((fd === 2 ? process.stderr : process.stdout).isTTY);
  const base: pino.LoggerOptions = {
    level: options.level,
    redact: {
      paths: ['token', '*.token', 'botToken', '*.botToken', 'BOT_TOKEN', '*.BOT_TOKEN', 'secret', '*.secret', 'WEBHOOK_SECRET', '*.WEBHOOK_SECRET'],
      censor: '<redacted>',
    },
    serializers: { err: (err: unknown) => pino.stdSerializers.err(mask(err) as Error) },
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((a) => mask(a)) as Parameters<typeof method>);
      },
    },
  };
  if (options.destination) return pino(base, options.destination);
  if (pretty) return pino({ ...base, transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss', destination: fd } } });
  // Never block on the log reader: with a synchronous destination, a reader that stops reading (a log
  // shipper that died) fills the pipe and every log line then waits forever, signals included. Lines are
  // written asynchronously; past 8 MB unread they are dropped, and a reader gone for good is ignored.
  const destination = pino.destination({
    dest: fd,
    sync: false,
    minLength: 0,
    maxLength: MAX_UNWRITTEN_LOG_BYTES,
    // A full pipe is retried while running (without blocking); at exit it is given up (see releaseLogs).
    retryEAGAIN: () => !releasing,
  });
  destination.on('error', () => {});
  openDestinations.add(destination);
  return pino(base, destination);
}
