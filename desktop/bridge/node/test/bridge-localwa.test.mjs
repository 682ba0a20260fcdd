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

test('history on first link comes as history messages with their LID mappings; lid.map as lid_mapping', async () => {
  await server.command('history.set', { messages: 8, lid_share: 0.5, days: 3 });
  const { bridge, phone } = await linkedBridge();
  const deadline = Date.now() + 15000;
  while (bridge.lines.filter((line) => line.event === 'message' && line.type === 'history').length < 8) {
    if (Date.now() > deadline) throw new Error(`history incomplete: ${JSON.stringify(bridge.lines.slice(-20))}`);
    await bridge.event('message', (e) => e.type === 'history', 15000);
  }
  const history = bridge.lines.filter((line) => line.event === 'message' && line.type === 'history');
  assert.equal(history.length, 8);
  assert.ok(history.every((m) => typeof m.text === 'string'));
  assert.ok(bridge.lines.some((line) => line.event === 'lid_mapping' && /^\d+@lid$/.test(line.lid) && /^\+\d+$/.test(line.phone)));

  await server.command('lid.map', { phone: '+15551238001', lid: '77665544332299@lid', shop: phone });
  const mapping = await bridge.event('lid_mapping', (e) => e.lid === '77665544332299@lid', 15000);
  assert.equal(mapping.phone, '+15551238001');
  assert.equal(await bridge.close(), 0);
  assertCleanOutput(bridge);
});

test('a pairing code asked for, then the socket lost: the next start registers again (no false logout), and the code links', async () => {
  const bridge = bridgeOn(await authFolder());
  await bridge.event('ready');
  await bridge.request('start');
  await bridge.event('qr', () => true, 15000);
  assert.equal((await bridge.request('pairing_code', { phone: '15550109999' }, 10000)).ok, true);
  assert.equal((await bridge.request('stop')).ok, true);
  await bridge.event('state', (e) => e.connection === 'close');

  await bridge.request('start');
  const next = await bridge.next((line) => line.event === 'qr' || (line.event === 'state' && line.connection === 'close'), 15000);
  assert.equal(next.event, 'qr', `a QR again, not a close: ${JSON.stringify(next)}`);
  const { code } = (await bridge.request('pairing_code', { phone: '15550109999' }, 10000)).result;
  await server.command('phone.enter_code', { code, phone: '+15550109999' });
  const restart = await bridge.event('state', (e) => e.connection === 'close', 15000);
  assert.equal(restart.code, 515);
  await bridge.request('start');
  const open = await bridge.event('state', (e) => e.connection === 'open', 20000);
  assert.match(open.me, /^15550109999:\d+@s\.whatsapp\.net$/);
  assert.equal(bridge.lines.some((line) => line.event === 'state' && line.code === 401), false);
  assert.equal(await bridge.close(), 0);
});

test('error acks: 429 and 5xx are "not now" (send_failed, no error receipt, the same id goes again); 479 and 400 are final', async () => {
  const { bridge, phone } = await linkedBridge();
  const customer = '+15551239002';
  const incoming = await server.command('customer.send', { from: customer, text: 'Hi', shop: phone });
  await bridge.event('message', (e) => e.id === incoming.message_id, 15000);

  for (const [code, id] of [[429, '3EB0DD01'], [500, '3EB0DD02'], [503, '3EB0DD03']]) {
    await server.command('fault', { fault: 'refuse_send', count: 1, code });
    const refused = await bridge.request('send_text', { to: customer, text: `answer ${id}`, message_id: id }, 15000);
    assert.equal(refused.ok, false);
    assert.deepEqual([refused.error.code, refused.error.status], ['send_failed', code]);
    // The app sends it again with the same id, as its outbox does: WhatsApp takes it this time.
    const again = await bridge.request('send_text', { to: customer, text: `answer ${id}`, message_id: id }, 15000);
    assert.equal(again.ok, true, JSON.stringify(again));
    assert.equal((await server.waitEvent('delivered', (e) => e.id === id)).text, `answer ${id}`);
  }
  for (const [code, id] of [[479, '3EB0DE01'], [400, '3EB0DE02']]) {
    await server.command('fault', { fault: 'refuse_send', count: 1, code });
    const refused = await bridge.request('send_text', { to: customer, text: `answer ${id}`, message_id: id }, 15000);
    assert.deepEqual([refused.ok, refused.error.code, refused.error.status], [false, 'send_refused', code]);
    assert.equal((await bridge.event('receipt', (e) => e.id === id && e.status === 'error', 5000)).error_code, code);
  }
  // Sent after every refusal above: their receipts (and Baileys' own ERROR updates) came before it.
  const last = await bridge.request('send_text', { to: customer, text: 'last', message_id: '3EB0DF01' }, 15000);
  assert.equal(last.ok, true);
  await bridge.event('receipt', (e) => e.id === '3EB0DF01' && e.status === 'sent', 5000);
  const errors = bridge.lines.filter((line) => line.event === 'receipt' && line.status === 'error').map((line) => line.id);
  assert.deepEqual(errors, ['3EB0DE01', '3EB0DE02'], 'an error receipt only for the final refusals');
  assert.equal(await bridge.close(), 0);
  assertCleanOutput(bridge);
});
