// The bridge as the app sees it: a child process spoken to over the real wire.
import assert from 'node:assert/strict';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, describe, test } from 'node:test';
import { BridgeProcess as SharedBridgeProcess } from './support/bridge-process.mjs';

const FAST_SIM = ['--transport', 'sim', '--connect-delay-ms', '10', '--qr-first-ms', '2000', '--qr-next-ms', '500'];
const folders = [];
const running = [];

after(async () => {
  // A failed test may leave its bridge running; the runner would wait for it.
  for (const bridge of running) bridge.kill();
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

async function authFolder() {
  const folder = await mkdtemp(join(tmpdir(), 'bridge-process-'));
  folders.push(folder);
  return join(folder, 'company_7');
}

/** The shared test bridge, with the sim transport by default; each is killed after the tests. */
class BridgeProcess extends SharedBridgeProcess {
  constructor(authDir, flags = FAST_SIM, script = undefined) {
    super(authDir, flags, script);
    running.push(this);
  }
}

async function linkedBridge(authDir) {
  const bridge = new BridgeProcess(authDir);
  await bridge.event('ready');
  assert.equal((await bridge.request('start')).ok, true);
  await bridge.event('qr');
  assert.equal((await bridge.request('sim.scan')).ok, true);
  await bridge.event('state', (e) => e.code === 515);
  assert.equal((await bridge.request('start')).ok, true);
  await bridge.event('state', (e) => e.connection === 'open');
  return bridge;
}

// A few bridges at a time: each start loads Baileys (~0.7 s of CPU), and a crowded machine makes
// every timing in these tests slower.
describe('bridge process', { concurrency: 4 }, () => {
  test('first line is ready; QR within 2 s; scan, 515, start, open; a restart opens without QR', async () => {
    const authDir = await authFolder();
    const bridge = new BridgeProcess(authDir);
    const ready = await bridge.next(() => true);
    assert.deepEqual({ ...ready, node: undefined, baileys: undefined, pid: undefined },
      { event: 'ready', protocol: 1, transport: 'sim', company: 7, node: undefined, baileys: undefined, pid: undefined });
    assert.equal(ready.node, process.versions.node);
    assert.equal(ready.baileys, '7.0.0-rc14');
    assert.equal(ready.pid, bridge.child.pid);

    const started = Date.now();
    assert.deepEqual(await bridge.request('start'), { id: 't1', ok: true, result: {} });
    const qr = await bridge.event('qr', () => true, 2000);
    assert.ok(Date.now() - started < 2000);
    assert.deepEqual([qr.n, qr.expires_ms, typeof qr.qr], [1, 2000, 'string']);
    await bridge.request('sim.scan');
    const restart = await bridge.event('state', (e) => e.connection === 'close');
    assert.deepEqual([restart.code, restart.registered, restart.is_new_login], [515, true, true]);
    await bridge.request('start');
    await bridge.event('state', (e) => e.connection === 'open');
    assert.equal(await bridge.close(), 0);

    const restarted = new BridgeProcess(authDir);
    await restarted.event('ready');
    const status = (await restarted.request('status')).result;
    assert.deepEqual([status.connection, status.registered, status.me], ['close', true, '15550100200:2@s.whatsapp.net']);
    await restarted.request('start');
    await restarted.event('state', (e) => e.connection === 'open');
    assert.ok(!restarted.lines.some((line) => line.event === 'qr'));
    restarted.write('{"id":"bye","cmd":"shutdown"}\n{"id":"late","cmd":"status"}\n');
    assert.deepEqual(await restarted.next((l) => l.id === 'bye'), { id: 'bye', ok: true, result: {} });
    assert.equal((await restarted.next((l) => l.id === 'late')).error.code, 'shutting_down');
    assert.equal(await restarted.exited(), 0);
  });

  test('send_text: result, sim.outgoing, echo with own_send, receipts', async () => {
    const bridge = await linkedBridge(await authFolder());
    const reply = await bridge.request('send_text', { to: '+15551234567', text: 'Your order is ready', message_id: '3EB0C0FFEE01' });
    assert.equal(reply.ok, true);
    assert.equal(reply.result.message_id, '3EB0C0FFEE01');
    assert.equal(typeof reply.result.timestamp, 'number');
    const echo = bridge.lines.find((l) => l.event === 'message' && l.id === '3EB0C0FFEE01')
      ?? await bridge.event('message', (e) => e.id === '3EB0C0FFEE01');
    assert.deepEqual([echo.own_send, echo.from_me, echo.type], [true, true, 'append']);
    assert.ok(bridge.lines.some((l) => l.event === 'sim.outgoing' && l.to === '15551234567@s.whatsapp.net'));
    for (const status of ['sent', 'delivered', 'read']) {
      if (!bridge.lines.some((l) => l.event === 'receipt' && l.status === status)) {
        await bridge.event('receipt', (e) => e.status === status);
      }
    }
    const presence = await bridge.request('presence', { to: '+15551234567', state: 'composing' });
    assert.equal(presence.ok, true);
    const read = await bridge.request('read', { keys: [{ chat: '15551234567@s.whatsapp.net', id: 'IN1' }] });
    assert.equal(read.ok, true);
    await bridge.close();
  });

  test('incoming text, media, group, typed on the phone, and hidden-number chats', async () => {
    const bridge = await linkedBridge(await authFolder());
    const messages = {
      TEXT1: { from: '+15551234567', name: 'Ann', text: 'Do you have size 40?' },
      IMG1: { from: '+15551234567', media: 'image', text: 'this one' },
      AUD1: { from: '+15551234567', media: 'audio' },
      STAFF1: { from: '+15551234567', text: 'I will handle this', from_me: true },
      LID1: { from: '+15559876543', text: 'hidden number', lid: true },
    };
    for (const [id, args] of Object.entries(messages)) {
      assert.deepEqual((await bridge.request('sim.incoming', { ...args, message_id: id })).result, { message_id: id });
    }
    const got = {};
    for (const id of Object.keys(messages)) got[id] = await bridge.event('message', (e) => e.id === id);
    assert.deepEqual([got.TEXT1.kind, got.TEXT1.text, got.TEXT1.push_name, got.TEXT1.phone, got.TEXT1.chat_type],
      ['text', 'Do you have size 40?', 'Ann', '+15551234567', 'user']);
    assert.deepEqual([got.IMG1.kind, got.IMG1.text], ['image', 'this one']);
    assert.deepEqual([got.AUD1.kind, got.AUD1.text], ['audio', null]);
    assert.deepEqual([got.STAFF1.from_me, got.STAFF1.own_send], [true, false]);
    assert.deepEqual([got.LID1.chat_type, got.LID1.phone, got.LID1.lid.endsWith('@lid'), got.LID1.chat],
      ['lid', '+15559876543', true, got.LID1.lid]);

    // Without --allow-groups a group message never reaches the app.
    await bridge.request('sim.incoming', { from: '+15551234567', text: 'hi all', group: '120363021234567890@g.us', message_id: 'GRP1' });
    await bridge.request('sim.incoming', { from: '+15551234567', text: 'after', message_id: 'AFTER1' });
    await bridge.event('message', (e) => e.id === 'AFTER1');
    assert.ok(!bridge.lines.some((l) => l.id === 'GRP1'));
    await bridge.close();
  });

  test('with --allow-groups a group message names its participant', async () => {
    const bridge = new BridgeProcess(await authFolder(), [...FAST_SIM, '--allow-groups']);
    await bridge.event('ready');
    await bridge.request('start');
    await bridge.event('qr');
    await bridge.request('sim.scan');
    await bridge.event('state', (e) => e.code === 515);
    await bridge.request('start');
    await bridge.event('state', (e) => e.connection === 'open');
    await bridge.request('sim.incoming', { from: '+15551234567', text: 'hi all', group: '120363021234567890@g.us', message_id: 'GRP1' });
    const group = await bridge.event('message', (e) => e.id === 'GRP1');
    assert.deepEqual([group.chat_type, group.chat, group.participant, group.phone],
      ['group', '120363021234567890@g.us', '15551234567@s.whatsapp.net', '+15551234567']);
    await bridge.close();
  });

  test('malformed lines are answered and the bridge keeps working', async () => {
    const bridge = new BridgeProcess(await authFolder());
    await bridge.event('ready');
    bridge.write('this is not json\n');
    assert.equal((await bridge.event('protocol_error')).code, 'bad_json');
    bridge.write('[1,2,3]\n');
    assert.equal((await bridge.event('protocol_error')).code, 'bad_command');
    bridge.write('{"id":"b1","cmd":"status",\n');
    bridge.write('{"id":"b2","cmd":"fly"}\n');
    bridge.write('{"id":"b3","cmd":"send_text","to":"nobody","text":"x","message_id":"m"}\n');
    bridge.write(`{"id":"huge","cmd":"send_text","text":"${'x'.repeat(1100000)}"}\n`);
    assert.equal((await bridge.event('protocol_error')).code, 'line_too_long');
    // Lines are answered in order, so the answers to b1..b3 came before the line_too_long report.
    const codes = {};
    for (const id of ['b1', 'b2', 'b3']) codes[id] = bridge.lines.find((l) => l.id === id).error.code;
    assert.deepEqual(codes, { b1: 'bad_json', b2: 'bad_command', b3: 'bad_argument' });
    assert.equal((await bridge.request('status')).ok, true);
    assert.match(bridge.stderr, /rejected a line/);
    assert.equal(bridge.lines.filter((l) => 'unparsed' in l).length, 0);
    assert.equal(await bridge.close(), 0);
  });

  test('a send that WhatsApp never accepts answers send_timeout', async () => {
    const bridge = await linkedBridge(await authFolder());
    await bridge.request('sim.fault', { fault: 'send_timeout', count: 1 });
    const started = Date.now();
    const reply = await bridge.request('send_text', { to: '+15551234567', text: 'x', message_id: 'SLOW1', timeout_ms: 200 });
    assert.equal(reply.error.code, 'send_timeout');
    assert.ok(Date.now() - started >= 200);
    assert.equal((await bridge.request('status')).result.sends_in_flight, 0);
    assert.equal((await bridge.request('send_text', { to: '+15551234567', text: 'y', message_id: 'NEXT1' })).ok, true);
    await bridge.close();
  });

  test('disconnect faults close with their code and the bridge waits for start', async () => {
    const bridge = await linkedBridge(await authFolder());
    await bridge.request('sim.fault', { fault: 'replaced' });
    const close = await bridge.event('state', (e) => e.connection === 'close');
    assert.deepEqual([close.code, close.registered], [440, true]);
    await sleep(100);
    assert.ok(!bridge.lines.slice(-3).some((l) => l.event === 'state' && l.connection === 'connecting'), 'no reconnect by itself');
    assert.equal((await bridge.request('send_text', { to: '+15551234567', text: 'x', message_id: 'M1' })).error.code, 'not_connected');
    await bridge.request('start');
    await bridge.event('state', (e) => e.connection === 'open');
    await bridge.request('sim.fault', { fault: 'garbage' });
    await bridge.next((l) => 'unparsed' in l);
    await bridge.request('sim.fault', { fault: 'crash' });
    assert.equal(await bridge.exited(), 70);
  });

  test('the bridge exits when stdin closes and on SIGTERM', async () => {
    const first = new BridgeProcess(await authFolder());
    await first.event('ready');
    await first.request('start');
    assert.equal(await first.close(), 0);

    const second = new BridgeProcess(await authFolder());
    await second.event('ready');
    second.child.kill('SIGTERM');
    assert.equal(await second.exited(), 0);
  });

  test('the bridge exits when the app was killed and all its pipes broke', async () => {
    const bridge = await linkedBridge(await authFolder());
    bridge.child.stdout.destroy();
    bridge.child.stderr.destroy();
    bridge.child.stdin.end();
    assert.equal(await bridge.exited(), 0);
  });

  test('without node_modules the bridge says how to fix it and exits 3', async () => {
    const copy = await mkdtemp(join(tmpdir(), 'bridge-no-deps-'));
    folders.push(copy);
    await cp(new URL('../bridge.mjs', import.meta.url), join(copy, 'bridge.mjs'));
    await cp(new URL('../lib', import.meta.url), join(copy, 'lib'), { recursive: true });
    const bridge = new BridgeProcess(await authFolder(), ['--transport', 'sim'], join(copy, 'bridge.mjs'));
    const fatal = await bridge.next(() => true);
    assert.equal(fatal.event, 'fatal');
    assert.equal(fatal.code, 'dependencies_missing');
    assert.match(fatal.message, /npm ci/);
    assert.equal(await bridge.exited(), 3);
  });

  test('the real transport without internet reports an unreachable network and keeps running', async () => {
    const bridge = new BridgeProcess(await authFolder(), ['--transport', 'baileys']);
    const ready = await bridge.event('ready');
    assert.equal(ready.transport, 'baileys');
    assert.equal((await bridge.request('sim.scan')).error.code, 'not_sim');
    await bridge.request('start');
    const close = await bridge.event('state', (e) => e.connection === 'close', 10000);
    assert.equal(typeof close.code, 'number');
    assert.match(close.message, /network unreachable/);
    assert.equal((await bridge.request('status')).result.connection, 'close');
    assert.equal(await bridge.close(), 0);
    assert.doesNotMatch(bridge.stderr, /unhandled/i);
  });
});
