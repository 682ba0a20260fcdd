// Logging. stdout belongs to the wire, so every log line goes to stderr; the few lines the app should
// keep (auth recovery, wipes) are also sent as `log` events.

import { inspect } from 'node:util';

const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60 };

function describe(value) {
  return typeof value === 'string' ? value : inspect(value, { depth: 3, breakLength: Infinity });
}

/** The bridge's own logger. `report` also tells the app through a `log` event. */
export function createLog({ stream = process.stderr, wire = null } = {}) {
  const write = (level, text) => stream.write(`bridge ${level}: ${text}\n`);
  return {
    debug: (text) => write('debug', text),
    info: (text) => write('info', text),
    warn: (text) => write('warn', text),
    error: (text) => write('error', text),
    report(level, text) {
      write(level, text);
      wire?.event('log', { level, msg: text });
    },
  };
}

/**
 * A pino-compatible logger for Baileys (it calls `.child()`, the level methods with pino's
 * `(object, message)` arguments, and reads `.level`). Quiet by default: Baileys is chatty at info.
 */
export function createBaileysLogger({ stream = process.stderr, level = 'warn', bindings = {} } = {}) {
  const threshold = LEVELS[level];
  const context = Object.keys(bindings).length ? ` ${describe(bindings)}` : '';
  const logger = {
    level,
    child: (more) => createBaileysLogger({ stream, level, bindings: { ...bindings, ...more } }),
  };
  for (const [name, value] of Object.entries(LEVELS)) {
    logger[name] = value < threshold ? () => {} : (first, ...rest) => {
      const parts = typeof first === 'string' ? [first, ...rest] : [...rest, first];
      stream.write(`baileys ${name}:${context} ${parts.filter((p) => p !== undefined).map(describe).join(' ')}\n`);
    };
  }
  return logger;
}
