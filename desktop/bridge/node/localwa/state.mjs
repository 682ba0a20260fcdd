// The server's durable state: one JSON file in the state dir, rewritten atomically (write a temp file,
// fsync, rename) after every change, so a restarted server knows its keys, the accounts and their
// linked devices, the devices' prekeys, the customers' Signal sessions and the undelivered messages.

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
      const data = JSON.parse(fs.readFileSync(this.file, 'utf8'), BufferJSON.reviver);
      if (data.version !== STATE_VERSION) throw new Error(`state file ${this.file} has version ${data.version}, expected ${STATE_VERSION}`);
      this.data = { ...freshState(), ...data };
    } else {
      this.data = freshState();
      this.save();
    }
    return this.data;
  }

  /** Writes the whole state atomically; a crash leaves either the old or the new file, never half. */
  save() {
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
