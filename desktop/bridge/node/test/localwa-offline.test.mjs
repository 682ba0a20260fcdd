// What waits for an offline device, what WhatsApp delivers twice, and what survives a server restart.

import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { Companion, LocalServer, linkByQr, tempDir } from './localwa-helpers.mjs';

const stateDir = tempDir('state');
let server = await LocalServer.start(stateDir);
let authDir;
before(async () => {
  const { companion } = await linkByQr(server);
  authDir = companion.authDir;
  // a first message, so the customer's Signal session exists before the restart test
  const first = await server.command('customer.send', { from: '+15551239001', name: 'Bo', lid: true, text: 'first' });
  await companion.waitUpsert((m) => m.key.id === first.message_id);
  await untilAcknowledged();
  companion.end();
  await companion.closed();
});
after(() => server.stop());

/** Until the device has acknowledged every message sent to it (Baileys acks each one it handled). */
async function untilAcknowledged() {
  const deadline = Date.now() + 15000;
  while ((await server.command('state')).unacked !== 0) {
    assert.ok(Date.now() < deadline, 'the device never acknowledged its messages');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const textOf = (m) => m.message?.conversation || m.message?.extendedTextMessage?.text;

async function loggedIn() {
  const companion = new Companion(server.url, authDir);
  await companion.connect();
  await companion.opened();
  return companion;
}

test('messages to an offline device wait, then arrive with `offline` as append at the next login', async () => {
  const one = await server.command('customer.send', { from: '+15551239001', text: 'are you there?' });
  const two = await server.command('customer.send', { from: '+15551239001', text: 'hello?' });
  // Both are owed to the device: queued, or (when the previous test's connection was still
  // closing) sent on it unacknowledged. Either way both come at the next login.
  const owed = await server.command('state');
  assert.equal(owed.queued + owed.unacked, 2);
  const companion = await loggedIn();
  try {
    const got = await companion.waitUpsert((m) => m.key.id === two.message_id);
    const gotOne = await companion.waitUpsert((m) => m.key.id === one.message_id);
    assert.equal(textOf(gotOne), 'are you there?');
    assert.equal(textOf(got), 'hello?');
    assert.equal(got.upsertType, 'append');
    assert.equal((await server.command('state')).queued, 0);
    // Baileys acknowledges each message it handled: the server owes the device nothing more.
    await untilAcknowledged();
  } finally {
    companion.end();
    await companion.closed();
  }
});

test('offline: true delivers to a connected device as after a time away; redeliver sends the same id again', async () => {
  const companion = await loggedIn();
  try {
    const sent = await server.command('customer.send', { from: '+15551239001', text: 'late one', offline: true });
    const got = await companion.waitUpsert((m) => m.key.id === sent.message_id);
    assert.equal(got.upsertType, 'append');
    const again = await server.command('customer.redeliver', { count: 1 });
    assert.deepEqual(again.message_ids, [sent.message_id]);
    await companion.waitUpsert((m) => m.key.id === sent.message_id && m !== got);
    assert.equal(companion.upserts.filter((m) => m.key.id === sent.message_id).length, 2);
  } finally {
    companion.end();
    await companion.closed();
  }
});

test('a message whose receipt never came (the connection dropped first) is delivered again at the next login', async () => {
  let companion = await loggedIn();
  let sent;
  try {
    await server.command('fault', { fault: 'drop_receipts', on: true });
    sent = await server.command('customer.send', { from: '+15551239001', text: 'did you get this?' });
    await companion.waitUpsert((m) => m.key.id === sent.message_id);
    assert.equal((await server.command('state')).unacked, 1);
  } finally {
    await server.command('fault', { fault: 'drop_receipts', on: false });
    companion.end();
    await companion.closed();
  }
  companion = await loggedIn();
  try {
    const again = await companion.waitUpsert((m) => m.key.id === sent.message_id);
    assert.equal(textOf(again), 'did you get this?');
    assert.equal(again.upsertType, 'append');
    await untilAcknowledged();
  } finally {
    companion.end();
    await companion.closed();
  }
});

test('a restarted server keeps its root key, the account, the device and the Signal sessions', async () => {
  const rootKey = server.ready.root_key;
  assert.equal(await server.stop(), 0);
  server = await LocalServer.start(stateDir);
  assert.equal(server.ready.root_key, rootKey);
  const state = await server.command('state');
  assert.equal(state.devices.length, 1);
  const companion = await loggedIn();
  try {
    const sent = await server.command('customer.send', { from: '+15551239001', text: 'after the restart' });
    const got = await companion.waitUpsert((m) => m.key.id === sent.message_id);
    assert.equal(textOf(got), 'after the restart');
    const reply = await companion.sock.sendMessage('15551239001@s.whatsapp.net', { text: 'still here' });
    assert.equal((await server.waitEvent('delivered', (e) => e.id === reply.key.id)).text, 'still here');
  } finally {
    companion.end();
    await companion.closed();
  }
});
