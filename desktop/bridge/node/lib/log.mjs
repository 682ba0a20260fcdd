// Logging. stdout belongs to the wire, so every log line goes to stderr; the few lines the app should
// keep (auth recovery, wipes) are also sent as `log` events. Libraries that print with console.*
// (libsignal prints whole session records, private keys included, when a session is replaced) are
// routed here too, and key material is withheld from every line.

import { inspect } from 'node:util';

const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60 };

function describe(value) {
  return typeof value === 'string' ? value : inspect(value, { depth: 3, breakLength: Infinity });
}

// Words that only appear in dumps of Signal session records and key pairs (libsignal's SessionEntry:
// registrationId, currentRatchet.rootKey, ephemeralKeyPair.privKey, _chains[].chainKey).
const KEY_MATERIAL = /SessionEntry|privKey|rootKey|chainKey|registrationId|ephemeralKeyPair|baseKey/;

/** The line with everything from the first piece of key material on withheld. */
export function withholdKeyMaterial(text) {
  const match = KEY_MATERIAL.exec(text);
  if (!match) return text;
  // Cut where the dump begins (its opening brace or the object's name), keeping the words before it.
  const head = text.slice(0, match.index);
  const brace = head.indexOf('{');
  const kept = (brace === -1 ? head : head.slice(0, brace)).trimEnd();
  return `${kept} [session record withheld]`;
}

/** The bridge's own logger. `report` also tells the app through a `log` event. */
export function createLog({ stream = process.stderr, wire = null } = {}) {
  const write = (level, text) => stream.write(`bridge ${level}: ${withholdKeyMaterial(text)}\n`);
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

/** The Baileys log level a technician asked for (`AI_ADMIN_BAILEYS_LOG`), or the quiet default. */
export function baileysLogLevel(requested) {
  const level = String(requested ?? '').trim().toLowerCase();
  return Object.hasOwn(LEVELS, level) ? level : 'warn';
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
      const text = `${context} ${parts.filter((p) => p !== undefined).map(describe).join(' ')}`;
      stream.write(`baileys ${name}:${withholdKeyMaterial(text)}\n`);
    };
  }
  return logger;
}

// console method -> level of the bridge's log
const CONSOLE_LEVELS = { log: 'info', info: 'info', debug: 'debug', trace: 'debug', warn: 'warn', error: 'error' };

/**
 * Replaces console.log/info/debug/trace/warn/error with writes to `log` (stderr, key material
 * withheld), so nothing a library prints can reach stdout, the wire. Returns a function that puts
 * the originals back (for tests).
 */
export function routeConsoleToLog(log, target = console) {
  const originals = {};
  for (const [method, level] of Object.entries(CONSOLE_LEVELS)) {
    originals[method] = target[method];
    target[method] = (...args) => log[level](`console: ${args.map(describe).join(' ')}`);
  }
  return () => Object.assign(target, originals);
}
