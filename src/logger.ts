/**
 * Logs through pino, as JSON lines on stderr (stdout stays free for the local chat). The token is
 * redacted wherever it could appear, and scrubbed from free text as a last resort.
 */
import { type Logger, pino } from 'pino';
import type { LogLevel } from './config.ts';

export type { Logger };

const REDACT = [
  'token',
  '*.token',
  'discordToken',
  '*.discordToken',
  'DISCORD_TOKEN',
  '*.DISCORD_TOKEN',
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
];

export interface LoggerOptions {
  level: LogLevel;
  /** Any occurrence of these strings in a message is replaced (the token, once known). */
  secrets?: readonly string[];
  /** Where to write; stderr when absent. */
  destination?: NodeJS.WritableStream | number;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function createLogger(options: LoggerOptions): Logger {
  const secrets = (options.secrets ?? []).filter((s) => s.length >= 8);
  const scrub = secrets.length ? new RegExp(secrets.map(escapeRegExp).join('|'), 'g') : undefined;
  const dest = options.destination ?? 2;
  return pino(
    {
      name: 'article-bot',
      level: options.level,
      base: undefined,
      redact: { paths: REDACT, censor: '[redacted]' },
      hooks: scrub
        ? {
            // Error messages from libraries can carry the token (a URL, a header dump): scrub every string argument.
            logMethod(args, method) {
              method.apply(
                this,
                args.map((a) => (typeof a === 'string' ? a.replace(scrub, '[redacted]') : a)) as Parameters<
                  typeof method
                >,
              );
            },
          }
        : {},
      serializers: {
        err: (err: unknown) => {
          const out = pino.stdSerializers.err(err as Error);
          if (scrub) {
            out.message = out.message.replace(scrub, '[redacted]');
            if (out.stack) out.stack = out.stack.replace(scrub, '[redacted]');
          }
          return out;
        },
      },
    },
    // Synchronous: the last lines before an exit are not lost; a bot logs a few lines per question at most.
    typeof dest === 'number' ? pino.destination({ dest, sync: true }) : dest,
  );
}
