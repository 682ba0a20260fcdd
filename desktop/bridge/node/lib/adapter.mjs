// The adapter between one WhatsApp socket and the wire. The same code drives Baileys' real socket
// and the simulator's: it only uses the surface both share. It never reconnects on its own: after a
// `close` the socket is dropped and the app decides, with the disconnect code, whether to `start`
// again.

import { isLinked } from './auth-state.mjs';
import { isIgnoredChat } from './jids.mjs';
import { describeLidMapping, describeMessage, describeReceipt, isSignalling, toSeconds } from './incoming.mjs';
import { CommandError } from './wire.mjs';

// Baileys keeps only its last few sent messages for retries; a customer's phone that failed to
// decrypt asks again (getMessage) within minutes, and our echo arrives within seconds.
const SENT_MEMORY = 1000;

// Baileys' QR lifetimes (not configurable there without changing both at once).
export const BAILEYS_QR_LIFETIMES = { firstMs: 60000, nextMs: 20000 };

const LOGOUT_TIMEOUT_MS = 10000;

// Node's codes for "the network or WhatsApp's servers cannot be reached".
const NETWORK_ERROR_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'ENETDOWN', 'EHOSTUNREACH',
  'ECONNREFUSED', 'ETIMEDOUT']);

class TimeoutError extends Error {}

/** Resolves like `promise`, or rejects with TimeoutError after `ms`; a late rejection is only logged. */
function withTimeout(promise, ms, log, what) {
  let timer;
  const timeout = new Promise((resolve, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`${what} took longer than ${ms} ms`)), ms);
  });
  promise.catch((err) => log.debug(`${what}: ${err.message}`));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** `{code, message}` of a `close`: the status code Baileys put in the Boom error, and plain words. */
export function describeDisconnect(error) {
  if (!error) return { code: null, message: null };
  const code = error.output?.statusCode ?? null;
  const cause = error.data ?? error.cause ?? error;
  const networkCode = [cause?.code, error.code].find((c) => NETWORK_ERROR_CODES.has(c));
  const message = networkCode
    ? `network unreachable (${networkCode}): ${error.message}`
    : error.message ?? null;
  return { code, message };
}

/** One company's WhatsApp connection, driven by wire commands and reporting through wire events. */
export class WhatsAppAdapter {
  #socket = null;
  #auth = null;
  #starting = false;
  #connection = 'close';
  #qrCount = 0;
  #isNewLogin = false;
  #sent = new Map(); // our message id -> content, for own-send echoes and Baileys' getMessage
  #sendsInFlight = 0;
  #saves = Promise.resolve();
  #reportedAccount = null;
  #wiping = null;

  /**
   * `makeSocket(config)` is Baileys' makeWASocket (with transport settings bound) or the simulator's.
   * `emit(name, fields)` writes an event.
   */
  constructor({ makeSocket, authStore, emit, log, allowGroups = false, sendTimeoutMs = 30000,
    qrLifetimes = BAILEYS_QR_LIFETIMES }) {
    this.makeSocket = makeSocket;
    this.authStore = authStore;
    this.emit = emit;
    this.log = log;
    this.allowGroups = allowGroups;
    this.sendTimeoutMs = sendTimeoutMs;
    this.qrLifetimes = qrLifetimes;
  }

  /** Loads the stored credentials once; the same object then serves every socket, as in Baileys. */
  async init() {
    this.#auth = await this.authStore.load();
    this.#reportedAccount = this.account();
  }

  get connection() {
    return this.#connection;
  }

  get sendsInFlight() {
    return this.#sendsInFlight;
  }

  /** Makes a new socket with the stored credentials; progress comes as `state` and `qr` events. */
  async start() {
    if (this.#socket || this.#starting) throw new CommandError('already_started', 'a WhatsApp socket is already active');
    this.#starting = true;
    try {
      // Credentials saved by the previous socket (e.g. right after linking) must be on disk first,
      // and a wipe after a logout must be complete.
      await this.#saves;
      await this.#wiping;
      const { state, saveCreds } = this.#auth;
      const socket = this.makeSocket({
        auth: state,
        markOnlineOnConnect: false, // otherwise the owner's phone stops showing notifications
        shouldIgnoreJid: (jid) => isIgnoredChat(jid, { allowGroups: this.allowGroups }),
        getMessage: async (key) => this.#sent.get(key.id),
      });
      this.#socket = socket;
      this.#connection = 'connecting';
      this.#qrCount = 0;
      this.#isNewLogin = false;
      this.#listen(socket, saveCreds);
    } finally {
      this.#starting = false;
    }
    return {};
  }

  /** Closes the socket, keeping the credentials. The `close` state event comes before this resolves. */
  async stop() {
    const socket = this.#socket;
    if (!socket) return {};
    await socket.end(undefined);
    this.#drop(socket);
    return {};
  }

  /**
   * Sends a text under our own message id, so a retry after a crash reuses the id and the echo can be
   * recognised as ours.
   */
  async sendText({ to, text, message_id: messageId, timeout_ms: timeoutMs = this.sendTimeoutMs }) {
    const socket = this.#requireOpen();
    // Remembered before sending: the echo can arrive before sendMessage resolves.
    this.#remember(messageId, { extendedTextMessage: { text } });
    this.#sendsInFlight += 1;
    try {
      const sent = await withTimeout(socket.sendMessage(to, { text }, { messageId }), timeoutMs, this.log,
        `send ${messageId}`);
      return { message_id: messageId, timestamp: toSeconds(sent?.messageTimestamp) ?? Math.floor(Date.now() / 1000) };
    } catch (err) {
      if (err instanceof TimeoutError) {
        throw new CommandError('send_timeout', `WhatsApp did not accept the message within ${timeoutMs} ms`);
      }
      throw new CommandError('send_failed', err.message);
    } finally {
      this.#sendsInFlight -= 1;
    }
  }

  /** Shows typing / paused to a customer, or our online state. */
  async presence({ to, state }) {
    const socket = this.#requireOpen();
    // WhatsApp shows "typing…" only to a chat whose presence we subscribed to.
    if (state === 'composing') await socket.presenceSubscribe(to);
    await socket.sendPresenceUpdate(state, to);
    return {};
  }

  /** Marks customer messages as read (blue ticks). */
  async read({ keys }) {
    const socket = this.#requireOpen();
    await socket.readMessages(keys.map(({ chat, id, participant }) => ({ remoteJid: chat, id, participant, fromMe: false })));
    return {};
  }

  /** Asks WhatsApp for a code the owner types on the phone instead of scanning the QR. */
  async pairingCode({ phone }) {
    // WhatsApp accepts a pairing-code request only on a socket that is already showing QR codes.
    if (!this.#socket || this.#qrCount === 0 || this.#connection !== 'connecting') {
      throw new CommandError('no_qr', 'a pairing code can be requested only while a QR code is on screen');
    }
    const code = await this.#socket.requestPairingCode(phone);
    this.emit('pairing_code', { code });
    return { code };
  }

  /** Unlinks the device (when connected) and deletes the stored credentials either way. */
  async logout() {
    const socket = this.#socket;
    if (socket && this.#connection === 'open') {
      await withTimeout(socket.logout(), LOGOUT_TIMEOUT_MS, this.log, 'logout').catch((err) => {
        this.log.warn(`logout: ${err.message}; deleting the credentials anyway`);
      });
    } else if (socket) {
      await socket.end(undefined);
    }
    if (socket) this.#drop(socket);
    await this.#wipe('logout requested');
    return {};
  }

  /** Closes the socket and waits for credentials still being written. */
  async shutdown() {
    await this.stop();
    await this.#saves;
  }

  #listen(socket, saveCreds) {
    const current = () => this.#socket === socket;
    socket.ev.on('connection.update', (update) => {
      if (current()) this.#onConnectionUpdate(socket, update);
    });
    socket.ev.on('creds.update', () => {
      // Saved even from a socket already dropped (the credentials object outlives its sockets), but
      // never after a wipe replaced it: that would bring unlinked credentials back.
      if (this.#auth?.saveCreds !== saveCreds) return;
      this.#saves = this.#saves.then(saveCreds).then(
        () => this.#reportAccountChange(),
        (err) => this.log.report('error', `could not save the WhatsApp credentials: ${err.message}`),
      );
    });
    socket.ev.on('messages.upsert', ({ messages, type }) => {
      if (current()) this.#onMessages(messages, type);
    });
    // History sync on first link and LID mappings (docs/bridge-protocol.md, real WhatsApp additions).
    socket.ev.on('messaging-history.set', ({ messages, lidPnMappings }) => {
      if (!current()) return;
      for (const mapping of lidPnMappings ?? []) this.#emitLidMapping(mapping);
      this.#onMessages(messages, 'history');
    });
    socket.ev.on('lid-mapping.update', (mapping) => {
      if (current()) this.#emitLidMapping(mapping);
    });
    socket.ev.on('messages.update', (updates) => {
      if (!current()) return;
      for (const update of updates) {
        const receipt = describeReceipt(update);
        if (receipt) this.emit('receipt', receipt);
      }
    });
  }

  #onConnectionUpdate(socket, update) {
    if (update.isNewLogin) this.#isNewLogin = true;
    if (update.qr) {
      this.#qrCount += 1;
      const { firstMs, nextMs } = this.qrLifetimes;
      this.emit('qr', { qr: update.qr, n: this.#qrCount, expires_ms: this.#qrCount === 1 ? firstMs : nextMs });
    }
    if (!update.connection) return;
    this.#connection = update.connection;
    const { code, message } = describeDisconnect(update.lastDisconnect?.error);
    if (update.connection !== 'close') {
      this.#emitState(code, message);
      return;
    }
    this.#drop(socket);
    if (code === 401) {
      // The phone unlinked us: these credentials can never log in again.
      this.#wipe('WhatsApp closed the connection as logged out (401)')
        .catch((err) => this.log.report('error', `could not delete the credentials: ${err.message}`))
        .finally(() => this.#emitState(code, message));
    } else {
      this.#emitState(code, message);
    }
  }

  #onMessages(messages, type) {
    for (const message of messages ?? []) {
      if (!message?.key?.remoteJid || isSignalling(message)) continue;
      const ownSend = Boolean(message.key.fromMe && this.#sent.has(message.key.id));
      this.emit('message', describeMessage(message, { type, ownSend }));
    }
  }

  #emitLidMapping(mapping) {
    const event = describeLidMapping(mapping);
    if (event) this.emit('lid_mapping', event);
  }

  #emitState(code, message) {
    this.emit('state', {
      connection: this.#connection,
      code,
      message,
      ...this.account(),
      is_new_login: this.#isNewLogin,
    });
  }

  #reportAccountChange() {
    const account = this.account();
    if (account.registered === this.#reportedAccount?.registered && account.me === this.#reportedAccount?.me) return;
    this.#reportedAccount = account;
    this.emit('creds', account);
  }

  /** `{registered, me}` as the protocol reports them. */
  account() {
    const creds = this.#auth?.state.creds;
    const registered = isLinked(creds);
    return { registered, me: registered ? creds.me.id : null };
  }

  /** Single-flight: a logout command and the 401 it causes must not wipe twice. */
  #wipe(reason) {
    this.#wiping ??= (async () => {
      await this.#saves;
      await this.authStore.wipe();
      this.#auth = await this.authStore.load();
      this.log.report('info', `deleted the WhatsApp credentials: ${reason}`);
      this.#reportAccountChange();
    })().finally(() => {
      this.#wiping = null;
    });
    return this.#wiping;
  }

  #drop(socket) {
    if (this.#socket !== socket) return;
    this.#socket = null;
    this.#connection = 'close';
  }

  #requireOpen() {
    if (!this.#socket || this.#connection !== 'open') {
      throw new CommandError('not_connected', 'WhatsApp is not connected');
    }
    return this.#socket;
  }

  #remember(messageId, content) {
    this.#sent.delete(messageId);
    this.#sent.set(messageId, content);
    if (this.#sent.size > SENT_MEMORY) this.#sent.delete(this.#sent.keys().next().value);
  }
}
