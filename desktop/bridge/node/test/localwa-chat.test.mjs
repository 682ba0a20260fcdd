// Chatting through the local server: customers write (Signal pkmsg, then msg), the shop answers,
// the customer's phone decrypts it and sends receipts.

import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { LocalServer, linkByQr } from './localwa-helpers.mjs';

const server = await LocalServer.start();
let companion;
before(async () => { ({ companion } = await linkByQr(server)); });
after(async () => { companion?.end(); await server.stop(); });

const textOf = (m) => m.message?.conversation || m.message?.extendedTextMessage?.text;

test('a customer writes twice: both arrive as notify, with name, phone JID and LID', async () => {
  const first = await server.command('customer.send', { from: '+15551230001', lid: '99887766554433@lid', name: 'Ana', text: 'Do you open on Sunday?' });
  const second = await server.command('customer.send', { from: '+15551230001', text: 'And until when?' });
  const one = await companion.waitUpsert((m) => m.key.id === first.message_id);
  const two = await companion.waitUpsert((m) => m.key.id === second.message_id);
  assert.equal(textOf(one), 'Do you open on Sunday?');
  assert.equal(textOf(two), 'And until when?');
  assert.equal(one.upsertType, 'notify');
  assert.equal(one.pushName, 'Ana');
  assert.equal(one.key.fromMe, false);
  assert.equal(one.key.remoteJid, '15551230001@s.whatsapp.net');
  assert.equal(one.key.remoteJidAlt, '99887766554433@lid');
  assert.match(first.message_id, /^3EB0[0-9A-F]+$/);
});

test('the shop answers: the customer decrypts it, and its receipts make it delivered then read', async () => {
  await server.command('config', { auto_receipts: false });
  const sent = await companion.sock.sendMessage('15551230001@s.whatsapp.net', { text: 'Yes, 10 to 14.' });
  const delivered = await server.waitEvent('delivered', (e) => e.id === sent.key.id);
  assert.equal(delivered.text, 'Yes, 10 to 14.');
  assert.equal(delivered.to, '+15551230001');
  assert.equal(delivered.from, companion.state.creds.me.id);
  await server.command('customer.receipt', { message_id: sent.key.id, type: 'delivery' });
  await companion.waitStatus((s) => s.id === sent.key.id && s.status === 3);
  await server.command('customer.receipt', { message_id: sent.key.id, type: 'read' });
  await companion.waitStatus((s) => s.id === sent.key.id && s.status === 4);
  await server.command('config', { auto_receipts: true });
});

test('with automatic receipts a reply ends up read, and the server acks every message stanza', async () => {
  const sent = await companion.sock.sendMessage('15551230001@s.whatsapp.net', { text: 'See you!' });
  await server.waitEvent('delivered', (e) => e.id === sent.key.id && e.text === 'See you!');
  await server.waitEvent('receipt_sent', (e) => e.id === sent.key.id && e.type === 'read');
  await companion.waitStatus((s) => s.id === sent.key.id && s.status === 4);
});

test('the shop writes first to a number never seen, and a LID-less customer still reaches it', async () => {
  const sent = await companion.sock.sendMessage('15551230002@s.whatsapp.net', { text: 'Your order is ready.' });
  const delivered = await server.waitEvent('delivered', (e) => e.id === sent.key.id);
  assert.equal(delivered.text, 'Your order is ready.');
  const reply = await server.command('customer.send', { from: '+15551230002', text: 'Thanks!' });
  const got = await companion.waitUpsert((m) => m.key.id === reply.message_id);
  assert.equal(textOf(got), 'Thanks!');
});

test('a LID-addressed customer: the chat is the LID, the phone number rides along, replies reach it', async () => {
  const sent = await server.command('customer.send', { from: '+15551230003', lid: '55443322110099@lid', addressing: 'lid', name: 'Cy', text: 'by LID' });
  const got = await companion.waitUpsert((m) => m.key.id === sent.message_id);
  assert.equal(got.key.remoteJid, '55443322110099@lid');
  assert.equal(got.key.remoteJidAlt, '15551230003@s.whatsapp.net');
  assert.equal(textOf(got), 'by LID');
  const reply = await companion.sock.sendMessage(got.key.remoteJid, { text: 'got it' });
  const delivered = await server.waitEvent('delivered', (e) => e.id === reply.key.id);
  assert.equal(delivered.to, '+15551230003');
  assert.equal(delivered.text, 'got it');
});

test('the shop reading a message is reported', async () => {
  const sent = await server.command('customer.send', { from: '+15551230001', text: 'read me' });
  const got = await companion.waitUpsert((m) => m.key.id === sent.message_id);
  await server.waitEvent('shop_receipt', (e) => e.id === sent.message_id && e.type === 'delivery');
  await companion.sock.readMessages([got.key]);
  await server.waitEvent('shop_receipt', (e) => e.id === sent.message_id && e.type === 'read');
});

test('media arrives as a stub with its caption', async () => {
  const sent = await server.command('customer.send', { from: '+15551230001', media: 'image', text: 'this one' });
  const got = await companion.waitUpsert((m) => m.key.id === sent.message_id);
  assert.equal(got.message.imageMessage.caption, 'this one');
});

test('bad commands get a clear error', async () => {
  const answer = await server.send('customer.send', { from: '5551230001', text: 'x' });
  assert.equal(answer.ok, false);
  assert.equal(answer.error.code, 'bad_argument');
  const unknown = await server.send('customer.receipt', { message_id: 'nope', type: 'read' });
  assert.equal(unknown.error.code, 'unknown_message');
});

test('typing, presence and onWhatsApp are answered without fuss', async () => {
  await companion.sock.presenceSubscribe('15551230001@s.whatsapp.net');
  await companion.sock.sendPresenceUpdate('composing', '15551230001@s.whatsapp.net');
  const [found] = await companion.sock.onWhatsApp('+15551230004');
  assert.equal(found.exists, true);
  assert.equal(found.jid, '15551230004@s.whatsapp.net');
  const sent = await server.command('customer.send', { from: '+15551230001', text: 'still fine' });
  await companion.waitUpsert((m) => m.key.id === sent.message_id);
});

test('the companion logging out is forgotten by the server (last: it ends the link)', async () => {
  await companion.sock.logout();
  assert.equal(await companion.closed(), 401);
  const state = await server.command('state');
  assert.equal(state.devices.length, 0);
});
