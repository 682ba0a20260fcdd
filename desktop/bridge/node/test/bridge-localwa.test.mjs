// The product's real transport end to end: bridge.mjs --transport baileys (unmodified Baileys)
// against the local WhatsApp server on 127.0.0.1. One server for the file; each test its own shop.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { LocalServer } from './localwa-helpers.mjs';
import { BridgeProcess } from './support/bridge-process.mjs';

let server;
const folders = [];
const bridges = [];
let nextShop = 0;

before(async () => { server = await LocalServer.start(); });
after(async () => {
  for (const bridge of bridges) bridge.kill();
  await server?.stop();
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

async function authFolder() {
  const folder = await mkdtemp(join(tmpdir(), 'bridge-localwa-'));
  folders.push(folder);
  return join(folder, 'company_7');
}

function bridgeOn(authDir, { rootKey = server.ready.root_key, extra = [] } = {}) {
  const flags = ['--transport', 'baileys', '--wa-url', server.url, '--send-timeout-ms', '5000', ...extra];
  if (rootKey) flags.push('--wa-root-key', rootKey);
  const bridge = new BridgeProcess(authDir, flags);
  bridges.push(bridge);
  return bridge;
}

/** A bridge linked by QR to a shop phone of its own, open. */
async function linkedBridge() {
  nextShop += 1;
  const phone = `+1555010${String(1000 + nextShop)}`;
  const bridge = bridgeOn(await authFolder());
  await bridge.event('ready');
  await bridge.request('start');
  const { qr } = await bridge.event('qr', () => true, 15000);
  const linked = await server.command('phone.scan', { qr, phone });
  const restart = await bridge.event('state', (e) => e.connection === 'close', 15000);
  assert.deepEqual([restart.code, restart.is_new_login, restart.registered], [515, true, true]);
  assert.equal((await bridge.request('start')).ok, true);
  const open = await bridge.event('state', (e) => e.connection === 'open', 20000);
  assert.equal(open.me, linked.jid);
  return { bridge, phone };
}

/** No protocol line that is not JSON, and no key material in the logs. */
function assertCleanOutput(bridge) {
  assert.deepEqual(bridge.lines.filter((line) => line.unparsed !== undefined), []);
  assert.doesNotMatch(bridge.stderr, /privKey|rootKey|chainKey|SessionEntry/);
}

test('a server whose certificate root is not trusted is refused with a clear close, never linked', async () => {
  // WhatsApp's own root (no --wa-root-key), then a wrong key.
  for (const rootKey of [null, Buffer.alloc(32, 9).toString('base64')]) {
    const bridge = bridgeOn(await authFolder(), { rootKey });
    await bridge.event('ready');
    await bridge.request('start');
    const close = await bridge.event('state', (e) => e.connection === 'close', 15000);
    assert.equal(close.code, 400);
    assert.match(close.message, /the WhatsApp server's certificate is not trusted/);
    assert.equal(bridge.lines.some((line) => line.event === 'qr'), false, 'no QR from an untrusted server');
    assert.equal(await bridge.close(), 0);
  }
});

test('trusted root: QR link, customer in, reply acked and decrypted, 463 refused, logout closes first', async () => {
  const { bridge, phone } = await linkedBridge();

  const incoming = await server.command('customer.send', { from: '+15551239001', name: 'Ana', text: 'Open on Sunday?', shop: phone });
  const message = await bridge.event('message', (e) => e.id === incoming.message_id, 15000);
  assert.deepEqual([message.text, message.phone, message.type, message.from_me], ['Open on Sunday?', '+15551239001', 'notify', false]);

  const sent = await bridge.request('send_text', { to: '+15551239001', text: 'Yes, 10 to 14.', message_id: '3EB0AA01' }, 15000);
  assert.equal(sent.ok, true, JSON.stringify(sent));
  const delivered = await server.waitEvent('delivered', (e) => e.id === '3EB0AA01');
  assert.equal(delivered.text, 'Yes, 10 to 14.');
  await bridge.event('receipt', (e) => e.id === '3EB0AA01' && e.status === 'sent', 5000);

  await server.command('fault', { fault: 'refuse_send', count: 3, code: 463 });
  const refused = await Promise.all(['3EB0BB01', '3EB0BB02', '3EB0BB03'].map((id) =>
    bridge.request('send_text', { to: '+15551239001', text: `try ${id}`, message_id: id }, 15000)));
  for (const answer of refused) {
    assert.equal(answer.ok, false);
    assert.deepEqual([answer.error.code, answer.error.status], ['send_refused', 463]);
  }
  for (const id of ['3EB0BB01', '3EB0BB02', '3EB0BB03']) {
    const receipt = await bridge.event('receipt', (e) => e.id === id && e.status === 'error', 5000);
    assert.equal(receipt.error_code, 463);
  }
  assert.equal(bridge.lines.filter((line) => line.event === 'receipt' && line.status === 'error').length, 3, 'one each');

  const undecryptable = await server.command('customer.send', { from: '+15551239001', text: 'Second try', undecryptable: true, shop: phone });
  const stub = await bridge.event('message', (e) => e.id === undecryptable.message_id, 15000);
  assert.deepEqual([stub.kind, stub.text], ['undecryptable', null]);
  const recovered = await bridge.event('message', (e) => e.id === undecryptable.message_id, 15000);
  assert.deepEqual([recovered.kind, recovered.text], ['text', 'Second try']);

  const before = bridge.lines.length;
  const logout = await bridge.request('logout', {}, 15000);
  assert.equal(logout.ok, true);
  const closeIndex = bridge.lines.findIndex((line, i) => i >= before && line.event === 'state' && line.connection === 'close');
  const resultIndex = bridge.lines.indexOf(logout);
  assert.ok(closeIndex !== -1 && closeIndex < resultIndex, 'state close comes before the logout result');
  assert.equal((await bridge.request('status')).result.registered, false);
  assert.equal(await bridge.close(), 0);
  assertCleanOutput(bridge);
});

test('an HTTP error on the upgrade from the server becomes a 408 close, and the link works once it is gone', async () => {
  await server.command('fault', { fault: 'upgrade_error', status: 403, on: true });
  try {
    const bridge = bridgeOn(await authFolder());
    await bridge.event('ready');
    await bridge.request('start');
    const close = await bridge.event('state', (e) => e.connection === 'close', 15000);
    assert.equal(close.code, 408);
    assert.match(close.message, /HTTP 403/);
    await server.command('fault', { fault: 'upgrade_error', on: false });
    await bridge.request('start');
    await bridge.event('qr', () => true, 15000);
    assert.equal(await bridge.close(), 0);
  } finally {
    await server.command('fault', { fault: 'upgrade_error', on: false });
  }
});
