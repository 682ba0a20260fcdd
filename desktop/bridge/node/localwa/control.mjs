// The control channel: JSON Lines commands on stdin, one result line each, events on stdout
// (docs/local-whatsapp.md). Argument checks live here; the work is done by whatsapp.mjs and
// server.mjs.

import { LineSplitter, WireWriter } from '../lib/wire.mjs';
import { DISCONNECT_CODES } from './faults.mjs';
import { ServerError } from './whatsapp.mjs';

const E164 = /^\+[1-9]\d{6,14}$/;
const bad = (message) => new ServerError('bad_argument', message);

const check = {
  string: (v, name) => { if (typeof v !== 'string' || v === '') throw bad(`${name} must be a non-empty string`); return v; },
  phone: (v, name) => { if (typeof v !== 'string' || !E164.test(v)) throw bad(`${name} must be an E.164 phone number like +15551234567`); return v; },
  bool: (v, name) => { if (typeof v !== 'boolean') throw bad(`${name} must be true or false`); return v; },
  count: (v, name) => { if (!Number.isSafeInteger(v) || v < 1) throw bad(`${name} must be a positive integer`); return v; },
  ms: (v, name) => { if (!Number.isSafeInteger(v) || v < 0 || v > 600000) throw bad(`${name} must be 0..600000 ms`); return v; },
  lid: (v, name) => { if (v !== true && !(typeof v === 'string' && /^\d{6,20}(@lid)?$/.test(v))) throw bad(`${name} must be true or a LID like 123456789@lid`); return v; },
  oneOf: (...choices) => (v, name) => { if (!choices.includes(v)) throw bad(`${name} must be one of: ${choices.join(', ')}`); return v; }
};

/** Picks and checks the named arguments; `?` marks an optional one. */
function args(command, spec) {
  const out = {};
  for (const [key, validate] of Object.entries(spec)) {
    const optional = key.endsWith('?');
    const name = optional ? key.slice(0, -1) : key;
    const value = command[name];
    if (value === undefined || value === null) {
      if (!optional) throw bad(`${name} is required`);
      continue;
    }
    out[name] = validate(value, name);
  }
  return out;
}

/** The command table: name -> (command, server) => result (or a promise of it). */
export function commandTable() {
  return {
    'phone.scan': (c, s) => s.whatsapp.scan(args(c, { qr: check.string, 'phone?': check.phone, 'lid?': check.lid })),
    'phone.enter_code': (c, s) => s.whatsapp.enterCode(args(c, { code: check.string, phone: check.phone })),
    'phone.logout': (c, s) => s.whatsapp.logout(args(c, { 'phone?': check.phone })),
    'customer.send': (c, s) => {
      const a = args(c, {
        from: check.phone, 'lid?': check.lid, 'name?': check.string, 'text?': (v, n) => { if (typeof v !== 'string') throw bad(`${n} must be a string`); return v; },
        'media?': check.oneOf('image', 'audio', 'video', 'document', 'sticker', 'location', 'contact', 'unknown'), 'message_id?': check.string,
        'offline?': check.bool, 'undecryptable?': check.bool, 'shop?': check.phone, 'addressing?': check.oneOf('pn', 'lid', 'lid_only')
      });
      if (a.text === undefined && !a.media) throw bad('customer.send needs text or media');
      return s.whatsapp.customerSend(a);
    },
    'phone.type': (c, s) => s.whatsapp.phoneType(args(c, { to: check.phone, text: check.string, 'phone?': check.phone })),
    'history.set': (c, s) => s.whatsapp.setHistory(args(c, {
      messages: (v, n) => { if (!Number.isSafeInteger(v) || v < 0 || v > 100000) throw bad(`${n} must be 0..100000`); return v; },
      'lid_share?': (v, n) => { if (typeof v !== 'number' || v < 0 || v > 1) throw bad(`${n} must be between 0 and 1`); return v; },
      'days?': check.count
    })),
    'lid.map': (c, s) => s.whatsapp.lidMap(args(c, { phone: check.phone, lid: (v, n) => { if (typeof v !== 'string' || !/^\d{6,20}(@lid)?$/.test(v)) throw bad(`${n} must be a LID like 123456789@lid`); return v; }, 'shop?': check.phone })),
    'customer.redeliver': (c, s) => s.whatsapp.redeliver(args(c, { count: check.count, 'shop?': check.phone })),
    'customer.receipt': (c, s) => s.whatsapp.receipt(args(c, { message_id: check.string, type: check.oneOf('delivery', 'read') })),
    fault: (c, s) => s.fault(c),
    config: (c, s) => {
      const a = args(c, { 'auto_receipts?': check.bool, 'receipt_delay_ms?': check.ms });
      if (a.auto_receipts !== undefined) s.whatsapp.config.autoReceipts = a.auto_receipts;
      if (a.receipt_delay_ms !== undefined) s.whatsapp.config.receiptDelayMs = a.receipt_delay_ms;
      return {};
    },
    state: (c, s) => s.whatsapp.describe(),
    shutdown: (c, s) => { setImmediate(() => s.shutdown(0)); return {}; }
  };
}

/** Checks a `fault` command; returns the normalised fault for server.mjs to apply. */
export function parseFault(command) {
  const { fault } = args(command, { fault: check.oneOf('disconnect', 'drop_pings', 'refuse', 'upgrade_error', 'slow_queries', 'drop_queries', 'refuse_send', 'hold_acks', 'drop_receipts') });
  switch (fault) {
    case 'disconnect': return { fault, ...args(command, { code: check.oneOf(...DISCONNECT_CODES) }) };
    case 'drop_pings': case 'refuse': case 'drop_receipts': return { fault, on: command.on === undefined ? true : check.bool(command.on, 'on') };
    case 'upgrade_error': return { fault, status: command.status === undefined ? 403 : check.oneOf(400, 401, 403, 404, 426, 429, 500, 502, 503)(command.status, 'status'), on: command.on === undefined ? true : check.bool(command.on, 'on') };
    case 'slow_queries': return { fault, ...args(command, { ms: check.ms, 'xmlns?': check.string }) };
    case 'drop_queries': return { fault, on: command.on === undefined ? true : check.bool(command.on, 'on'), ...args(command, { 'xmlns?': check.string }) };
    case 'refuse_send': return { fault, ...args(command, { count: check.count }), code: command.code === undefined ? 463 : check.count(command.code, 'code') };
    case 'hold_acks': return { fault, ...args(command, { count: check.count }) };
    default: throw bad(`unknown fault ${fault}`);
  }
}

/** Reads commands from `input`, answers each on `output`. Calls `onEnd` when input closes. */
export function startControl({ input, output, server, onEnd }) {
  const wire = new WireWriter(output);
  const table = commandTable();
  const run = async (line) => {
    let command;
    try {
      command = JSON.parse(line);
    } catch {
      wire.event('error', { code: 'bad_json', message: `not JSON: ${line.slice(0, 200)}` });
      return;
    }
    const id = typeof command?.id === 'string' ? command.id : null;
    if (id === null) {
      wire.event('error', { code: 'bad_command', message: 'a command needs a string id' });
      return;
    }
    const handler = table[command.cmd];
    if (!handler) {
      wire.error(id, 'unknown_command', `unknown command ${JSON.stringify(command.cmd)}`);
      return;
    }
    try {
      const result = (await handler(command, server)) ?? {};
      server.whatsapp.store.flush(); // what the result reports is on disk before it is reported
      wire.ok(id, result);
    } catch (error) {
      if (error instanceof ServerError) wire.error(id, error.code, error.message);
      else wire.error(id, 'internal', String(error?.stack || error));
    }
  };
  const splitter = new LineSplitter({
    onLine: (line) => { run(line); },
    onOverflow: () => wire.event('error', { code: 'line_too_long', message: 'a command line was longer than 1 MiB' })
  });
  input.on('data', (chunk) => splitter.push(chunk));
  input.on('end', () => { splitter.end(); onEnd(); });
  return wire;
}
