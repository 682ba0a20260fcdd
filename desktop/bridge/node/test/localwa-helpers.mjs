// Shared by the localwa-*.test.mjs files: the local WhatsApp server as a subprocess with its
// control channel, and real Baileys sockets pointed at it. Not a test itself.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import makeWASocket, { useMultiFileAuthState, Browsers } from 'baileys';

// Baileys leaves timers behind a closed socket (a 30 s prekey-upload race, 60 s query timeouts) that
// would hold every test file open half a minute after its last test. In these test processes timers
// do not keep Node alive; the sockets and the server's pipes do, for as long as a test needs them.
const plainSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = (...args) => {
  const timer = plainSetTimeout(...args);
  timer?.unref?.();
  return timer;
};

const here = path.dirname(fileURLToPath(import.meta.url));
export const SERVER = path.join(here, '..', 'localwa', 'server.mjs');

const madeDirs = [];
process.on('exit', () => {
  for (const dir of madeDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder under the OS temp dir, removed when the test process exits. */
export function tempDir(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `localwa-${prefix}-`));
  madeDirs.push(dir);
  return dir;
}

/** Resolves when `predicate(item)` holds for an item pushed to `list`, or rejects after `ms`. */
function waitIn(list, waiters, predicate, ms, what) {
  const found = list.find(predicate);
  if (found) return Promise.resolve(found);
  return new Promise((resolve, reject) => {
    const waiter = { predicate, resolve: (item) => { clearTimeout(timer); resolve(item); } };
    const timer = setTimeout(() => {
      waiters.delete(waiter);
      reject(new Error(`timed out after ${ms} ms waiting for ${what}`));
    }, ms);
    waiters.add(waiter);
  });
}

function deliver(list, waiters, item) {
  list.push(item);
  for (const waiter of [...waiters]) {
    if (waiter.predicate(item)) {
      waiters.delete(waiter);
      waiter.resolve(item);
    }
  }
}

/** The server subprocess: `command(cmd, args)`, `events`, `waitEvent(name, predicate)`. */
export class LocalServer {
  events = [];
  #eventWaiters = new Set();
  #pending = new Map();
  #nextId = 1;
  stderr = '';

  static async start(stateDir = tempDir('state')) {
    const server = new LocalServer(stateDir);
    server.ready = await server.waitEvent('ready', () => true, 10000);
    return server;
  }

  constructor(stateDir) {
    this.stateDir = stateDir;
    this.child = spawn(process.execPath, [SERVER, '--state-dir', stateDir], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
    let buffer = '';
    this.child.stdout.on('data', (chunk) => {
      buffer += chunk;
      let newline;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        this.#onLine(JSON.parse(line));
      }
    });
    this.child.stderr.on('data', (chunk) => { this.stderr += chunk; });
  }

  get url() {
    return this.ready.url;
  }

  #onLine(message) {
    if (message.event) {
      deliver(this.events, this.#eventWaiters, message);
      return;
    }
    const pending = this.#pending.get(message.id);
    if (pending) {
      this.#pending.delete(message.id);
      pending(message);
    }
  }

  /** Sends a command; resolves with the whole result line (`ok`, `result` or `error`). */
  send(cmd, args = {}, ms = 20000) {
    const id = String(this.#nextId++);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer to ${cmd} in ${ms} ms`)), ms);
      this.#pending.set(id, (message) => { clearTimeout(timer); resolve(message); });
      this.child.stdin.write(`${JSON.stringify({ id, cmd, ...args })}\n`);
    });
  }

  /** Sends a command and returns its result, throwing on `ok: false`. */
  async command(cmd, args = {}, ms) {
    const answer = await this.send(cmd, args, ms);
    if (!answer.ok) throw new Error(`${cmd} failed: ${answer.error.code}: ${answer.error.message}`);
    return answer.result;
  }

  waitEvent(name, predicate = () => true, ms = 15000) {
    return waitIn(this.events, this.#eventWaiters, (e) => e.event === name && predicate(e), ms, `event ${name}`);
  }

  async stop() {
    if (this.child.exitCode !== null) return this.child.exitCode;
    this.child.stdin.end();
    return this.exited;
  }
}

/**
 * A real Baileys socket on a folder of credentials. `updates` collects connection.update events,
 * `upserts` the messages.upsert messages (with the upsert type), `statuses` messages.update statuses.
 */
export class Companion {
  updates = [];
  upserts = [];
  statuses = [];
  histories = [];
  lidMappings = [];
  #waiters = { updates: new Set(), upserts: new Set(), statuses: new Set(), histories: new Set(), lidMappings: new Set() };

  constructor(url, authDir, options = {}) {
    this.url = url;
    this.authDir = authDir;
    this.options = options;
  }

  async connect() {
    const { state, saveCreds } = await useMultiFileAuthState(this.authDir);
    this.state = state;
    const sock = makeWASocket({
      waWebSocketUrl: this.url,
      auth: state,
      logger: pino({ level: 'silent' }),
      markOnlineOnConnect: false,
      browser: Browsers.ubuntu('Chrome'),
      connectTimeoutMs: 10000,
      ...this.options
    });
    this.sock = sock;
    this.saving = Promise.resolve();
    sock.ev.on('creds.update', (update) => {
      this.saving = this.saving.then(saveCreds);
      deliver(this.updates, this.#waiters.updates, { creds: update, sock });
    });
    sock.ev.on('connection.update', (update) => deliver(this.updates, this.#waiters.updates, { ...update, sock }));
    sock.ev.on('messages.upsert', ({ messages, type }) => {
      for (const message of messages) {
        deliver(this.upserts, this.#waiters.upserts, { ...message, upsertType: type });
        // while Baileys buffers events, a receipt for a message sent in the same window is merged
        // into that message's upsert instead of coming as messages.update
        if (message.key.fromMe && typeof message.status === 'number') deliver(this.statuses, this.#waiters.statuses, { id: message.key.id, status: message.status, merged: true });
      }
    });
    sock.ev.on('messaging-history.set', (history) => deliver(this.histories, this.#waiters.histories, history));
    sock.ev.on('lid-mapping.update', (mapping) => deliver(this.lidMappings, this.#waiters.lidMappings, mapping));
    sock.ev.on('messages.update', (updates) => {
      for (const update of updates) if (typeof update.update?.status === 'number') deliver(this.statuses, this.#waiters.statuses, { id: update.key.id, status: update.update.status });
    });
    return sock;
  }

  waitUpdate(predicate, ms = 15000, what = 'connection.update') {
    return waitIn(this.updates, this.#waiters.updates, predicate, ms, what);
  }

  /** The QR of the current socket. */
  async qr() {
    const sock = this.sock;
    return (await this.waitUpdate((u) => u.sock === sock && u.qr, 15000, 'a QR')).qr;
  }

  /** Resolves with the status code the current socket closed with. */
  async closed(ms = 15000) {
    const sock = this.sock;
    const update = await this.waitUpdate((u) => u.sock === sock && u.connection === 'close', ms, 'connection close');
    return update.lastDisconnect?.error?.output?.statusCode;
  }

  async opened(ms = 15000) {
    const sock = this.sock;
    return this.waitUpdate((u) => u.sock === sock && u.connection === 'open', ms, 'connection open');
  }

  waitUpsert(predicate, ms = 15000) {
    return waitIn(this.upserts, this.#waiters.upserts, predicate, ms, 'messages.upsert');
  }

  waitHistory(predicate = () => true, ms = 15000) {
    return waitIn(this.histories, this.#waiters.histories, predicate, ms, 'messaging-history.set');
  }

  waitLidMapping(predicate, ms = 15000) {
    return waitIn(this.lidMappings, this.#waiters.lidMappings, predicate, ms, 'lid-mapping.update');
  }

  waitStatus(predicate, ms = 15000) {
    return waitIn(this.statuses, this.#waiters.statuses, predicate, ms, 'messages.update status');
  }

  end() {
    try { this.sock?.end(undefined); } catch { /* already closed */ }
  }
}

/** Links a new companion by QR and logs it in again after the 515: resolves with it, open. */
export async function linkByQr(server, { phone = '+15550100200', authDir = tempDir('auth'), options } = {}) {
  const companion = new Companion(server.url, authDir, options);
  await companion.connect();
  const qr = await companion.qr();
  const linked = await server.command('phone.scan', { qr, phone });
  const code = await companion.closed();
  await companion.saving;
  if (code !== 515) throw new Error(`expected the restart 515 after linking, got ${code}`);
  await companion.connect();
  await companion.opened();
  // the first login ends with the history sync and app state sync; until Baileys counts it done
  // (accountSyncCounter), every later login of these credentials would wait 20 s for a history
  const sock = companion.sock;
  if (!companion.state.creds.accountSyncCounter) {
    await companion.waitUpdate((u) => u.sock === sock && u.creds?.accountSyncCounter > 0, 15000, 'the initial sync');
  }
  await companion.saving;
  return { companion, linked };
}
