// The adapter against a fake socket that behaves the way the real Baileys socket does where the
// simulator is kinder: closes that come a moment after logout, acks on socket.ws, error acks folded
// into echoes, the patch hook called deep inside sendMessage, history syncs, undecryptable stubs.
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, test } from 'node:test';
import { BufferJSON, initAuthCreds, proto } from 'baileys';
import { WhatsAppAdapter } from '../lib/adapter.mjs';
import { AuthStore } from '../lib/auth-state.mjs';
import { SentLog } from '../lib/sent-log.mjs';

const quietLog = { debug() {}, info() {}, warn() {}, error() {}, report() {} };
const folders = [];
const sentLogs = [];
const CUSTOMER = '15551234567@s.whatsapp.net';

afterEach(async () => {
  await Promise.all(sentLogs.splice(0).map((log) => log.flush())); // its writes land in the folder
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

function boom(message, statusCode) {
  return Object.assign(new Error(message), { output: { statusCode } });
}

/** Shaped like Baileys' socket: `ev`, `ws`, and a close that comes after the call that caused it. */
class FakeBaileysSocket {
  ev = new EventEmitter();
  ws = new EventEmitter();
  written = [];
  closed = false;

  constructor(config, behaviour) {
    this.config = config;
    this.behaviour = behaviour;
    process.nextTick(() => this.ev.emit('connection.update', { connection: 'connecting' }));
    if (behaviour.opens) setTimeout(() => this.ev.emit('connection.update', { connection: 'open' }), 2);
  }

  /** Like Baileys: device lookups (maybe slow), then the patch hook, then encryption and the write. */
  async sendMessage(jid, content, { messageId }) {
    await this.behaviour.lookup?.(messageId);
    const message = { extendedTextMessage: { text: content.text } };
    await this.config.patchMessageBeforeSending(message, [jid]);
    this.written.push(messageId);
    const sent = { key: { remoteJid: jid, fromMe: true, id: messageId }, message, messageTimestamp: 1700000000, status: 1 };
    process.nextTick(() => this.behaviour.afterWrite?.(this, sent));
    return sent;
  }

  ack(id, error) {
    this.ws.emit('CB:ack,class:message', { tag: 'ack', attrs: { id, from: CUSTOMER, class: 'message', ...(error ? { error } : {}) } });
  }

  async logout() {
    // Baileys writes remove-companion-device, then `void end(...)`: the close comes afterwards.
    setTimeout(() => this.end(boom('Intentional Logout', 401)), 5);
  }

  async end(error) {
    if (this.closed) return;
    this.closed = true;
    this.ev.emit('connection.update', { connection: 'close', lastDisconnect: { error } });
  }
}

async function makeShop({ behaviour = { opens: true }, folder, linked = true, sendTimeoutMs = 1000, connectDeadlineMs = 1000 } = {}) {
  if (!folder) {
    folder = await mkdtemp(join(tmpdir(), 'bridge-shapes-'));
    folders.push(folder);
  }
  const authStore = new AuthStore(folder, { BufferJSON, initAuthCreds, proto }, quietLog);
  if (linked) {
    const { state, saveCreds } = await authStore.load();
    Object.assign(state.creds, { me: { id: '15550100200:2@s.whatsapp.net' }, account: { details: Buffer.from('signed') } });
    await saveCreds();
  }
  const events = [];
  const sockets = [];
  const sentLog = new SentLog(folder);
  sentLogs.push(sentLog);
  const adapter = new WhatsAppAdapter({
    makeSocket: (config) => {
      const socket = new FakeBaileysSocket(config, behaviour);
      sockets.push(socket);
      return socket;
    },
    authStore,
    emit: (event, fields) => events.push({ event, ...fields }),
    log: quietLog,
    sendTimeoutMs,
    connectDeadlineMs,
    sentLog,
  });
  await adapter.init();
  async function until(predicate, what, ms = 2000) {
    const deadline = Date.now() + ms;
    while (!predicate()) {
      if (Date.now() > deadline) throw new Error(`${what} within ${ms} ms; events: ${JSON.stringify(events)}`);
      await sleep(2);
    }
  }
  return { adapter, events, sockets, until, folder, socket: () => sockets.at(-1) };
}

async function openShop(options) {
  const shop = await makeShop(options);
  await shop.adapter.start();
  await shop.until(() => shop.adapter.connection === 'open', 'no open');
  return shop;
}

test('logout reports the close before its result, even when the socket closes a moment later', async () => {
  const { adapter, events } = await openShop();
  await adapter.logout();
  const close = events.find((e) => e.event === 'state' && e.connection === 'close');
  assert.ok(close, `a state close before the result: ${JSON.stringify(events)}`);
  assert.deepEqual([close.code, close.registered], [401, false]);
  assert.equal(adapter.connection, 'close');
});

test('stop waits for the close too', async () => {
  const { adapter, events } = await openShop();
  await adapter.stop();
  assert.ok(events.some((e) => e.event === 'state' && e.connection === 'close' && e.code === null));
});

test('a socket that shows neither QR nor open is closed as 408 at the connect deadline', async () => {
  const { adapter, events, until, socket } = await makeShop({ behaviour: {}, connectDeadlineMs: 30 });
  await adapter.start();
  await until(() => events.some((e) => e.event === 'state' && e.connection === 'close'), 'no close');
  const close = events.find((e) => e.connection === 'close');
  assert.equal(close.code, 408);
  assert.match(close.message, /did not answer/);
  assert.equal(socket().closed, true, 'the socket was ended');
  await adapter.start(); // not already_started
});

test('an upgrade answered with an HTTP error closes at once with its status', async () => {
  const { adapter, events, until, socket } = await makeShop({ behaviour: {}, connectDeadlineMs: 60000 });
  await adapter.start();
  socket().ws.emit('unexpected-response', {}, { statusCode: 403, statusMessage: 'Forbidden' });
  await until(() => events.some((e) => e.event === 'state' && e.connection === 'close'), 'no close');
  assert.match(events.find((e) => e.connection === 'close').message, /HTTP 403 Forbidden/);
});

test('a socket that opens in time is left alone by the deadline', async () => {
  const { adapter, events } = await openShop({ connectDeadlineMs: 30 });
  await sleep(60);
  assert.equal(adapter.connection, 'open');
  assert.ok(!events.some((e) => e.connection === 'close'));
});

test('after a pairing code was asked for but never confirmed, the next start registers afresh', async () => {
  const shop = await makeShop({ behaviour: {}, linked: false, connectDeadlineMs: 60000 });
  await shop.adapter.start();
  const first = shop.socket().config.auth.creds;
  // What requestPairingCode does to the credentials; then the connection is lost.
  Object.assign(first, { me: { id: '15550100200@s.whatsapp.net', name: '~' }, pairingCode: 'ABCD1234' });
  shop.socket().ev.emit('creds.update', first);
  await shop.socket().end(boom('Connection Closed', 428));
  await shop.adapter.start();
  const second = shop.socket().config.auth.creds;
  assert.equal(second.me, undefined, 'registration, not a login that would get 401');
  assert.notDeepEqual(second.noiseKey, first.noiseKey);
});

test('send_text answers ok only once WhatsApp acked the message', async () => {
  const acks = [];
  const { adapter, events } = await openShop({ behaviour: { opens: true, afterWrite: (socket, sent) => acks.push(() => socket.ack(sent.key.id)) } });
  let answered = false;
  const sending = adapter.sendText({ to: CUSTOMER, text: 'Hello', message_id: '3EB0A1' }).then((r) => { answered = true; return r; });
  while (acks.length === 0) await sleep(1);
  await sleep(10);
  assert.equal(answered, false, 'written is not accepted');
  acks[0]();
  assert.equal((await sending).message_id, '3EB0A1');
  assert.ok(events.some((e) => e.event === 'receipt' && e.id === '3EB0A1' && e.status === 'sent'));
});

test('a written message without an ack times out as written; the connection closing answers at once', async () => {
  const { adapter, socket } = await openShop({ sendTimeoutMs: 50 });
  await assert.rejects(adapter.sendText({ to: CUSTOMER, text: 'x', message_id: 'M1' }),
    (err) => err.code === 'send_timeout' && err.details.written === true);
  const sending = adapter.sendText({ to: CUSTOMER, text: 'y', message_id: 'M2', timeout_ms: 60000 });
  while (!socket().written.includes('M2')) await sleep(1);
  await socket().end(boom('Connection Closed', 428));
  await assert.rejects(sending, (err) => err.code === 'send_timeout' && err.details.written === true);
});

test('a send that timed out before it was written can never go out later', async () => {
  let releaseLookup;
  const lookup = new Promise((resolve) => { releaseLookup = resolve; });
  const { adapter, socket } = await openShop({ sendTimeoutMs: 30, behaviour: { opens: true, lookup: () => lookup } });
  const sending = adapter.sendText({ to: CUSTOMER, text: 'late', message_id: '3EB0LATE' });
  await assert.rejects(sending, (err) => err.code === 'send_timeout' && err.details.written === false);
  releaseLookup(); // the usync answer finally comes: Baileys carries on to the patch hook
  await sleep(10);
  assert.deepEqual(socket().written, [], 'nothing was encrypted or written');
});

test('refused sends: send_refused with the status, one error receipt each, also when they overlap', async () => {
  const { adapter, events, socket } = await openShop({ behaviour: { opens: true, afterWrite: () => {} } });
  const ids = ['R1', 'R2', 'R3'];
  const sends = ids.map((id) => adapter.sendText({ to: CUSTOMER, text: id, message_id: id }));
  while (socket().written.length < 3) await sleep(1);
  for (const id of ids) socket().ack(id, '463');
  // Baileys also reports each as messages.update status ERROR; that must not double the receipts.
  socket().ev.emit('messages.update', ids.map((id) => ({ key: { remoteJid: CUSTOMER, fromMe: true, id }, update: { status: 0, messageStubParameters: ['463'] } })));
  for (const sending of sends) {
    await assert.rejects(sending, (err) => err.code === 'send_refused' && err.details.status === 463);
  }
  const receipts = events.filter((e) => e.event === 'receipt' && e.status === 'error');
  assert.deepEqual(receipts.map((r) => [r.id, r.error_code]), [['R1', 463], ['R2', 463], ['R3', 463]]);
});

test('an error folded into the echo by Baileys\' event buffer still becomes a receipt', async () => {
  const { adapter, events, socket } = await openShop({ behaviour: { opens: true, afterWrite: (s, sent) => s.ack(sent.key.id) } });
  await adapter.sendText({ to: CUSTOMER, text: 'hi', message_id: 'E1' });
  socket().ev.emit('messages.upsert', {
    type: 'append',
    messages: [{ key: { remoteJid: CUSTOMER, fromMe: true, id: 'E1' }, message: { extendedTextMessage: { text: 'hi' } }, status: 0, messageStubParameters: ['479'] }],
  });
  const receipt = events.find((e) => e.event === 'receipt' && e.status === 'error');
  assert.deepEqual([receipt.id, receipt.error_code], ['E1', 479]);
  assert.ok(events.some((e) => e.event === 'message' && e.id === 'E1' && e.own_send));
});

test('history: recent messages as history, old ones left out, LID mappings passed on', async () => {
  const { events, socket } = await openShop();
  const now = Math.floor(Date.now() / 1000);
  socket().ev.emit('messaging-history.set', {
    chats: [{ id: '111111111111111@lid', pnJid: '15550000001@s.whatsapp.net' }],
    messages: [
      { key: { remoteJid: '111111111111111@lid', id: 'H1', fromMe: false }, message: { conversation: 'yesterday' }, messageTimestamp: now - 86400 },
      { key: { remoteJid: CUSTOMER, id: 'H2', fromMe: false }, message: { conversation: 'last month' }, messageTimestamp: now - 30 * 86400 },
    ],
    lidPnMappings: [{ lid: '222222222222222@lid', pn: '15550000002@s.whatsapp.net' }],
  });
  socket().ev.emit('lid-mapping.update', { lid: '333333333333333@lid', pn: '15550000003@s.whatsapp.net' });
  const messages = events.filter((e) => e.event === 'message');
  assert.deepEqual(messages.map((m) => [m.id, m.type, m.text]), [['H1', 'history', 'yesterday']]);
  assert.deepEqual(events.filter((e) => e.event === 'lid_mapping').map((e) => [e.lid, e.phone]).sort(), [
    ['111111111111111@lid', '+15550000001'],
    ['222222222222222@lid', '+15550000002'],
    ['333333333333333@lid', '+15550000003'],
  ]);
});

test('an undecryptable message is surfaced, then the retried one comes with the same id', async () => {
  const { events, socket } = await openShop();
  const key = { remoteJid: CUSTOMER, id: '3EB0CAFE', fromMe: false };
  socket().ev.emit('messages.upsert', { type: 'notify', messages: [{ key, messageStubType: 2, messageStubParameters: ['Bad MAC'], messageTimestamp: 1700000000 }] });
  socket().ev.emit('messages.upsert', { type: 'notify', messages: [{ key, message: { conversation: 'Are you open?' }, messageTimestamp: 1700000000 }] });
  assert.deepEqual(events.filter((e) => e.event === 'message').map((m) => [m.id, m.kind, m.text]),
    [['3EB0CAFE', 'undecryptable', null], ['3EB0CAFE', 'text', 'Are you open?']]);
});

test('a retry request is answered from the sent log after a restart; the retry counters outlive sockets', async () => {
  const first = await openShop({ behaviour: { opens: true, afterWrite: (s, sent) => s.ack(sent.key.id) } });
  await first.adapter.sendText({ to: CUSTOMER, text: 'Your table is booked', message_id: '3EB0BOOK' });
  const cache = first.socket().config.msgRetryCounterCache;
  await first.adapter.stop();
  await first.adapter.start();
  assert.equal(first.socket().config.msgRetryCounterCache, cache, 'one cache per adapter');
  await first.adapter.shutdown();

  const restarted = await openShop({ folder: first.folder, linked: false });
  const content = await restarted.socket().config.getMessage({ id: '3EB0BOOK', remoteJid: CUSTOMER });
  assert.deepEqual(content, { extendedTextMessage: { text: 'Your table is booked' } });
  assert.equal(await restarted.socket().config.getMessage({ id: 'unknown' }), undefined);
});
