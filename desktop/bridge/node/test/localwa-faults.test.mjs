// Injected faults: every server-initiated disconnect code, silent pings and queries, refused and
// failed connections, refused and unacknowledged sends, and the phone unlinking the device.

import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import WebSocket from 'ws';
import { Companion, LocalServer, linkByQr } from './localwa-helpers.mjs';

const server = await LocalServer.start();
let authDir;
before(async () => {
  const { companion } = await linkByQr(server);
  authDir = companion.authDir;
  companion.end();
  await companion.closed();
});
after(() => server.stop());

/** A companion logged in again from the stored credentials. */
async function loggedIn(options) {
  const companion = new Companion(server.url, authDir, options);
  await companion.connect();
  await companion.opened();
  return companion;
}

for (const code of [403, 408, 411, 428, 440, 500, 503, 515, 401]) {
  test(`fault disconnect ${code} closes the client with ${code}`, async () => {
    const companion = await loggedIn();
    await server.command('fault', { fault: 'disconnect', code });
    assert.equal(await companion.closed(), code);
    await companion.saving;
  });
}

test('a second login with the same credentials replaces the first (440)', async () => {
  const first = await loggedIn();
  const second = await loggedIn();
  assert.equal(await first.closed(), 440);
  second.end();
  await second.closed();
});

test('drop_pings: the client gives up with 408', async () => {
  const companion = await loggedIn({ keepAliveIntervalMs: 200 });
  await server.command('fault', { fault: 'drop_pings' });
  try {
    assert.equal(await companion.closed(15000), 408);
  } finally {
    await server.command('fault', { fault: 'drop_pings', on: false });
  }
});

test('slow_queries delays the answers; drop_queries never answers', async () => {
  await server.command('fault', { fault: 'slow_queries', ms: 800, xmlns: 'passive' });
  const started = Date.now();
  const slow = await loggedIn();
  assert.ok(Date.now() - started >= 800, 'open waited for the slow passive answer');
  await server.command('fault', { fault: 'slow_queries', ms: 0 });
  await server.command('fault', { fault: 'drop_queries', xmlns: 'abt' });
  await assert.rejects(slow.sock.query({ tag: 'iq', attrs: { to: 's.whatsapp.net', type: 'get', xmlns: 'abt' }, content: [{ tag: 'props', attrs: {} }] }, 500), /Timed Out/);
  await server.command('fault', { fault: 'drop_queries', on: false });
  const answered = await slow.sock.query({ tag: 'iq', attrs: { to: 's.whatsapp.net', type: 'get', xmlns: 'abt' }, content: [{ tag: 'props', attrs: {} }] }, 2000);
  assert.equal(answered.attrs.type, 'result');
  slow.end();
  await slow.closed();
});

test('refuse_send answers the next send with an error ack; hold_acks swallows one', async () => {
  const companion = await loggedIn();
  try {
    await server.command('fault', { fault: 'refuse_send', count: 1 });
    const refused = await companion.sock.sendMessage('15551230009@s.whatsapp.net', { text: 'refused' });
    await companion.waitStatus((s) => s.id === refused.key.id && s.status === 0);
    await server.command('fault', { fault: 'hold_acks', count: 1 });
    const held = await companion.sock.sendMessage('15551230009@s.whatsapp.net', { text: 'held' });
    const next = await companion.sock.sendMessage('15551230009@s.whatsapp.net', { text: 'next' });
    await server.waitEvent('delivered', (e) => e.id === next.key.id);
    assert.equal(server.events.some((e) => e.event === 'delivered' && (e.id === held.key.id || e.id === refused.key.id)), false);
  } finally {
    companion.end();
    await companion.closed();
  }
});

test('refuse: connections fail at TCP level until switched off', async () => {
  await server.command('fault', { fault: 'refuse' });
  try {
    const companion = new Companion(server.url, authDir);
    await companion.connect();
    const code = await companion.closed();
    assert.equal(code, 408, 'Baileys reports a refused connection (ECONNREFUSED) as 408');
  } finally {
    await server.command('fault', { fault: 'refuse', on: false });
  }
  const again = await loggedIn();
  again.end();
  await again.closed();
});

test('upgrade_error answers the WebSocket upgrade with an HTTP error', async () => {
  await server.command('fault', { fault: 'upgrade_error', status: 403 });
  try {
    const status = await new Promise((resolve, reject) => {
      const ws = new WebSocket(server.url);
      ws.on('unexpected-response', (req, res) => { resolve(res.statusCode); ws.terminate(); });
      ws.on('open', () => reject(new Error('the upgrade succeeded')));
      ws.on('error', () => {});
    });
    assert.equal(status, 403);
  } finally {
    await server.command('fault', { fault: 'upgrade_error', on: false });
  }
});

test('phone.logout closes with 401 and the device is forgotten', async () => {
  const companion = await loggedIn();
  await server.command('phone.logout', {});
  assert.equal(await companion.closed(), 401);
  assert.equal((await server.command('state')).devices.length, 0);
  const again = new Companion(server.url, authDir);
  await again.connect();
  assert.equal(await again.closed(), 401, 'the forgotten credentials no longer log in');
});

test('a bad fault is refused clearly', async () => {
  const answer = await server.send('fault', { fault: 'disconnect', code: 999 });
  assert.equal(answer.error.code, 'bad_argument');
});
