// The JSON Lines wire (docs/bridge-protocol.md): splitting stdin into lines, turning a line into a
// validated command, and writing results and events to stdout.

import { isE164, isJid, phoneToJid } from './jids.mjs';

export const PROTOCOL_VERSION = 1;

// WhatsApp caps a text message at 65,536 characters; with JSON escaping a legitimate command stays
// far below 1 MiB, so anything longer is a runaway writer, not a message.
export const MAX_LINE_BYTES = 1024 * 1024;
export const MAX_TEXT_CHARS = 65536;

/** A failure with a code from the protocol's error table; the dispatcher answers it as `ok: false`. */
export class CommandError extends Error {
  /** `details`: extra fields of the error object on the wire (e.g. `status` of `send_refused`). */
  constructor(code, message, id = null, details = {}) {
    super(message);
    this.code = code;
    this.id = id;
    this.details = details;
  }
}

/**
 * Splits a byte stream into lines without ever holding more than `maxBytes` of one line: a longer
 * line is reported once through `onOverflow` and skipped up to its newline.
 */
export class LineSplitter {
  #pending = [];
  #pendingBytes = 0;
  #skipping = false;

  constructor({ onLine, onOverflow, maxBytes = MAX_LINE_BYTES }) {
    this.onLine = onLine;
    this.onOverflow = onOverflow;
    this.maxBytes = maxBytes;
  }

  push(chunk) {
    let start = 0;
    while (start < chunk.length) {
      const newline = chunk.indexOf(0x0a, start);
      const end = newline === -1 ? chunk.length : newline;
      this.#collect(chunk.subarray(start, end));
      if (newline === -1) return;
      this.#finishLine();
      start = newline + 1;
    }
  }

  /** Called when the stream ends: a last line without a newline still counts. */
  end() {
    if (this.#pendingBytes > 0 || this.#skipping) this.#finishLine();
  }

  #collect(piece) {
    if (this.#skipping || piece.length === 0) return;
    if (this.#pendingBytes + piece.length > this.maxBytes) {
      const head = Buffer.concat([...this.#pending, piece]).subarray(0, 200).toString('utf8');
      this.#pending = [];
      this.#pendingBytes = 0;
      this.#skipping = true;
      this.onOverflow(head);
      return;
    }
    this.#pending.push(piece);
    this.#pendingBytes += piece.length;
  }

  #finishLine() {
    const wasSkipping = this.#skipping;
    const line = Buffer.concat(this.#pending).toString('utf8').replace(/\r$/, '');
    this.#pending = [];
    this.#pendingBytes = 0;
    this.#skipping = false;
    if (!wasSkipping && line.trim() !== '') this.onLine(line);
  }
}

// --- argument checks: each returns the normalised value or throws bad_argument naming the field ---

function badArgument(message) {
  return new CommandError('bad_argument', message);
}

function optional(check) {
  const wrapped = (value, name) => (value === undefined || value === null ? undefined : check(value, name));
  wrapped.optional = true;
  return wrapped;
}

function string(value, name) {
  if (typeof value !== 'string') throw badArgument(`${name} must be a string`);
  return value;
}

function boolean(value, name) {
  if (typeof value !== 'boolean') throw badArgument(`${name} must be true or false`);
  return value;
}

function positiveInteger(value, name) {
  if (!Number.isSafeInteger(value) || value <= 0) throw badArgument(`${name} must be a positive integer`);
  return value;
}

function oneOf(...choices) {
  return (value, name) => {
    if (!choices.includes(value)) throw badArgument(`${name} must be one of: ${choices.join(', ')}`);
    return value;
  };
}

/** `to`: a JID, or an E.164 phone that becomes the customer's user JID. */
function recipient(value, name) {
  string(value, name);
  if (isE164(value)) return phoneToJid(value);
  if (isJid(value)) return value;
  throw badArgument(`${name} must be a WhatsApp JID or an E.164 phone number like +15551234567`);
}

function e164(value, name) {
  if (typeof value !== 'string' || !isE164(value)) {
    throw badArgument(`${name} must be an E.164 phone number like +15551234567`);
  }
  return value;
}

function jidOn(server) {
  return (value, name) => {
    if (typeof value !== 'string' || !isJid(value) || !value.endsWith(`@${server}`)) {
      throw badArgument(`${name} must be a JID ending in @${server}`);
    }
    return value;
  };
}

function messageText(value, name) {
  string(value, name);
  if (value.length === 0) throw badArgument(`${name} must not be empty`);
  if (value.length > MAX_TEXT_CHARS) throw badArgument(`${name} is longer than ${MAX_TEXT_CHARS} characters`);
  return value;
}

/** Our message ids travel to WhatsApp as the message's own id, so keep them to a safe alphabet. */
function messageId(value, name) {
  if (typeof value !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(value)) {
    throw badArgument(`${name} must be 1-64 letters, digits, '-' or '_'`);
  }
  return value;
}

function pairingPhone(value, name) {
  if (typeof value !== 'string' || !/^[1-9][0-9]{6,14}$/.test(value)) {
    throw badArgument(`${name} must be the phone's digits with country code and no '+', like 15551234567`);
  }
  return value;
}

function readKeys(value, name) {
  if (!Array.isArray(value) || value.length === 0) throw badArgument(`${name} must be a non-empty list`);
  return value.map((key, i) => {
    if (typeof key !== 'object' || key === null || Array.isArray(key)) {
      throw badArgument(`${name}[${i}] must be an object with chat and id`);
    }
    return {
      chat: recipient(key.chat, `${name}[${i}].chat`),
      id: string(key.id, `${name}[${i}].id`),
      participant: optional(recipient)(key.participant, `${name}[${i}].participant`),
    };
  });
}

function lidOption(value, name) {
  if (typeof value === 'boolean') return value;
  return jidOn('lid')(value, name);
}

function mediaKind(value, name) {
  if (typeof value !== 'string' || !/^[a-z][a-zA-Z]{0,31}$/.test(value)) {
    throw badArgument(`${name} must be a media kind such as image, audio, video, sticker, document`);
  }
  return value;
}

const COMMANDS = {
  start: {},
  stop: {},
  send_text: {
    to: recipient,
    text: messageText,
    message_id: messageId,
    timeout_ms: optional(positiveInteger),
  },
  presence: {
    to: optional(recipient),
    state: oneOf('composing', 'paused', 'available', 'unavailable'),
  },
  read: { keys: readKeys },
  pairing_code: { phone: pairingPhone },
  logout: {},
  status: {},
  shutdown: {},
  'sim.scan': {},
  'sim.incoming': {
    from: e164,
    name: optional(string),
    text: optional(messageText),
    media: optional(mediaKind),
    message_id: optional(messageId),
    from_me: optional(boolean),
    lid: optional(lidOption),
    group: optional(jidOn('g.us')),
    broadcast: optional(boolean),
    type: optional(oneOf('notify', 'append')),
    timestamp: optional(positiveInteger),
  },
  'sim.fault': {
    fault: oneOf('disconnect', 'logout', 'replaced', 'banned', 'send_timeout', 'send_error', 'garbage',
      'crash', 'redeliver'),
    code: optional(positiveInteger),
    count: optional(positiveInteger),
  },
};

// Checks that need more than one field at a time.
const CROSS_CHECKS = {
  presence: (args) => {
    if ((args.state === 'composing' || args.state === 'paused') && args.to === undefined) {
      throw badArgument(`to is required for ${args.state}`);
    }
  },
  'sim.incoming': (args) => {
    if (args.text === undefined && args.media === undefined) throw badArgument('text or media is required');
  },
};

/** Finds the id of a line that is not valid JSON, so the sender can still get an answer. */
function salvageId(line) {
  const match = /"id"\s*:\s*"([^"\\]{1,200})"/.exec(line);
  return match ? match[1] : null;
}

function isValidId(id) {
  return typeof id === 'string' && id.length > 0 && id.length <= 200;
}

/**
 * Turns one line into `{id, cmd, args}` with normalised arguments, or throws a CommandError whose
 * `id` is set when the line carried a usable one (null means: answer with `protocol_error`).
 */
export function parseCommand(line) {
  let message;
  try {
    message = JSON.parse(line);
  } catch (err) {
    throw new CommandError('bad_json', `the line is not JSON: ${err.message}`, salvageId(line));
  }
  if (typeof message !== 'object' || message === null || Array.isArray(message)) {
    throw new CommandError('bad_command', 'a command must be a JSON object');
  }
  if (!isValidId(message.id)) {
    throw new CommandError('bad_command', 'the command has no id (a non-empty string of at most 200 characters)');
  }
  const { id, cmd } = message;
  if (typeof cmd !== 'string') throw new CommandError('bad_command', 'the command has no cmd', id);
  const fields = Object.hasOwn(COMMANDS, cmd) ? COMMANDS[cmd] : null;
  if (fields === null) throw new CommandError('bad_command', `unknown command: ${cmd}`, id);

  const args = {};
  try {
    for (const [name, check] of Object.entries(fields)) {
      const value = message[name];
      if (value === undefined && !check.optional) throw badArgument(`${name} is required`);
      const normalised = check(value, name);
      if (normalised !== undefined) args[name] = normalised;
    }
    CROSS_CHECKS[cmd]?.(args);
  } catch (err) {
    err.id = id;
    throw err;
  }
  return { id, cmd, args };
}

/** Writes results and events as single JSON lines; the only code that touches stdout. */
export class WireWriter {
  constructor(stream) {
    this.stream = stream;
  }

  event(name, fields = {}) {
    this.#write({ event: name, ...fields });
  }

  ok(id, result = {}) {
    this.#write({ id, ok: true, result });
  }

  error(id, code, message, details = {}) {
    this.#write({ id, ok: false, error: { ...details, code, message } });
  }

  protocolError(code, message, line) {
    this.event('protocol_error', { code, message, line: line.slice(0, 200) });
  }

  /** Writes text as is; only the simulator's `garbage` fault uses it, to test the reader's defences. */
  raw(text) {
    this.stream.write(text);
  }

  /**
   * Resolves once everything written so far has been handed to the OS (before exiting), or after
   * `ms` when the reader is gone and the write can never complete.
   */
  flush(ms = 1000) {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      if (this.stream.destroyed || this.stream.writableEnded) done();
      else this.stream.write('', done);
    });
  }

  #write(message) {
    this.stream.write(`${JSON.stringify(message)}\n`);
  }
}
