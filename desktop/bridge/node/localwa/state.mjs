// The server's durable state: one JSON file in the state dir, rewritten atomically (write a temp file,
// fsync, rename), so a restarted server knows its keys, the accounts and their linked devices, the
// devices' prekeys, the customers' Signal sessions and the undelivered messages. Changes made in one
// turn of the event loop are written together; control.mjs flushes before it answers a command, so
// what a result reports is on disk.

import fs from 'node:fs';
import path from 'node:path';
import { BufferJSON, Curve } from 'baileys';

const FILE = 'state.json';
export const STATE_VERSION = 1;

function freshState() {
  return {
    version: STATE_VERSION,
    server: {
      staticKey: Curve.generateKeyPair(),
      rootKey: Curve.generateKeyPair(),
      intermediateKey: Curve.generateKeyPair()
    },
    accounts: {}, // phone digits -> { phone, lid, accountKey, nextDevice, nextKeyIndex }
    devices: {}, // device jid -> { jid, lid, phone, device, noiseKey, registrationId, identityKey, signedPreKey, preKeys }
    peers: {}, // Signal identities of customers and of the shop's phones: jid user -> {...}
    phones: {}, // the shops' phones as Signal senders (history sync, staff typing): phone digits -> {...}
    historyPlan: null, // what history.set asked for, used by the next link
    queue: {}, // device jid -> stanzas waiting for that device to log in
    unacked: {}, // device jid -> { message id: stanza } sent but not yet acknowledged by that device
    recent: [] // the last customer messages, for customer.redeliver
  };
}

export class StateStore {
  constructor(dir) {
    this.dir = dir;
    this.file = path.join(dir, FILE);
    this.data = null;
  }

  /** Reads the state, or creates it (and the dir, mode 0700) on first start. */
  load() {
    fs.mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    if (fs.existsSync(this.file)) {
      let data;
      try {
        data = JSON.parse(fs.readFileSync(this.file, 'utf8'), BufferJSON.reviver);
      } catch (error) {
        throw new Error(`state file ${this.file} is not readable JSON (${error.message}); move it away to start afresh`);
      }
      if (data.version !== STATE_VERSION) throw new Error(`state file ${this.file} has version ${data.version}, expected ${STATE_VERSION}`);
      this.data = { ...freshState(), ...data };
    } else {
      this.data = freshState();
      this.flush(true);
    }
    return this.data;
  }

  #dirty = false;

  /** Marks the state changed; it is written at the end of this turn (or by an earlier flush). */
  save() {
    if (this.#dirty) return;
    this.#dirty = true;
    setImmediate(() => this.flush());
  }

  /** Writes the whole state now if it changed; a crash leaves the old or the new file, never half. */
  flush(force = false) {
    if (!this.#dirty && !force) return;
    this.#dirty = false;
    const temp = `${this.file}.${process.pid}.tmp`;
    const fd = fs.openSync(temp, 'w', 0o600);
    try {
      fs.writeSync(fd, JSON.stringify(this.data, BufferJSON.replacer));
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, this.file);
  }
}
