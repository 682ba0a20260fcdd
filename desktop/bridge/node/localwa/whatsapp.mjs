// The local WhatsApp itself: who is connected, the accounts (the shops' phones) and their linked
// devices, the customers, and what happens to every node a companion sends. Connections come from
// server.mjs, commands from control.mjs; what it does is reported through `emit(event, fields)`.

import { randomBytes, randomInt } from 'node:crypto';
import { Curve, getBinaryNodeChild, getBinaryNodeChildren, S_WHATSAPP_NET } from 'baileys';
import { ClientConnection } from './connection.mjs';
import { makeCertChain } from './certs.mjs';
import { disconnectNode } from './faults.mjs';
import { buildPairSuccess, checkPairDeviceSign, finishCodePairing, parseQr, unwrapWithCode, wrapWithCode } from './pairing.mjs';
import { SignalPeer, newPeerRecord } from './signal-peer.mjs';
import { answerIq } from './stanzas.mjs';
import { buildHistorySync, historyNotificationMessage } from './history.mjs';

const QR_REFS = 6;
const CLIENT_REPLY_TIMEOUT_MS = 15000;
const RECENT_LIMIT = 200;
export const DEFAULT_SHOP_PHONE = '+15550100200';

/** A failure the control channel reports as `ok: false` with this code. */
export class ServerError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

const digitsOf = (phone) => String(phone).replace(/\D/g, '');
const now = () => Math.floor(Date.now() / 1000);
const readUInt = (buffer) => [...(buffer || [])].reduce((n, byte) => n * 256 + byte, 0);
const newLid = () => `${randomInt(10 ** 13, 9 * 10 ** 13)}${randomInt(10, 99)}`;
export const newMessageId = () => `3EB0${randomBytes(8).toString('hex').toUpperCase()}`;
const userOf = (jid) => String(jid).split('@')[0].split(':')[0];

/** What a shop-sent proto.Message is, for the `delivered` event: `{ text }` or `{ kind }`. */
function describeMessage(message) {
  if (message.conversation) return { text: message.conversation };
  if (message.extendedTextMessage?.text) return { text: message.extendedTextMessage.text };
  const kind = Object.keys(message.toJSON ? message.toJSON() : message).find((key) => key.endsWith('Message')) || 'unknown';
  const caption = message[kind]?.caption;
  return caption ? { kind: kind.replace(/Message$/, ''), text: caption } : { kind: kind.replace(/Message$/, '') };
}

/** The proto.Message object a customer sends: text, or a media stub with a fake media key. */
function customerMessage({ text, media }) {
  if (!media) return { conversation: text };
  const stub = {
    url: 'https://mmg.whatsapp.net/local/stub', directPath: '/local/stub', mediaKey: randomBytes(32),
    fileSha256: randomBytes(32), fileEncSha256: randomBytes(32), fileLength: 1024, mediaKeyTimestamp: now()
  };
  switch (media) {
    case 'image': return { imageMessage: { ...stub, mimetype: 'image/jpeg', caption: text } };
    case 'video': return { videoMessage: { ...stub, mimetype: 'video/mp4', caption: text } };
    case 'audio': return { audioMessage: { ...stub, mimetype: 'audio/ogg; codecs=opus', ptt: true } };
    case 'sticker': return { stickerMessage: { ...stub, mimetype: 'image/webp' } };
    case 'location': return { locationMessage: { degreesLatitude: 52.52, degreesLongitude: 13.405 } };
    case 'contact': return { contactMessage: { displayName: 'A friend', vcard: 'BEGIN:VCARD\nVERSION:3.0\nFN:A friend\nEND:VCARD' } };
    // Something the shop's app has no use for: a poll, as a customer's phone can send one.
    case 'unknown': return { pollCreationMessage: { name: 'Which day suits you?', options: [{ optionName: 'Monday' }, { optionName: 'Tuesday' }], selectableOptionsCount: 1 } };
    default: return { documentMessage: { ...stub, mimetype: 'application/pdf', fileName: 'document.pdf', caption: text } };
  }
}

// The stanza's `mediatype` for each media stub, as WhatsApp labels them (a poll is no media).
const MEDIA_TYPES = {
  image: 'image', video: 'video', audio: 'audio', sticker: 'sticker', document: 'document', location: 'location', contact: 'vcard'
};

function stanzaType(media) {
  if (!media) return 'text';
  return media === 'unknown' ? 'poll' : 'media';
}

export class LocalWhatsApp {
  #sessions = new Map(); // connection id -> { connection, kind, deviceJid, registration, refs, waiters }
  #nextIqId = 1;
  #sentByShop = new Map(); // message id -> { deviceJid, chatJid }

  constructor({ store, faults, emit }) {
    this.store = store;
    this.data = store.data;
    this.faults = faults;
    this.emit = emit;
    this.config = { autoReceipts: true, receiptDelayMs: 100 };
    const { staticKey, rootKey, intermediateKey } = this.data.server;
    this.certChain = makeCertChain({ rootKey, intermediateKey, serverStaticPublic: staticKey.public });
  }

  get rootKey() {
    return this.data.server.rootKey.public;
  }

  save() {
    this.store.save();
  }

  // --- connections ---

  /** Takes a freshly upgraded WebSocket. */
  attach(ws) {
    const connection = new ClientConnection(ws, { staticKey: this.data.server.staticKey, certChain: this.certChain });
    const session = { connection, kind: 'handshake', deviceJid: null, waiters: new Map(), refs: [] };
    this.#sessions.set(connection.id, session);
    connection.on('payload', (finished) => this.#onPayload(session, finished));
    connection.on('node', (node) => this.#onNode(session, node).catch((error) => this.#reportError('node_failed', error)));
    connection.on('failed', (error) => this.#reportError('bad_frame', error));
    connection.on('closed', () => {
      this.#sessions.delete(connection.id);
      for (const waiter of session.waiters.values()) waiter.reject(new ServerError('client_gone', 'the client closed its connection'));
      this.emit('client', { state: 'closed', ...(session.deviceJid ? { jid: session.deviceJid } : {}), ...(session.closeCode ? { code: session.closeCode } : {}) });
    });
  }

  get connectionCount() {
    return this.#sessions.size;
  }

  #reportError(code, error) {
    this.emit('error', { code, message: String(error?.message || error) });
  }

  #loggedIn(deviceJid) {
    for (const session of this.#sessions.values()) {
      if (session.kind === 'logged_in' && session.deviceJid === deviceJid && session.connection.open) return session;
    }
    return null;
  }

  /** Sends a server-initiated iq and resolves with the client's answer. */
  #request(session, node) {
    const id = `lwa-${this.#nextIqId++}`;
    node.attrs = { ...node.attrs, id };
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        session.waiters.delete(id);
        reject(new ServerError('client_timeout', `the client did not answer ${node.content?.[0]?.tag || node.tag}`));
      }, CLIENT_REPLY_TIMEOUT_MS);
      session.waiters.set(id, {
        resolve: (reply) => { clearTimeout(timer); resolve(reply); },
        reject: (error) => { clearTimeout(timer); reject(error); }
      });
      session.connection.send(node);
    });
  }

  #onPayload(session, { clientStatic, payload }) {
    this.emit('client', { state: 'connected' });
    if (payload.devicePairingData) {
      const pairing = payload.devicePairingData;
      session.kind = 'linking';
      session.registration = {
        noiseKey: clientStatic,
        registrationId: readUInt(pairing.eRegid),
        identityKey: Buffer.from(pairing.eIdent),
        signedPreKey: { keyId: readUInt(pairing.eSkeyId), public: Buffer.from(pairing.eSkeyVal), signature: Buffer.from(pairing.eSkeySig) }
      };
      session.refs = Array.from({ length: QR_REFS }, () => randomBytes(18).toString('base64'));
      session.connection.send({
        tag: 'iq', attrs: { id: `lwa-${this.#nextIqId++}`, type: 'set', xmlns: 'md', from: S_WHATSAPP_NET },
        content: [{ tag: 'pair-device', attrs: {}, content: session.refs.map((ref) => ({ tag: 'ref', attrs: {}, content: Buffer.from(ref) })) }]
      });
      this.emit('qr_shown', { ref: session.refs[0] });
      return;
    }
    this.#login(session, clientStatic, payload);
  }

  #login(session, clientStatic, payload) {
    const deviceJid = `${payload.username}:${payload.device}@s.whatsapp.net`;
    const device = this.data.devices[deviceJid];
    if (!device || !device.noiseKey.equals(clientStatic)) {
      // an unknown (or forgotten) device: what WhatsApp answers a logged-out companion
      session.closeCode = 401;
      session.connection.send(disconnectNode(401));
      session.connection.closeSoon();
      return;
    }
    const previous = this.#loggedIn(deviceJid);
    if (previous) {
      previous.closeCode = 440;
      previous.connection.send(disconnectNode(440));
      previous.connection.closeSoon();
    }
    session.kind = 'logged_in';
    session.deviceJid = deviceJid;
    session.connection.send({ tag: 'success', attrs: { t: String(now()), lid: device.lid, props: '1', abprops: '1', location: 'local', creation: String(now()) } });
    this.emit('client', { state: 'logged_in', jid: deviceJid });
    this.#flushQueue(session).catch((error) => this.#reportError('offline_delivery_failed', error));
  }

  /**
   * Delivers what waited for this device (with `offline`), then tells it the backlog is done.
   * Messages sent on an earlier connection that the device never acknowledged (the connection
   * dropped first) go again, first: like WhatsApp, the server keeps a message until the device
   * has acknowledged it, so a drop mid-delivery loses nothing (the client drops duplicates by id).
   */
  async #flushQueue(session) {
    // while the backlog goes out, new messages join its end, so the order stays the customers'
    session.flushing = true;
    const waiting = (this.data.queue[session.deviceJid] ||= []);
    const unacked = Object.values(this.data.unacked[session.deviceJid] ?? {});
    const queuedIds = new Set(waiting.map((spec) => spec.messageId));
    waiting.unshift(...unacked.filter((spec) => !queuedIds.has(spec.messageId)));
    let delivered = 0;
    try {
      while (waiting.length > 0 && session.connection.open) {
        await this.#deliverToSession(session, waiting[0], { offline: true });
        waiting.shift();
        delivered += 1;
        this.save();
      }
    } finally {
      session.flushing = false;
    }
    if (waiting.length === 0) delete this.data.queue[session.deviceJid];
    this.save();
    session.connection.send({ tag: 'ib', attrs: {}, content: [{ tag: 'offline', attrs: { count: String(delivered) } }] });
    const device = this.data.devices[session.deviceJid];
    if (device && !device.historySent && session.connection.open) await this.#sendHistory(session, device);
  }

  /** The phone's history sync for a newly linked device (empty unless history.set asked for some). */
  async #sendHistory(session, device) {
    const plan = this.data.historyPlan;
    const customers = Object.values(this.data.peers);
    const wanted = plan?.messages ? Math.min(5, plan.messages) : 0;
    for (let i = customers.length; i < wanted; i++) {
      const phone = `1555020${String(1000 + i).slice(1)}`;
      customers.push(this.#peerRecordForJid(`${phone}@s.whatsapp.net`, { create: true }));
      customers[customers.length - 1].name = `Customer ${i + 1}`;
    }
    const history = buildHistorySync({ plan, customers });
    // sent again at each login until the companion confirms it with a hist_sync receipt
    device.historyMessageId = await this.#sendFromPhone(session, historyNotificationMessage(history), { category: 'peer' });
    this.save();
  }

  /** A message from the shop's own phone (device 0) to one of its companions. */
  async #sendFromPhone(session, message, extraAttrs = {}) {
    const device = this.data.devices[session.deviceJid];
    const digits = digitsOf(device.phone);
    this.data.phones[digits] ||= newPeerRecord({ phone: digits, lid: this.data.accounts[digits]?.lid, name: null });
    const enc = await this.#peer(this.data.phones[digits]).encryptMessage(session.deviceJid, device, message);
    this.save();
    const id = newMessageId();
    session.connection.send({
      tag: 'message',
      attrs: { from: `${digits}@s.whatsapp.net`, id, t: String(now()), type: 'text', ...extraAttrs },
      content: [{ tag: 'enc', attrs: { v: '2', type: enc.type }, content: enc.ciphertext }]
    });
    return id;
  }

  /** phone.type: staff typed on the shop's phone; every companion sees it as sent by the shop. */
  async phoneType({ to, text, phone }) {
    const account = this.#shopAccount(phone);
    const customer = `${digitsOf(to)}@s.whatsapp.net`;
    const ids = [];
    for (const device of this.#devicesOf(account)) {
      const session = this.#loggedIn(device.jid);
      if (!session) continue;
      const message = { deviceSentMessage: { destinationJid: customer, message: { conversation: text } } };
      ids.push(await this.#sendFromPhone(session, message, { recipient: customer }));
    }
    if (ids.length === 0) throw new ServerError('not_connected', 'no companion of that phone is connected');
    return { message_id: ids[0] };
  }

  /** history.set: what the phone syncs to the next device it links. */
  setHistory({ messages, lid_share: lidShare, days }) {
    this.data.historyPlan = { messages, lid_share: lidShare ?? 0, days: days ?? 7 };
    this.save();
    return {};
  }

  async #onNode(session, node) {
    switch (node.tag) {
      case 'iq':
        return this.#onIq(session, node);
      case 'message':
        return this.#onShopMessage(session, node);
      case 'receipt':
        return this.#onClientReceipt(session, node);
      case 'ack':
        return this.#onClientAck(session, node);
      default:
        return undefined; // presence, chat states: nothing to do
    }
  }

  async #onIq(session, node) {
    const { type, id } = node.attrs;
    if (type === 'result' || type === 'error') {
      const waiter = session.waiters.get(id);
      if (waiter) {
        session.waiters.delete(id);
        waiter.resolve(node);
      }
      return;
    }
    const treatment = this.faults.queryTreatment(node.attrs.xmlns);
    if (treatment === 'drop') return;
    if (typeof treatment === 'number') await new Promise((resolve) => setTimeout(resolve, treatment));
    const linkCode = node.attrs.xmlns === 'md' ? getBinaryNodeChild(node, 'link_code_companion_reg') : null;
    if (linkCode) return this.#onLinkCode(session, node, linkCode);
    const device = session.deviceJid ? this.data.devices[session.deviceJid] : null;
    const reply = answerIq(node, { device, hub: this, connection: session.connection });
    if (reply) session.connection.send(reply);
  }

  // --- the directory the iq answers read ---

  /** For usync: `{ devices, lid }` of a user, or null when no such WhatsApp user exists here. */
  directoryEntry(jid) {
    const user = userOf(jid);
    const account = Object.values(this.data.accounts).find((a) => digitsOf(a.phone) === user || a.lid === user);
    if (account) {
      const devices = Object.values(this.data.devices).filter((d) => d.phone === account.phone).map((d) => d.device);
      return { devices, lid: `${account.lid}@lid` };
    }
    const peer = this.#peerRecordForJid(jid, { create: jid.endsWith('@s.whatsapp.net') });
    if (!peer) return null;
    return { devices: [0], lid: peer.lid ? `${peer.lid}@lid` : undefined };
  }

  /** For key fetches: a customer's prekey bundle (one one-time prekey handed out), or null. */
  bundleFor(jid) {
    const record = this.#peerRecordForJid(jid, { create: false });
    return record ? this.#peer(record).takeBundle() : null;
  }

  #peerRecordForJid(jid, { create }) {
    const user = userOf(jid);
    if (jid.endsWith('@lid')) return Object.values(this.data.peers).find((p) => p.lid === user) || null;
    if (this.data.peers[user]) return this.data.peers[user];
    if (!create || !/^\d{6,15}$/.test(user)) return null;
    // every number is on this WhatsApp (the shop may write first to a customer never seen), and
    // every user has a LID: Baileys rc14 will not encrypt to a phone number without one
    this.data.peers[user] = newPeerRecord({ phone: user, lid: newLid(), name: null });
    this.save();
    return this.data.peers[user];
  }

  #peer(record) {
    return new SignalPeer(record, () => this.save());
  }

  // --- accounts and devices ---

  #account(phone, lid) {
    const digits = digitsOf(phone);
    if (!this.data.accounts[digits]) {
      this.data.accounts[digits] = {
        phone: `+${digits}`, lid: lid ? userOf(lid) : newLid(), accountKey: Curve.generateKeyPair(), nextDevice: 1, nextKeyIndex: 1
      };
      this.save();
    }
    return this.data.accounts[digits];
  }

  /** The account a command is about: the one named, or the only one there is. */
  #shopAccount(phone) {
    if (phone) {
      const account = this.data.accounts[digitsOf(phone)];
      if (!account) throw new ServerError('unknown_phone', `no account for ${phone}`);
      return account;
    }
    const accounts = Object.values(this.data.accounts);
    if (accounts.length === 0) throw new ServerError('not_linked', 'no shop phone has linked a device yet');
    if (accounts.length > 1) throw new ServerError('bad_argument', 'several shop phones exist: name one with `shop`');
    return accounts[0];
  }

  #devicesOf(account) {
    return Object.values(this.data.devices).filter((d) => d.phone === account.phone);
  }

  /** Forgets a linked device: its credentials no longer log in, its queue is dropped. */
  forgetDevice(deviceJid) {
    delete this.data.devices[deviceJid];
    delete this.data.queue[deviceJid];
    for (const peer of Object.values(this.data.peers)) {
      for (const address of Object.keys(peer.sessions)) {
        if (address === `${userOf(deviceJid)}.${deviceJid.split('@')[0].split(':')[1]}`) delete peer.sessions[address];
      }
    }
    this.save();
  }

  // --- commands ---

  /** phone.scan: the shop's phone links the companion showing `qr`. */
  async scan({ qr, phone = DEFAULT_SHOP_PHONE, lid }) {
    const parsed = parseQr(qr);
    if (!parsed) throw new ServerError('bad_argument', 'qr is not a WhatsApp linking QR');
    const session = [...this.#sessions.values()].find((s) => s.kind === 'linking' && s.refs.includes(parsed.ref)
      && s.registration.noiseKey.equals(parsed.noiseKey) && s.connection.open);
    if (!session) throw new ServerError('unknown_qr', 'no connected client shows that QR');
    if (!session.registration.identityKey.equals(parsed.identityKey)) throw new ServerError('unknown_qr', 'the QR identity does not match the client');
    return this.#link(session, { phone, lid, advSecret: parsed.advSecret });
  }

  async #link(session, { phone, lid, advSecret }) {
    session.kind = 'pairing';
    const account = this.#account(phone, lid);
    const deviceId = account.nextDevice++;
    const keyIndex = account.nextKeyIndex++;
    const digits = digitsOf(account.phone);
    const deviceJid = `${digits}:${deviceId}@s.whatsapp.net`;
    const deviceLid = `${account.lid}:${deviceId}@lid`;
    const { identityKey } = session.registration;
    const reply = await this.#request(session, {
      tag: 'iq', attrs: { type: 'set', from: S_WHATSAPP_NET, t: String(now()) },
      content: [buildPairSuccess({ account, deviceJid, deviceLid, keyIndex, identityKey, advSecret })]
    });
    const problem = checkPairDeviceSign(reply, { account, identityKey });
    if (problem) {
      session.connection.close();
      throw new ServerError('link_failed', problem);
    }
    const { noiseKey, registrationId, signedPreKey } = session.registration;
    this.data.devices[deviceJid] = {
      jid: deviceJid, lid: deviceLid, phone: account.phone, device: deviceId, keyIndex,
      noiseKey, registrationId, identityKey, signedPreKey, preKeys: {}, linkedAt: now()
    };
    this.save();
    // the companion must reconnect and log in with its new credentials
    session.closeCode = 515;
    session.connection.send(disconnectNode(515));
    session.connection.closeSoon();
    this.emit('linked', { jid: deviceJid, lid: deviceLid, device: deviceId });
    return { jid: deviceJid, lid: deviceLid, device: deviceId };
  }

  /** The companion's pairing-code stages: `companion_hello` (a code was asked for), `companion_finish`. */
  async #onLinkCode(session, node, linkCode) {
    const child = (tag) => { const c = getBinaryNodeChild(linkCode, tag); return c?.content ? Buffer.from(c.content) : null; };
    if (linkCode.attrs.stage === 'companion_hello') {
      const ref = randomBytes(16).toString('hex');
      session.codeRequest = { phone: `+${userOf(linkCode.attrs.jid)}`, ref, wrapped: child('link_code_pairing_wrapped_companion_ephemeral_pub') };
      session.connection.send({ tag: 'iq', attrs: { id: node.attrs.id, type: 'result', from: S_WHATSAPP_NET }, content: [
        { tag: 'link_code_companion_reg', attrs: {}, content: [{ tag: 'link_code_pairing_ref', attrs: {}, content: Buffer.from(ref) }] }
      ] });
      this.emit('pairing_requested', { phone: session.codeRequest.phone });
      return;
    }
    if (linkCode.attrs.stage === 'companion_finish') {
      session.connection.send({ tag: 'iq', attrs: { id: node.attrs.id, type: 'result', from: S_WHATSAPP_NET } });
      session.codeFinish?.(child('link_code_pairing_wrapped_key_bundle'));
    }
  }

  /** phone.enter_code: the shop's phone types the companion's pairing code and links it. */
  async enterCode({ code, phone }) {
    const session = [...this.#sessions.values()].find((s) => s.kind === 'linking' && s.codeRequest?.phone === phone && s.connection.open);
    if (!session) throw new ServerError('no_pairing_request', `no connected client asked for a pairing code for ${phone}`);
    const account = this.#account(phone);
    const normalised = code.replace(/[-\s]/g, '').toUpperCase();
    const companionEphemeralPublic = await unwrapWithCode(normalised, session.codeRequest.wrapped);
    const primaryEphemeral = Curve.generateKeyPair();
    const bundle = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new ServerError('client_timeout', 'the client did not finish the code pairing')), CLIENT_REPLY_TIMEOUT_MS);
      session.codeFinish = (value) => { clearTimeout(timer); resolve(value); };
      wrapWithCode(normalised, primaryEphemeral.public).then((wrapped) => session.connection.send({
        tag: 'notification', attrs: { from: S_WHATSAPP_NET, type: 'link_code_companion_reg', id: `lwa-${this.#nextIqId++}`, t: String(now()) },
        content: [{ tag: 'link_code_companion_reg', attrs: { stage: 'primary_hello' }, content: [
          { tag: 'link_code_pairing_ref', attrs: {}, content: Buffer.from(session.codeRequest.ref) },
          { tag: 'primary_identity_pub', attrs: {}, content: account.accountKey.public },
          { tag: 'link_code_pairing_wrapped_primary_ephemeral_pub', attrs: {}, content: wrapped }
        ] }]
      }), reject);
    });
    let finished;
    try {
      finished = finishCodePairing({ bundle, primaryEphemeral, companionEphemeralPublic, accountKey: account.accountKey });
    } catch {
      throw new ServerError('wrong_code', 'that is not the code the client shows');
    }
    if (!finished.companionIdentity.equals(session.registration.identityKey)) throw new ServerError('wrong_code', 'the key bundle names another companion');
    return this.#link(session, { phone, advSecret: finished.advSecret });
  }

  /** lid.map: the server tells the shop's companions a customer's LID (a `mex` linked-profiles update). */
  lidMap({ phone, lid, shop }) {
    const account = this.#shopAccount(shop);
    const record = this.#peerRecordForJid(`${digitsOf(phone)}@s.whatsapp.net`, { create: true });
    record.lid = userOf(lid);
    this.save();
    const update = { operation: 'NotificationLinkedProfilesUpdates', updates: [{ jid: `${record.lid}@lid`, added_profiles: [`${record.phone}@s.whatsapp.net`] }] };
    let sent = 0;
    for (const device of this.#devicesOf(account)) {
      const session = this.#loggedIn(device.jid);
      if (!session) continue;
      session.connection.send({
        tag: 'notification', attrs: { from: S_WHATSAPP_NET, type: 'mex', id: `lwa-${this.#nextIqId++}`, t: String(now()) },
        content: [{ tag: 'mex', attrs: {}, content: Buffer.from(JSON.stringify(update)) }]
      });
      sent += 1;
    }
    return { lid: `${record.lid}@lid`, devices: sent };
  }

  /** phone.logout: the shop's phone unlinks its devices (`<failure reason=401>`, forgotten). */
  logout({ phone }) {
    const account = this.#shopAccount(phone);
    const devices = this.#devicesOf(account);
    for (const device of devices) {
      const session = this.#loggedIn(device.jid);
      if (session) {
        session.closeCode = 401;
        session.connection.send(disconnectNode(401));
        session.connection.closeSoon();
      }
      this.forgetDevice(device.jid);
    }
    return { devices: devices.map((d) => d.jid) };
  }

  /** customer.send: a customer writes to the shop; delivered now or queued for the next login. */
  async customerSend({ from, lid, name, text, media, message_id: messageId, offline, undecryptable, shop, addressing }) {
    const account = this.#shopAccount(shop);
    const digits = digitsOf(from);
    const record = this.#peerRecordForJid(`${digits}@s.whatsapp.net`, { create: true });
    // once a customer was addressed by LID, its messages keep carrying sender_lid
    if (lid) record.lidShown = true;
    if (typeof lid === 'string') record.lid = userOf(lid);
    if (name) record.name = name;
    this.save();
    const spec = {
      from: digits, name: record.name, text: text ?? '', media: media || null,
      messageId: messageId || newMessageId(), t: now(), undecryptable: Boolean(undecryptable),
      byLid: addressing === 'lid' || addressing === 'lid_only', hidesPhone: addressing === 'lid_only'
    };
    await this.#deliverToShop(account, spec, { offline: Boolean(offline) });
    this.data.recent.push(spec);
    if (this.data.recent.length > RECENT_LIMIT) this.data.recent.splice(0, this.data.recent.length - RECENT_LIMIT);
    this.save();
    return { message_id: spec.messageId };
  }

  /** customer.redeliver: the last `count` customer messages again, same ids, newly encrypted. */
  async redeliver({ count, shop }) {
    const account = this.#shopAccount(shop);
    const again = this.data.recent.slice(-count);
    for (const spec of again) await this.#deliverToShop(account, { ...spec, undecryptable: false }, { offline: false });
    return { message_ids: again.map((s) => s.messageId) };
  }

  async #deliverToShop(account, spec, { offline }) {
    const devices = this.#devicesOf(account);
    if (devices.length === 0) throw new ServerError('not_linked', `${account.phone} has no linked device`);
    for (const device of devices) {
      const session = this.#loggedIn(device.jid);
      if (session && !session.flushing) {
        await this.#deliverToSession(session, spec, { offline });
      } else {
        (this.data.queue[device.jid] ||= []).push(spec);
        this.save();
      }
    }
  }

  async #deliverToSession(session, spec, { offline }) {
    const record = this.data.peers[spec.from];
    const device = this.data.devices[session.deviceJid];
    const peer = this.#peer(record);
    let enc;
    if (spec.undecryptable) {
      // bytes no session can open: the client answers with a retry receipt
      enc = { type: 'msg', ciphertext: Buffer.concat([Buffer.from([0x33]), randomBytes(60)]) };
    } else {
      enc = await peer.encryptMessage(session.deviceJid, device, customerMessage(spec));
    }
    this.save();
    const attrs = { from: `${spec.from}@s.whatsapp.net`, id: spec.messageId, t: String(spec.t), type: stanzaType(spec.media) };
    if (spec.byLid) {
      // as WhatsApp addresses most chats now: from the LID, the phone number alongside
      attrs.from = `${record.lid}@lid`;
      // lid_only: a customer whose number WhatsApp does not share (yet): only a lid.map tells it
      if (!spec.hidesPhone) attrs.sender_pn = `${spec.from}@s.whatsapp.net`;
    } else if (record.lidShown) {
      attrs.sender_lid = `${record.lid}@lid`;
    }
    if (spec.name) attrs.notify = spec.name;
    if (offline) attrs.offline = '1';
    const encAttrs = { v: '2', type: enc.type };
    if (MEDIA_TYPES[spec.media]) encAttrs.mediatype = MEDIA_TYPES[spec.media];
    (this.data.unacked[session.deviceJid] ||= {})[spec.messageId] = spec;
    this.save();
    session.connection.send({ tag: 'message', attrs, content: [{ tag: 'enc', attrs: encAttrs, content: enc.ciphertext }] });
  }

  /** An `<ack class="message">` from the device: it refused the stanza (or took it without a receipt). */
  #onClientAck(session, node) {
    if (node.attrs.class === 'message') this.#acknowledged(session, [node.attrs.id]);
  }

  /** The device has these messages (a delivery receipt or an ack): no longer owed to it. */
  #acknowledged(session, ids) {
    const owed = session.deviceJid ? this.data.unacked[session.deviceJid] : null;
    if (this.faults.dropReceipts || !owed || !ids.some((id) => id in owed)) return;
    for (const id of ids) delete owed[id];
    if (Object.keys(owed).length === 0) delete this.data.unacked[session.deviceJid];
    this.save();
  }

  async #onClientReceipt(session, node) {
    const { id, type, to } = node.attrs;
    const device = session.deviceJid ? this.data.devices[session.deviceJid] : null;
    if (type === undefined || type === 'inactive' || type === 'read' || type === 'read-self') {
      // the shop's device got a customer's message (`inactive`: got it while not "online"), or read
      // it (`read-self`: read, with read receipts not shared)
      const ids = [id, ...getBinaryNodeChildren(getBinaryNodeChild(node, 'list'), 'item').map((item) => item.attrs.id)];
      const kind = type === undefined || type === 'inactive' ? 'delivery' : 'read';
      this.#acknowledged(session, ids);
      for (const messageId of ids) this.emit('shop_receipt', { id: messageId, type: kind, receipt: type ?? 'delivery', to, from: session.deviceJid });
      return;
    }
    if (type === 'hist_sync' && device && device.historyMessageId === id) {
      device.historySent = true;
      this.data.historyPlan = null;
      this.save();
      return;
    }
    if (type !== 'retry') return;
    this.emit('retry_requested', { id, from: session.deviceJid });
    const spec = this.data.recent.find((s) => s.messageId === id);
    if (spec && session.deviceJid) {
      spec.undecryptable = false;
      this.save();
      await this.#deliverToSession(session, spec, { offline: false });
    } else if (!spec) {
      this.#reportError('unknown_retry', new Error(`retry receipt for ${id} (to ${to}) that this server did not send`));
    }
  }

  /** A message stanza from the shop: ack it, decrypt it as each customer it is for. */
  async #onShopMessage(session, node) {
    const { id, to } = node.attrs;
    if (!session.deviceJid) return;
    const treatment = this.faults.takeSendTreatment();
    if (treatment === 'hold') return;
    if (typeof treatment === 'number') {
      session.connection.send({ tag: 'ack', attrs: { class: 'message', id, from: to, t: String(now()), error: String(treatment) } });
      return;
    }
    session.connection.send({ tag: 'ack', attrs: { class: 'message', id, from: to, t: String(now()) } });
    const targets = [];
    const participants = getBinaryNodeChild(node, 'participants');
    for (const target of getBinaryNodeChildren(participants, 'to')) {
      const enc = getBinaryNodeChild(target, 'enc');
      if (enc) targets.push({ jid: target.attrs.jid, enc });
    }
    const direct = getBinaryNodeChild(node, 'enc');
    if (direct) targets.push({ jid: to, enc: direct });
    for (const { jid, enc } of targets) {
      const record = this.#peerRecordForJid(jid, { create: false });
      if (!record) continue; // the shop's own devices, or someone this server does not play
      try {
        const message = await this.#peer(record).decryptMessage(session.deviceJid, enc.attrs.type, Buffer.from(enc.content));
        this.#sentByShop.set(id, { deviceJid: session.deviceJid, chatJid: to });
        this.emit('delivered', { to: `+${record.phone}`, to_jid: to, from: session.deviceJid, id, ...describeMessage(message) });
        if (this.config.autoReceipts) this.#autoReceipts(id);
      } catch (error) {
        this.#reportError('decrypt_failed', new Error(`customer +${record.phone} could not decrypt ${id}: ${error.message}`));
      }
    }
  }

  #autoReceipts(id) {
    const delay = this.config.receiptDelayMs;
    setTimeout(() => {
      this.#sendReceipt(id, 'delivery');
      setTimeout(() => this.#sendReceipt(id, 'read'), delay);
    }, delay);
  }

  #sendReceipt(id, type) {
    const sent = this.#sentByShop.get(id);
    if (!sent) return false;
    const session = this.#loggedIn(sent.deviceJid);
    if (!session) return false;
    const attrs = { from: sent.chatJid, id, t: String(now()) };
    if (type === 'read') attrs.type = 'read';
    session.connection.send({ tag: 'receipt', attrs });
    this.emit('receipt_sent', { id, type });
    return true;
  }

  /** customer.receipt: the customer's phone reports a shop message delivered or read. */
  receipt({ message_id: id, type }) {
    if (!this.#sentByShop.has(id)) throw new ServerError('unknown_message', `no message ${id} from the shop was delivered`);
    if (!this.#sendReceipt(id, type)) throw new ServerError('not_connected', 'the device that sent it is not connected');
    return {};
  }

  /** fault disconnect: every logged-in client (or the one of `phone`) gets the node for `code`. */
  disconnect({ code }) {
    const node = disconnectNode(code);
    const sessions = [...this.#sessions.values()].filter((s) => s.connection.open && s.kind !== 'handshake');
    if (sessions.length === 0) throw new ServerError('no_client', 'no client is connected');
    for (const session of sessions) {
      session.closeCode = code;
      session.connection.send(node);
      session.connection.closeSoon();
    }
    return { clients: sessions.length };
  }

  describe() {
    return {
      accounts: Object.values(this.data.accounts).map((a) => ({ phone: a.phone, lid: `${a.lid}@lid` })),
      devices: Object.values(this.data.devices).map((d) => ({ jid: d.jid, lid: d.lid, phone: d.phone, connected: Boolean(this.#loggedIn(d.jid)) })),
      connections: this.#sessions.size,
      queued: Object.values(this.data.queue).reduce((n, q) => n + q.length, 0),
      // sent on a connection, not yet acknowledged by the device: delivered again at its next login
      unacked: Object.values(this.data.unacked).reduce((n, owed) => n + Object.keys(owed).length, 0)
    };
  }
}
