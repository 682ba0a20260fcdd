// History sync on link, LID mappings, undecryptable messages and retries, staff typing on the phone.

import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { LocalServer, linkByQr } from './localwa-helpers.mjs';

const server = await LocalServer.start();
let companion;
before(async () => {
  await server.command('history.set', { messages: 12, lid_share: 0.4, days: 3 });
  ({ companion } = await linkByQr(server));
});
after(async () => { companion?.end(); await server.stop(); });

const textOf = (m) => m.message?.conversation || m.message?.extendedTextMessage?.text;

test('history.set: the link brings that many older messages, and the LID mappings', async () => {
  const history = await companion.waitHistory((h) => h.messages.length > 0);
  assert.equal(history.messages.length, 12);
  assert.ok(history.messages.every((m) => textOf(m)));
  assert.ok(history.messages.some((m) => m.key.remoteJid.endsWith('@lid')), 'part of the chats are addressed by LID');
  assert.ok(history.messages.some((m) => m.key.remoteJid.endsWith('@s.whatsapp.net')));
  const pnChat = history.messages.find((m) => m.key.remoteJid.endsWith('@s.whatsapp.net')).key.remoteJid;
  assert.match(await companion.sock.signalRepository.lidMapping.getLIDForPN(pnChat), /^\d+@lid$/, 'the mappings were stored');
});

test('lid.map: the companion learns the customer LID', async () => {
  const result = await server.command('lid.map', { phone: '+15551237001', lid: '77665544332211@lid' });
  assert.equal(result.devices, 1);
  const mapping = await companion.waitLidMapping((m) => m.lid === '77665544332211@lid');
  assert.equal(mapping.pn, '15551237001@s.whatsapp.net');
});

test('an undecryptable message makes the client ask again, and the real one follows', async () => {
  await server.command('customer.send', { from: '+15551237002', text: 'warm-up' }); // a session first
  const sent = await server.command('customer.send', { from: '+15551237002', text: 'the real text', undecryptable: true });
  await server.waitEvent('retry_requested', (e) => e.id === sent.message_id);
  const got = await companion.waitUpsert((m) => m.key.id === sent.message_id && textOf(m) === 'the real text');
  assert.equal(got.key.fromMe, false);
});

test('phone.type: what staff type on the phone reaches the companion as fromMe in that chat', async () => {
  const typed = await server.command('phone.type', { to: '+15551237003', text: 'typed on the phone' });
  const got = await companion.waitUpsert((m) => m.key.id === typed.message_id);
  assert.equal(got.key.fromMe, true);
  assert.equal(got.key.remoteJid, '15551237003@s.whatsapp.net');
  assert.equal(textOf(got), 'typed on the phone');
});
