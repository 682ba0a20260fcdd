// The messages this bridge sent, kept in the auth folder. A customer's phone that could not decrypt
// one of them asks for it again (Baileys' getMessage), possibly after the bridge restarted; the echo
// of a send is recognised as ours by its id. Bounded, written atomically, and wiped with the
// credentials on logout (it lives in the same folder).

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './auth-state.mjs';

export const SENT_LOG_FILE = 'sent-log.json';
const DEFAULT_LIMIT = 1000;

/** Our message id -> the message content Baileys sent, oldest dropped first beyond `limit`. */
export class SentLog {
  #messages = new Map();
  #writing = null; // the write in progress
  #dirty = false; // changed since that write began

  /** `folder` null keeps the log in memory only (tests, fakes). */
  constructor(folder, { limit = DEFAULT_LIMIT, log } = {}) {
    this.path = folder ? join(folder, SENT_LOG_FILE) : null;
    this.limit = limit;
    this.log = log;
  }

  /** Reads the log left by an earlier run; a damaged file is reported and started afresh. */
  async load() {
    if (!this.path) return;
    let text;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (err) {
      if (err.code !== 'ENOENT') this.log?.warn(`the sent log could not be read (${err.message}); starting it afresh`);
      return;
    }
    try {
      const { messages } = JSON.parse(text);
      for (const [id, content] of messages) if (typeof id === 'string' && content) this.#messages.set(id, content);
    } catch (err) {
      this.log?.warn(`the sent log is damaged (${err.message}); starting it afresh`);
    }
  }

  has(id) {
    return this.#messages.has(id);
  }

  get(id) {
    return this.#messages.get(id);
  }

  /** Remembers a message before it is sent; the file follows in the background (see flush). */
  remember(id, content) {
    this.#messages.delete(id);
    this.#messages.set(id, content);
    while (this.#messages.size > this.limit) this.#messages.delete(this.#messages.keys().next().value);
    this.#schedule();
  }

  /** Resolves once everything remembered so far is on disk. */
  async flush() {
    while (this.#writing) await this.#writing;
  }

  /** Forgets everything (the device was unlinked); waits for a write in progress first. */
  async clear() {
    this.#messages.clear();
    await this.flush();
  }

  // One write at a time; changes made meanwhile are written together by the next one.
  #schedule() {
    if (!this.path) return;
    if (this.#writing) {
      this.#dirty = true;
      return;
    }
    this.#writing = (async () => {
      do {
        this.#dirty = false;
        const text = JSON.stringify({ version: 1, messages: [...this.#messages] });
        try {
          await writeFileAtomic(this.path, text);
        } catch (err) {
          this.log?.warn(`the sent log could not be written: ${err.message}`);
        }
      } while (this.#dirty);
    })().finally(() => {
      this.#writing = null;
    });
  }
}

/**
 * Baileys' CacheStore (get/set/del/flushAll) for its retry counters: how often each message was
 * asked for again. One per adapter, so the count survives reconnects and Baileys' maxMsgRetryCount
 * still stops a retry loop; entries expire after an hour like Baileys' own.
 */
export class RetryCounterCache {
  #entries = new Map(); // key -> {value, expires}

  constructor({ ttlMs = 60 * 60 * 1000, limit = 5000 } = {}) {
    this.ttlMs = ttlMs;
    this.limit = limit;
  }

  get(key) {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= Date.now()) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key, value) {
    this.#entries.delete(key);
    this.#entries.set(key, { value, expires: Date.now() + this.ttlMs });
    while (this.#entries.size > this.limit) this.#entries.delete(this.#entries.keys().next().value);
    return true;
  }

  del(key) {
    this.#entries.delete(key);
  }

  flushAll() {
    this.#entries.clear();
  }
}
