// The adapter between one WhatsApp socket and the wire. The same code drives Baileys' real socket
// and the simulator's: it only uses the surface both share. It never reconnects on its own: after a
// `close` the socket is dropped and the app decides, with the disconnect code, whether to `start`
// again.

import { AsyncLocalStorage } from 'node:async_hooks';
import { isLinked } from './auth-state.mjs';
import { isIgnoredChat } from './jids.mjs';
import {
  STATUS_PENDING, describeLidMapping, describeMessage, describeReceipt, errorCodeOf, errorReceipt, refusedForGood,
  historyLidMappings, isSignalling, toSeconds,
} from './incoming.mjs';
import { RetryCounterCache, SentLog } from './sent-log.mjs';
import { CommandError } from './wire.mjs';

// The send_text a piece of Baileys code runs for: Baileys' patchMessageBeforeSending hook is called
// deep inside sendMessage (after the device lookups, before encryption) with no message id, but in
// the same async context as our call.
const sendContext = new AsyncLocalStorage();

// How long stop/logout wait for the socket's own `close` before reporting it themselves.
const CLOSE_WAIT_MS = 5000;
const REPORTED_ERRORS_MEMORY = 1000;
const DAY_SECONDS = 24 * 60 * 60;

/** An error shaped like Baileys' Boom errors, for closes the adapter decides itself. */
function closeError(message, statusCode) {
  return Object.assign(new Error(message), { isBoom: true, output: { statusCode, payload: { message } } });
}

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
  let message = error.message ?? null;
  if (networkCode) message = `network unreachable (${networkCode}): ${error.message}`;
  // Baileys' Noise handshake refusals (with the strict check of baileys-setup.mjs they happen).
  else if (code === 400 && /certificate|certification/.test(message ?? '')) {
    message = `the WhatsApp server's certificate is not trusted (${message})`;
  }
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
  #sendsInFlight = 0;
  #acks = new Map(); // message id -> resolve({error}) of a send waiting for WhatsApp's ack
  #reportedErrors = new Set(); // message ids whose receipt:error was emitted (one each)
  #closeWaiters = new Map(); // socket -> resolve() once its close was reported
  #connectDeadline = null;
  #saves = Promise.resolve();
  #reportedAccount = null;
  #wiping = null;

  /**
   * `makeSocket(config)` is Baileys' makeWASocket (with transport settings bound) or the simulator's.
   * `emit(name, fields)` writes an event.
   */
  constructor({ makeSocket, authStore, emit, log, allowGroups = false, sendTimeoutMs = 30000,
    qrLifetimes = BAILEYS_QR_LIFETIMES, connectDeadlineMs = 30000, sentLog = new SentLog(null),
    historyDays = 7 }) {
    this.makeSocket = makeSocket;
    this.authStore = authStore;
    this.emit = emit;
    this.log = log;
    this.allowGroups = allowGroups;
    this.sendTimeoutMs = sendTimeoutMs;
    this.qrLifetimes = qrLifetimes;
    this.connectDeadlineMs = connectDeadlineMs;
    this.sentLog = sentLog;
    this.historyDays = historyDays;
    // Survives reconnects: a retry request counted on one socket still counts on the next.
    this.retryCache = new RetryCounterCache();
  }

  /** Loads the stored credentials once; the same object then serves every socket, as in Baileys. */
  async init() {
    this.#auth = await this.authStore.load();
    await this.sentLog.load();
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
      const creds = this.#auth.state.creds;
      if (!isLinked(creds) && (creds.me || creds.registered || creds.pairingCode)) {
        // A pairing code was asked for (it fills creds.me) but the phone never confirmed: logging in
        // with these would get 401 and look like "unlinked". Register afresh instead.
        await this.#wipe('the earlier link attempt was not completed; registering afresh');
      }
      const { state, saveCreds } = this.#auth;
      const socket = await this.makeSocket({
        auth: { creds: state.creds, keys: this.#watchLidMappings(state.keys) },
        markOnlineOnConnect: false, // otherwise the owner's phone stops showing notifications
        shouldIgnoreJid: (jid) => isIgnoredChat(jid, { allowGroups: this.allowGroups }),
        getMessage: async (key) => this.sentLog.get(key.id),
        msgRetryCounterCache: this.retryCache,
        // Baileys waits 60 s for every query answer; a send must not outlive its own timeout.
        defaultQueryTimeoutMs: this.sendTimeoutMs,
        patchMessageBeforeSending: (message) => this.#refuseTimedOutSend(message),
      });
      this.#socket = socket;
      this.#connection = 'connecting';
      this.#qrCount = 0;
      this.#isNewLogin = false;
      this.#listen(socket, saveCreds);
      this.#armConnectDeadline(socket);
    } finally {
      this.#starting = false;
    }
    return {};
  }

  /** Closes the socket, keeping the credentials. The `close` state event comes before this resolves. */
  async stop() {
    const socket = this.#socket;
    if (!socket) return {};
    await this.#closeSocket(socket, () => socket.end(undefined), null, null);
    return {};
  }

  /**
   * Sends a text under our own message id, so a retry after a crash reuses the id and the echo can be
   * recognised as ours.
   */
  async sendText({ to, text, message_id: messageId, timeout_ms: timeoutMs = this.sendTimeoutMs }) {
    const socket = this.#requireOpen();
    // Remembered before sending: the echo can arrive before sendMessage resolves, and a customer's
    // retry request can come after a restart.
    this.sentLog.remember(messageId, { extendedTextMessage: { text } });
    this.#sendsInFlight += 1;
    const send = { id: messageId, written: false, cancelled: false };
    // Waited for from before the write: the ack can overtake sendMessage's own resolution.
    const acked = socket.ws ? this.#waitForAck(messageId) : Promise.resolve({ error: null });
    try {
      const { sent, ack } = await withTimeout((async () => {
        const sent = await sendContext.run(send, () => socket.sendMessage(to, { text }, { messageId }));
        send.written = true;
        return { sent, ack: await acked };
      })(), timeoutMs, this.log, `send ${messageId}`);
      if (ack.closed) {
        throw new CommandError('send_timeout', 'the connection closed before WhatsApp confirmed the message; ' +
          'it was written and may have arrived', null, { written: true });
      }
      if (ack.error !== null) {
        const status = errorCodeOf(ack.error);
        if (!refusedForGood(status)) {
          // Not taken now, never delivered: the same message with the same id can go again later.
          throw new CommandError('send_failed', `WhatsApp did not take the message this time (${ack.error}); ` +
            'it was not delivered and can be sent again', null, { status });
        }
        throw new CommandError('send_refused', errorReceipt(messageId, to, ack.error).message, null, { status });
      }
      return { message_id: messageId, timestamp: toSeconds(sent?.messageTimestamp) ?? Math.floor(Date.now() / 1000) };
    } catch (err) {
      if (err instanceof CommandError) throw err;
      if (err instanceof TimeoutError) {
        // Not written yet: the patch hook stops it before encryption, so it can never go out late.
        send.cancelled = !send.written;
        throw new CommandError('send_timeout', send.written
          ? `WhatsApp did not confirm the message within ${timeoutMs} ms; it was written and may have arrived`
          : `the message could not be sent within ${timeoutMs} ms and will not be: safe to send again`,
        null, { written: send.written });
      }
      throw new CommandError('send_failed', err.message);
    } finally {
      this.#acks.delete(messageId);
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
      await this.#closeSocket(socket, () => withTimeout(socket.logout(), LOGOUT_TIMEOUT_MS, this.log, 'logout')
        .catch((err) => {
          this.log.warn(`logout: ${err.message}; deleting the credentials anyway`);
          return socket.end(undefined);
        }), 401, 'Intentional Logout');
    } else if (socket) {
      await this.#closeSocket(socket, () => socket.end(undefined), null, null);
    }
    await this.#wipe('logout requested');
    return {};
  }

  /** Closes the socket and waits for credentials and the sent log still being written. */
  async shutdown() {
    await this.stop();
    await this.#saves;
    await this.sentLog.flush();
  }

  /**
   * Runs `close` (end or logout) and waits until the socket's `close` state was reported; a socket
   * that never reports it is dropped and reported here with `code`/`message`, so the caller's
   * answer always comes after the `state` event, never before and never instead.
   */
  async #closeSocket(socket, close, code, message) {
    const closed = new Promise((resolve) => this.#closeWaiters.set(socket, resolve));
    try {
      await close();
    } catch (err) {
      this.log.warn(`closing the socket: ${err.message}`);
    }
    let timer;
    const reported = await Promise.race([
      closed.then(() => true),
      new Promise((resolve) => { timer = setTimeout(() => resolve(false), CLOSE_WAIT_MS); }),
    ]);
    clearTimeout(timer);
    if (!reported) this.#abandon(socket, code, message);
  }

  /**
   * No QR and no `open` within the deadline, or an HTTP error on the WebSocket upgrade: Baileys
   * would wait for ever (its own timeout starts once the socket is open). Closed as 408 here.
   */
  #armConnectDeadline(socket) {
    clearTimeout(this.#connectDeadline);
    const seconds = Math.round(this.connectDeadlineMs / 100) / 10;
    this.#connectDeadline = setTimeout(() => this.#abandon(socket, 408,
      `WhatsApp did not answer within ${seconds} s (no QR code and no connection)`), this.connectDeadlineMs);
    socket.ws?.on?.('unexpected-response', (request, response) => {
      this.#abandon(socket, 408, `the WhatsApp server refused the connection (HTTP ${response?.statusCode ?? '?'}` +
        `${response?.statusMessage ? ` ${response.statusMessage}` : ''})`);
    });
  }

  /** Drops a socket that will not close by itself, reports the close, and ends it in the background. */
  #abandon(socket, code, message) {
    if (this.#socket !== socket) return;
    this.log.warn(`closing the socket: ${message ?? 'stopped'}`);
    this.#drop(socket);
    this.#emitState(code, message);
    this.#closeWaiters.get(socket)?.();
    Promise.resolve()
      .then(() => socket.end(closeError(message ?? 'Connection closed', code ?? 428)))
      .catch((err) => this.log.debug(`ending an abandoned socket: ${err.message}`));
  }

  /**
   * Every LID <-> phone pair Baileys learns (history sync, a message's sender_lid, device lookups,
   * lid-mapping updates) is stored as `lid-mapping` keys `{<phone digits>: <lid digits>}` (plus a
   * `_reverse` entry); Baileys writes only pairs it did not know. Reported as `lid_mapping` events.
   * (The history event itself loses its pairs when Baileys' event buffer merges it.)
   */
  #watchLidMappings(keys) {
    return {
      get: (type, ids) => keys.get(type, ids),
      set: async (data) => {
        await keys.set(data);
        for (const [pnUser, lidUser] of Object.entries(data?.['lid-mapping'] ?? {})) {
          if (pnUser.endsWith('_reverse') || typeof lidUser !== 'string') continue;
          const mapping = describeLidMapping({ lid: `${lidUser}@lid`, pn: `${pnUser}@s.whatsapp.net` });
          if (mapping) this.emit('lid_mapping', mapping);
        }
      },
    };
  }

  /** The patch hook: a send that already timed out must not be encrypted and written later. */
  #refuseTimedOutSend(message) {
    const send = sendContext.getStore();
    if (send?.cancelled) {
      this.log.info(`send ${send.id} timed out before it went out: not sending it`);
      throw new Error(`send ${send.id} was cancelled by its timeout`);
    }
    return message;
  }

  #waitForAck(messageId) {
    return new Promise((resolve) => this.#acks.set(messageId, resolve));
  }

  /** WhatsApp's `<ack class="message">` for a message we wrote: accepted, or refused with a number. */
  #onAck(node) {
    const { id, from, error } = node?.attrs ?? {};
    if (!id) return;
    const waiting = this.#acks.get(id);
    this.#acks.delete(id);
    if (error !== undefined && error !== null) {
      this.#onReceipt(errorReceipt(id, from ?? null, error));
    } else if (!waiting) {
      // A send that had already timed out (written, unconfirmed) did arrive after all.
      this.log.info(`message ${id} was accepted after its send timed out`);
    }
    waiting?.({ error: error ?? null });
    if (error === undefined || error === null) this.emit('receipt', { id, chat: from ?? null, status: 'sent' });
  }

  /** One receipt:error per message, whichever way Baileys tells it (ack, update, or echo status). */
  #reportError(receipt) {
    if (this.#reportedErrors.has(receipt.id)) return;
    this.#reportedErrors.add(receipt.id);
    if (this.#reportedErrors.size > REPORTED_ERRORS_MEMORY) {
      this.#reportedErrors.delete(this.#reportedErrors.values().next().value);
    }
    this.emit('receipt', receipt);
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
    socket.ev.on('messages.update', (updates) => {
      if (!current()) return;
      for (const update of updates) this.#onReceipt(describeReceipt(update));
    });
    socket.ev.on('messaging-history.set', (history) => {
      if (current()) this.#onHistory(history);
    });
    socket.ev.on('lid-mapping.update', (pair) => {
      const mapping = current() && describeLidMapping(pair ?? {});
      if (mapping) this.emit('lid_mapping', mapping);
    });
    socket.ws?.on?.('CB:ack,class:message', (node) => {
      if (current()) this.#onAck(node);
    });
  }

  #onReceipt(receipt) {
    if (!receipt) return;
    if (receipt.status !== 'error') {
      this.emit('receipt', receipt);
    } else if (refusedForGood(receipt.error_code)) {
      this.#reportError(receipt);
    } else {
      // A "not now" (429, 5xx): the send's own result says so and the app sends it again; an
      // error receipt would fail the message for good.
      this.log.info(`message ${receipt.id} was not taken this time (error ${receipt.error_code}); it can be sent again`);
    }
  }

  /**
   * The history sync on first link: recent messages become `history` messages (never answered),
   * older ones are left out, and the LID <-> phone pairs it carries are passed on.
   */
  #onHistory({ messages = [], chats = [], lidPnMappings = [] }) {
    // Mappings first: the app then files each older message under the customer's phone at once.
    for (const mapping of historyLidMappings({ chats, lidPnMappings })) this.emit('lid_mapping', mapping);
    const since = Math.floor(Date.now() / 1000) - this.historyDays * DAY_SECONDS;
    let kept = 0;
    for (const message of messages) {
      if (!message?.key?.remoteJid || isSignalling(message)) continue;
      if (isIgnoredChat(message.key.remoteJid, { allowGroups: this.allowGroups })) continue;
      const timestamp = toSeconds(message.messageTimestamp);
      if (timestamp === null || timestamp < since) continue;
      kept += 1;
      const ownSend = Boolean(message.key.fromMe && this.sentLog.has(message.key.id));
      this.emit('message', describeMessage(message, { type: 'history', ownSend }));
    }
    this.log.info(`history sync: ${kept} of ${messages.length} messages from the last ${this.historyDays} days`);
  }

  #onConnectionUpdate(socket, update) {
    if (update.isNewLogin) this.#isNewLogin = true;
    // WhatsApp answered: from here on Baileys' own timers (QR lifetimes, keep-alive) take over.
    if (update.qr || update.connection === 'open') clearTimeout(this.#connectDeadline);
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
    const reported = () => this.#closeWaiters.get(socket)?.();
    if (code === 401) {
      // The phone unlinked us: these credentials can never log in again.
      this.#wipe('WhatsApp closed the connection as logged out (401)')
        .catch((err) => this.log.report('error', `could not delete the credentials: ${err.message}`))
        .finally(() => {
          this.#emitState(code, message);
          reported();
        });
    } else {
      this.#emitState(code, message);
      reported();
    }
  }

  #onMessages(messages, type) {
    for (const message of messages ?? []) {
      if (!message?.key?.remoteJid || isSignalling(message)) continue;
      const ownSend = Boolean(message.key.fromMe && this.sentLog.has(message.key.id));
      this.emit('message', describeMessage(message, { type, ownSend }));
      // Baileys' event buffer folds a status update that came while the echo was buffered into the
      // echo itself (no messages.update then): an error ack would be lost without this.
      if (ownSend && message.status != null && message.status !== STATUS_PENDING) {
        this.#onReceipt(describeReceipt({
          key: message.key,
          update: { status: message.status, messageStubParameters: message.messageStubParameters },
        }));
      }
    }
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
      await this.sentLog.clear();
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
    clearTimeout(this.#connectDeadline);
    this.#socket = null;
    this.#connection = 'close';
    // Sends waiting for an ack on this socket will not get one now.
    for (const resolve of this.#acks.values()) resolve({ error: null, closed: true });
    this.#acks.clear();
  }

  #requireOpen() {
    if (!this.#socket || this.#connection !== 'open') {
      throw new CommandError('not_connected', 'WhatsApp is not connected');
    }
    return this.#socket;
  }

}
