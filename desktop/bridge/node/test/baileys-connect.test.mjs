// The real transport (unmodified Baileys) against servers on 127.0.0.1 that misbehave before
// WhatsApp's protocol even begins: an HTTP error on the WebSocket upgrade, and a server that
// accepts the connection and never says a word. Without the bridge's own deadline both hang.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { BridgeProcess } from './support/bridge-process.mjs';

const folders = [];
const bridges = [];
const servers = [];

after(async () => {
  for (const bridge of bridges) bridge.kill();
  for (const server of servers) server.close();
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

async function authFolder() {
  const folder = await mkdtemp(join(tmpdir(), 'bridge-connect-'));
  folders.push(folder);
  return join(folder, 'company_7');
}

function listen(server) {
  servers.push(server);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

function realBridge(authDir, port, extra = []) {
  const bridge = new BridgeProcess(authDir, ['--transport', 'baileys', '--wa-url', `ws://127.0.0.1:${port}/ws/chat`, ...extra]);
  bridges.push(bridge);
  return bridge;
}

describe('connecting with the real Baileys socket', { concurrency: 2 }, () => {
  test('an HTTP error on the WebSocket upgrade closes as 408 with the status, and start works again', async () => {
    const upgrades = [];
    const server = createServer((request, response) => response.writeHead(404).end());
    server.on('upgrade', (request, socket) => {
      upgrades.push(request.url);
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    });
    const port = await listen(server);
    const bridge = realBridge(await authFolder(), port, ['--connect-deadline-ms', '20000']);
    await bridge.event('ready');
    assert.equal((await bridge.request('start')).ok, true);
    const close = await bridge.event('state', (e) => e.connection === 'close', 10000);
    assert.equal(close.code, 408);
    assert.match(close.message, /refused the connection \(HTTP 403/);
    assert.deepEqual(upgrades, ['/ws/chat']);
    assert.equal((await bridge.request('status')).result.connection, 'close');
    // Not `already_started`: the dead socket is gone.
    assert.equal((await bridge.request('start')).ok, true);
    await bridge.event('state', (e) => e.connection === 'close', 10000);
    assert.equal(await bridge.close(), 0);
    assert.doesNotMatch(bridge.stderr, /unhandled/i);
  });

  test('a server that accepts the connection and never answers is closed at the connect deadline', async () => {
    const held = [];
    const server = createTcpServer((socket) => held.push(socket)); // reads nothing, writes nothing
    server.on('close', () => held.forEach((socket) => socket.destroy()));
    const port = await listen(server);
    const bridge = realBridge(await authFolder(), port, ['--connect-deadline-ms', '1500']);
    await bridge.event('ready');
    await bridge.request('start');
    await bridge.event('state', (e) => e.connection === 'connecting', 10000);
    const close = await bridge.event('state', (e) => e.connection === 'close', 10000);
    assert.equal(close.code, 408);
    assert.match(close.message, /did not answer within 1\.5 s/);
    assert.equal(held.length, 1, 'the bridge did connect');
    assert.equal((await bridge.request('start')).ok, true);
    assert.equal(await bridge.close(), 0);
    for (const socket of held) socket.destroy();
  });

  test('the server URL must be on this PC, and a root key needs it', async () => {
    for (const flags of [
      ['--wa-url', 'wss://web.whatsapp.com/ws/chat'],
      ['--wa-url', 'ws://10.0.0.5:8080/ws/chat'],
      ['--wa-root-key', Buffer.alloc(32, 1).toString('base64')],
      ['--wa-url', 'ws://127.0.0.1:1/ws/chat', '--wa-root-key', 'c2hvcnQ='],
    ]) {
      const bridge = new BridgeProcess(await authFolder(), ['--transport', 'baileys', ...flags]);
      bridges.push(bridge);
      const fatal = await bridge.event('fatal');
      assert.equal(fatal.code, 'bad_flags', flags.join(' '));
      assert.equal(await bridge.close(), 2);
    }
  });
});
