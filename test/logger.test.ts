// No secret reaches a log line: the token in any string or error, and any field named like a secret.
import { describe, expect, it } from 'vitest';
import { BOT_TOKEN_PATTERN, createLogger, maskSecrets } from '../src/logger.js';
import { LogCapture } from './support/harness.js';

describe('the logger', () => {
  it('redacts secret-shaped fields at any depth, as a failed setWebhook request carries them', () => {
    const logs = new LogCapture();
    const logger = createLogger({ level: 'info', destination: logs });
    const secret = 'webhook-secret-value-0123456789';
    const err = Object.assign(new Error('Call to setWebhook failed'), {
      method: 'setWebhook',
      payload: { url: 'http://bot.example.org', secret_token: secret, allowed_updates: ['message'] },
    });
    logger.fatal({ err, config: { WEBHOOK_SECRET: secret, nested: { api_secret: secret, token: secret } } }, 'could not start');
    expect(logs.text).toContain('setWebhook');
    expect(logs.text).not.toContain(secret);
  });

  it('masks every token the configuration accepts, short ones too', () => {
    const short = '1:abcdefghijklmnopqrstu';
    expect(BOT_TOKEN_PATTERN.test(short)).toBe(true);
    expect(maskSecrets(`https://api.telegram.org/bot${short}/getMe`)).toBe('https://api.telegram.org/bot<token>/getMe');
    const logs = new LogCapture();
    createLogger({ level: 'info', destination: logs }).error({ err: new Error(`fetch failed for bot${short}`) }, 'x');
    expect(logs.text).not.toContain('abcdefghijklmnopqrstu');
  });

  it('masks the password of a database URL, in strings, errors and fields, whatever it holds', () => {
    const password = 's3cr/et:p@ss';
    const url = `postgres://bot:${password}@db.internal:5432/notice`;
    expect(maskSecrets(url)).toBe('postgres://bot:<password>@db.internal:5432/notice');
    expect(maskSecrets('postgresql://bot:hunter2@db/x failed')).toBe('postgresql://bot:<password>@db/x failed');
    expect(maskSecrets('postgres://db/notice?user=bot&password=hunter2&sslmode=require')).toBe(
      'postgres://db/notice?user=bot&password=<password>&sslmode=require',
    );
    // Nothing to mask: no password, or no URL.
    expect(maskSecrets('postgres://root@127.0.0.1:5432/test')).toBe('postgres://root@127.0.0.1:5432/test');
    expect(maskSecrets('https://api.telegram.org/getMe')).toBe('https://api.telegram.org/getMe');
    const logs = new LogCapture();
    const logger = createLogger({ level: 'info', destination: logs });
    logger.error({ err: new Error(`cannot open the database at ${url}: connect ECONNREFUSED`), DATABASE_URL: url, db: { password } }, `store ${url}`);
    logger.info(`using ${url}`);
    expect(logs.text).toContain('postgres://bot:<password>@db.internal:5432/notice');
    expect(logs.text).not.toContain('s3cr');
    expect(logs.text).not.toContain('hunter2');
  });
});
