// Linking by QR, the 515 restart and logging in from stored credentials, against the real Baileys socket.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { Curve, WA_CERT_DETAILS } from 'baileys';
import WebSocket from 'ws';
import * as signalCurve from 'libsignal/src/curve.js';
import { Companion, LocalServer, linkByQr, tempDir } from './localwa-helpers.mjs';

const server = await LocalServer.start();
after(() => server.stop());

test('a QR link, the 515 restart and the login reach open', async () => {
  const started = Date.now();
  const { companion, linked } = await linkByQr(server);
  try {
    assert.match(linked.jid, /^15550100200:\d+@s\.whatsapp\.net$/);
    assert.match(linked.lid, /^\d+:\d+@lid$/);
    assert.equal(companion.state.creds.me.id, linked.jid);
    assert.equal(companion.state.creds.me.lid, linked.lid);
    assert.ok(Date.now() - started < 10000, 'every login query answered, so open comes quickly');
    const state = await server.command('state');
    assert.equal(state.devices.length, 1);
    assert.equal(state.devices[0].connected, true);
  } finally {
    companion.end();
  }
});

test('pings are answered', async () => {
  const { companion } = await linkByQr(server);
  try {
    const pong = await companion.sock.query({
      tag: 'iq', attrs: { to: 's.whatsapp.net', type: 'get', xmlns: 'w:p' }, content: [{ tag: 'ping', attrs: {} }]
    });
    assert.equal(pong.attrs.type, 'result');
  } finally {
    companion.end();
  }
});

test('the certificate chain holds under a strict verifier with the root key, and only with it', async () => {
  const plainVerify = Curve.verify;
  const pinned = WA_CERT_DETAILS.PUBLIC_KEY;
  // what the hardened bridge does in its own process: a verify that honours the signature check
  Curve.verify = (publicKey, message, signature) => {
    try {
      return signalCurve.verifySignature(Buffer.concat([Buffer.from([5]), publicKey]), message, signature) === true;
    } catch {
      return false;
    }
  };
  try {
    const untrusted = new Companion(server.url, tempDir('auth'));
    await untrusted.connect();
    assert.equal(await untrusted.closed(), 400, 'the real WhatsApp root does not sign this server');
    untrusted.end();

    WA_CERT_DETAILS.PUBLIC_KEY = Buffer.from(server.ready.root_key, 'base64');
    const { companion } = await linkByQr(server);
    companion.end();
  } finally {
    Curve.verify = plainVerify;
    WA_CERT_DETAILS.PUBLIC_KEY = pinned;
  }
});

test('a QR nobody shows is refused', async () => {
  const answer = await server.send('phone.scan', { qr: 'https://wa.me/settings/linked_devices#nope,AAAA,BBBB,CCCC,1' });
  assert.equal(answer.ok, false);
  assert.equal(answer.error.code, 'bad_argument');
});

test('a pairing-code link: the phone types the code, the client restarts and logs in', async () => {
  const companion = new Companion(server.url, tempDir('auth'));
  await companion.connect();
  await companion.qr(); // the socket is up and registering
  const code = await companion.sock.requestPairingCode('15550100201');
  await server.waitEvent('pairing_requested', (e) => e.phone === '+15550100201');
  const linked = await server.command('phone.enter_code', { code, phone: '+15550100201' });
  assert.match(linked.jid, /^15550100201:\d+@s\.whatsapp\.net$/);
  assert.equal(await companion.closed(), 515);
  await companion.saving;
  await companion.connect();
  await companion.opened();
  assert.equal(companion.state.creds.me.id, linked.jid);
  companion.end();
});

test('a wrong pairing code is refused, and a code nobody asked for too', async () => {
  const companion = new Companion(server.url, tempDir('auth'));
  await companion.connect();
  await companion.qr();
  const code = await companion.sock.requestPairingCode('15550100202');
  await server.waitEvent('pairing_requested', (e) => e.phone === '+15550100202');
  const wrong = code === 'AAAAAAAA' ? 'BBBBBBBB' : 'AAAAAAAA';
  const answer = await server.send('phone.enter_code', { code: wrong, phone: '+15550100202' });
  assert.equal(answer.error?.code, 'wrong_code');
  const nobody = await server.send('phone.enter_code', { code, phone: '+15550100299' });
  assert.equal(nobody.error?.code, 'no_pairing_request');
  companion.end();
});

test('garbage on the WebSocket or the control channel is reported, and the server carries on', async () => {
  const ws = new WebSocket(server.url);
  await new Promise((resolve) => ws.on('open', resolve));
  ws.send(Buffer.from('GET / HTTP/1.1 this is not WhatsApp'));
  await server.waitEvent('error', (e) => e.code === 'bad_frame');
  await new Promise((resolve) => ws.on('close', resolve));
  server.child.stdin.write('this is not json\n');
  await server.waitEvent('error', (e) => e.code === 'bad_json');
  const unknown = await server.send('no.such.command');
  assert.equal(unknown.error.code, 'unknown_command');
  assert.ok(Array.isArray((await server.command('state')).devices), 'still answering');
});
