// The simulator: a stand-in for WhatsApp's servers and the phones around them. It hands the adapter
// sockets with the same surface as Baileys' (`ev` with connection.update, creds.update,
// messages.upsert, messages.update; sendMessage, sendPresenceUpdate, presenceSubscribe,
// readMessages, requestPairingCode, logout, end, user) and behaves like the real service where the
// app's logic depends on it: QR rotation and expiry, linking followed by a 515 restart, stored
// credentials that open at once, echoes of our own sends, delivery receipts, and faults on demand.

import { createHash, randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { isLinked } from './auth-state.mjs';
import { STATUS_JID, phoneToJid } from './jids.mjs';
import { CommandError } from './wire.mjs';

/** The phone number of the simulated shop phone that scans the QR. */
export const SIM_SHOP_PHONE = '+15550100200';

// Wording close to what Baileys reports for each DisconnectReason.
const DISCONNECT_MESSAGES = {
  401: 'Connection Failure (logged out from the phone)',
  403: 'Connection Failure (forbidden)',
  408: 'Connection was lost',
  411: 'Multi-device mismatch',
  428: 'Connection Closed',
  440: 'Stream Errored (conflict)',
  500: 'Stream Errored (bad session)',
  503: 'Stream Errored (service unavailable)',
  515: 'Stream Errored (restart required)',
};

// Characters of WhatsApp pairing codes (Crockford base32 without 0, I, O, U).
const PAIRING_ALPHABET = '123456789ABCDEFGHJKLMNPQRSTVWXYZ';

/** An error shaped like Baileys' Boom errors: the status code sits in `output.statusCode`. */
export function disconnectError(message, statusCode) {
  return Object.assign(new Error(message), { isBoom: true, output: { statusCode, payload: { message } } });
}

function messageIdLike() {
  return randomBytes(10).toString('hex').toUpperCase();
}

function nowSeconds() {
  return Math.floor(Date.now() / 1000);
}

/** A stable hidden-number (@lid) JID for a phone, so repeated messages land in the same chat. */
function lidFor(phone) {
  const digest = createHash('sha256').update(phone).digest('hex');
  return `${BigInt(`0x${digest.slice(0, 12)}`).toString().padStart(15, '1').slice(0, 15)}@lid`;
}

/** Content of a simulated customer message, shaped the way phones send each kind. */
function contentFor(media, text) {
  switch (media) {
    case undefined: return { conversation: text };
    case 'image': return { imageMessage: { mimetype: 'image/jpeg', caption: text } };
    case 'video': return { videoMessage: { mimetype: 'video/mp4', caption: text } };
    case 'audio': return { audioMessage: { mimetype: 'audio/ogg; codecs=opus', ptt: true } };
    case 'sticker': return { stickerMessage: { mimetype: 'image/webp' } };
    case 'document': {
      const documentMessage = { mimetype: 'application/pdf', fileName: 'document.pdf', caption: text };
      // Phones wrap a document that has a caption in an envelope of its own.
      return text === undefined ? { documentMessage } : { documentWithCaptionMessage: { message: { documentMessage } } };
    }
    case 'location': return { locationMessage: { degreesLatitude: 52.52, degreesLongitude: 13.405 } };
    case 'contact': return { contactMessage: { displayName: 'A friend', vcard: 'BEGIN:VCARD\nEND:VCARD' } };
    default: return { [`${media}Message`]: {} };
  }
}

/** WhatsApp as seen from the bridge: one at a time, it serves the sockets the adapter makes. */
export class SimulatedWhatsApp {
  #socket = null;
  #received = [];
  #sendFault = null;

  /**
   * Timings in ms. `onOutgoing({id, to, text})` is called when the customer's phone gets our message.
   */
  constructor({ connectDelayMs = 50, qrFirstMs = 60000, qrNextMs = 20000, qrMax = 6, receiptDelayMs = 20,
    onOutgoing = () => {}, log }) {
    this.timings = { connectDelayMs, qrFirstMs, qrNextMs, qrMax, receiptDelayMs };
    this.onOutgoing = onOutgoing;
    this.log = log;
  }

  /** Same role as Baileys' makeWASocket(config); uses `auth`, `shouldIgnoreJid`. */
  makeSocket(config) {
    this.#socket = new SimSocket(this, config);
    return this.#socket;
  }

  /** The shop's phone scans the QR on screen (or accepts the pairing code that was requested). */
  scan() {
    if (!this.#socket?.showsQr) throw new CommandError('no_qr', 'no QR code is on screen to scan');
    this.#socket.link();
  }

  /** A customer (or the shop's own phone, with from_me) writes; returns the message id. */
  incoming({ from, name, text, media, message_id: id = messageIdLike(), from_me: fromMe = false, lid, group, broadcast,
    type = 'notify', timestamp = nowSeconds() }) {
    const socket = this.#liveSocket();
    const phoneJid = phoneToJid(from);
    const lidJid = lid === true ? lidFor(from) : lid || null;
    const senderJid = lidJid ?? phoneJid;
    const senderAlt = lidJid ? phoneJid : undefined;
    const chat = group ?? (broadcast ? STATUS_JID : null);
    const key = chat
      ? { remoteJid: chat, participant: senderJid, participantAlt: senderAlt, fromMe, id }
      : { remoteJid: senderJid, remoteJidAlt: senderAlt, fromMe, id };
    const message = { key, message: contentFor(media, text), pushName: name, messageTimestamp: timestamp };
    this.#received = [...this.#received.slice(-49), message];
    socket.deliver([message], type);
    return id;
  }

  fault({ fault, code, count = 1 }) {
    switch (fault) {
      case 'disconnect': return this.#disconnect(code ?? 428);
      case 'logout': return this.#disconnect(401);
      case 'replaced': return this.#disconnect(440);
      case 'banned': return this.#disconnect(403);
      case 'send_timeout':
      case 'send_error':
        this.#sendFault = { kind: fault, remaining: count };
        return undefined;
      case 'redeliver':
        // WhatsApp redelivers after a crash before the ack: same ids, several in one upsert.
        this.#liveSocket().deliver(this.#received.slice(-count), 'notify');
        return undefined;
      default:
        throw new CommandError('bad_argument', `the simulator has no fault named ${fault}`);
    }
  }

  /** The fault the next send suffers, if one was injected. */
  takeSendFault() {
    if (!this.#sendFault) return null;
    const { kind } = this.#sendFault;
    this.#sendFault.remaining -= 1;
    if (this.#sendFault.remaining === 0) this.#sendFault = null;
    return kind;
  }

  #disconnect(code) {
    this.#liveSocket().finish(disconnectError(DISCONNECT_MESSAGES[code] ?? `Connection closed (${code})`, code));
  }

  #liveSocket() {
    if (!this.#socket?.isOpen) throw new CommandError('not_connected', 'the simulated connection is not open');
    return this.#socket;
  }
}

/** One connection; like Baileys' socket it is dead after `close` and the adapter makes a new one. */
class SimSocket {
  ev = new EventEmitter();
  // Baileys' socket.ws: the simulator's server acks (`CB:ack,class:message`) arrive here.
  ws = new EventEmitter();
  #world;
  #config;
  #state = 'connecting';
  #timers = new Set();
  #hangingSends = new Set();
  #qrCount = 0;
  #pairingPhone = null;

  constructor(world, config) {
    this.#world = world;
    this.#config = config;
    process.nextTick(() => this.#emit('connection.update', { connection: 'connecting', receivedPendingNotifications: false }));
    this.#later(world.timings.connectDelayMs, () => {
      if (isLinked(this.#creds)) {
        this.#state = 'open';
        this.#emit('connection.update', { connection: 'open' });
        this.#emit('connection.update', { receivedPendingNotifications: true });
      } else {
        this.#state = 'showing_qr';
        this.#showNextQr();
      }
    });
  }

  get user() {
    return this.#creds.me;
  }

  get isOpen() {
    return this.#state === 'open';
  }

  get showsQr() {
    return this.#state === 'showing_qr';
  }

  get #creds() {
    return this.#config.auth.creds;
  }

  async sendMessage(jid, content, { messageId } = {}) {
    this.#requireOpen();
    const fault = this.#world.takeSendFault();
    if (fault === 'send_error') throw new Error('sim: WhatsApp refused the message (injected send_error)');
    if (fault === 'send_timeout') {
      // Never acknowledged; like Baileys, it fails when the connection closes.
      return new Promise((resolve, reject) => this.#hangingSends.add(reject));
    }
    const key = { remoteJid: jid, fromMe: true, id: messageId ?? `3EB0${messageIdLike()}` };
    const sent = {
      key,
      message: { extendedTextMessage: { text: content.text } },
      messageTimestamp: nowSeconds(),
      status: 1,
    };
    // Baileys emits the echo right after the send resolves (its emitOwnEvents); WhatsApp's ack (the
    // bridge reports it as the receipt `sent`) follows, then the customer's phone's receipts.
    process.nextTick(() => this.#emit('messages.upsert', { messages: [sent], type: 'append' }));
    this.#world.onOutgoing({ id: key.id, to: jid, text: content.text });
    const { receiptDelayMs } = this.#world.timings;
    this.#later(receiptDelayMs, () => {
      if (this.#state !== 'closed') this.ws.emit('CB:ack,class:message', { tag: 'ack', attrs: { id: key.id, from: jid, class: 'message' } });
    });
    [3, 4].forEach((status, i) => {
      this.#later(receiptDelayMs * (i + 2), () => this.#emit('messages.update', [{ key, update: { status } }]));
    });
    return sent;
  }

  async presenceSubscribe() {
    this.#requireOpen();
  }

  async sendPresenceUpdate() {
    this.#requireOpen();
  }

  async readMessages() {
    this.#requireOpen();
  }

  async requestPairingCode(phone) {
    if (this.#state === 'closed') throw disconnectError('Connection Closed', 428);
    const code = Array.from(randomBytes(8), (byte) => PAIRING_ALPHABET[byte % 32]).join('');
    this.#pairingPhone = phone;
    // Baileys stores the phone as `me` before the link is confirmed.
    Object.assign(this.#creds, { pairingCode: code, me: { id: `${phone}@s.whatsapp.net`, name: '~' } });
    this.#emit('creds.update', this.#creds);
    return code;
  }

  async logout() {
    this.#requireOpen();
    this.finish(disconnectError('Intentional Logout', 401));
  }

  async end(error) {
    this.finish(error);
  }

  /** The phone accepted the link: credentials arrive, then WhatsApp asks for a restart (515). */
  link() {
    this.#clearTimers();
    this.#state = 'linking';
    const phone = this.#pairingPhone ?? SIM_SHOP_PHONE.slice(1);
    const update = {
      me: { id: `${phone}:2@s.whatsapp.net`, lid: lidFor(`+${phone}`).replace('@', ':2@'), name: 'Sim Shop' },
      account: {
        details: randomBytes(32),
        accountSignatureKey: randomBytes(32),
        accountSignature: randomBytes(64),
        deviceSignature: randomBytes(64),
      },
      platform: 'smba',
      // Only the pairing-code flow marks the credentials registered, as in Baileys.
      ...(this.#pairingPhone ? { registered: true } : {}),
    };
    Object.assign(this.#creds, update);
    this.#emit('creds.update', update);
    this.#emit('connection.update', { isNewLogin: true, qr: undefined });
    this.#later(1, () => this.finish(disconnectError(DISCONNECT_MESSAGES[515], 515)));
  }

  /** Hands messages to the bridge as one upsert, dropping chats the bridge asked to ignore. */
  deliver(messages, type) {
    const wanted = messages.filter((m) => !this.#config.shouldIgnoreJid?.(m.key.remoteJid));
    if (wanted.length < messages.length) this.#world.log.debug(`sim: dropped ${messages.length - wanted.length} ignored message(s)`);
    if (wanted.length) this.#emit('messages.upsert', { messages: wanted, type });
  }

  /** Closes the connection once, like Baileys' end(error): one `close` update, then silence. */
  finish(error) {
    if (this.#state === 'closed') return;
    this.#state = 'closed';
    this.#clearTimers();
    for (const reject of this.#hangingSends) reject(disconnectError('Connection Closed', 428));
    this.#hangingSends.clear();
    this.ev.emit('connection.update', { connection: 'close', lastDisconnect: { error, date: new Date() } });
    this.ev.removeAllListeners();
    this.ws.removeAllListeners();
  }

  #showNextQr() {
    const { qrFirstMs, qrNextMs, qrMax } = this.#world.timings;
    if (this.#qrCount >= qrMax) {
      this.finish(disconnectError('QR refs attempts ended', 408));
      return;
    }
    this.#qrCount += 1;
    const parts = [`2@${randomBytes(24).toString('base64')}`, ...[32, 32, 32].map((n) => randomBytes(n).toString('base64'))];
    this.#emit('connection.update', { qr: parts.join(',') });
    this.#later(this.#qrCount === 1 ? qrFirstMs : qrNextMs, () => this.#showNextQr());
  }

  #requireOpen() {
    if (!this.isOpen) throw disconnectError('Connection Closed', 428);
  }

  #emit(name, payload) {
    if (this.#state !== 'closed') this.ev.emit(name, payload);
  }

  #later(ms, action) {
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      action();
    }, ms);
    this.#timers.add(timer);
  }

  #clearTimers() {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }
}
