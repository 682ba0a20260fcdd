// The adapter driven in-process by the simulator: the same adapter code that runs against Baileys.
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { afterEach, test } from 'node:test';
import { describeDisconnect } from '../lib/adapter.mjs';
import { linkedShop, makeShop, removeShopFolders } from './support/sim-shop.mjs';

afterEach(removeShopFolders);

test('QR codes rotate with their lifetimes and expire with 408 after the last one', async () => {
  const { adapter, events, next } = await makeShop();
  const started = Date.now();
  await adapter.start();
  const close = await next('state', (e) => e.connection === 'close');
  assert.ok(Date.now() - started >= 60 + 30 + 30, 'the last QR lives its full time');
  assert.deepEqual(events.filter((e) => e.event === 'qr').map((e) => [e.n, e.expires_ms]), [[1, 60], [2, 30], [3, 30]]);
  assert.deepEqual([close.code, close.message, close.registered], [408, 'QR refs attempts ended', false]);
  assert.equal(adapter.connection, 'close');
  await adapter.start(); // the dead socket was dropped: a new one may start at once
  await next('qr');
  await adapter.stop();
});

test('scanning saves the credentials, restarts with 515, and the next start opens without a QR', async () => {
  const { adapter, world, events, next, folder } = await makeShop();
  await adapter.start();
  await next('qr');
  world.scan();
  const restart = await next('state', (e) => e.connection === 'close');
  assert.deepEqual([restart.code, restart.registered, restart.is_new_login], [515, true, true]);
  await adapter.start();
  const open = await next('state', (e) => e.connection === 'open');
  assert.equal(open.me, '15550100200:2@s.whatsapp.net');
  assert.equal(events.filter((e) => e.event === 'qr').length, 1);
  await adapter.shutdown();

  const again = await makeShop({ folder });
  assert.deepEqual(again.adapter.account(), { registered: true, me: '15550100200:2@s.whatsapp.net' });
  await again.adapter.start();
  await again.next('state', (e) => e.connection === 'open');
  await again.adapter.shutdown();
});

test('a pairing code needs a QR on screen and links the phone it was asked for', async () => {
  const { adapter, world, next } = await makeShop();
  await assert.rejects(adapter.pairingCode({ phone: '15551112222' }), { code: 'no_qr' });
  await adapter.start();
  await next('qr');
  const { code } = await adapter.pairingCode({ phone: '15551112222' });
  assert.match(code, /^[1-9A-Z]{8}$/);
  assert.equal((await next('pairing_code')).code, code);
  world.scan();
  const restart = await next('state', (e) => e.code === 515);
  assert.equal(restart.me, '15551112222:2@s.whatsapp.net');
  await adapter.shutdown();
});

test('our sends are echoed with own_send; messages typed on the shop phone are not', async () => {
  const { adapter, world, next, events } = await linkedShop();
  const result = await adapter.sendText({ to: '15551234567@s.whatsapp.net', text: 'We open at 9', message_id: 'OUR1' });
  assert.equal(result.message_id, 'OUR1');
  const echo = await next('message', (e) => e.id === 'OUR1');
  assert.deepEqual([echo.from_me, echo.own_send, echo.type, echo.text], [true, true, 'append', 'We open at 9']);
  assert.ok(events.some((e) => e.event === 'sim.outgoing' && e.id === 'OUR1' && e.text === 'We open at 9'));
  for (const status of ['sent', 'delivered', 'read']) await next('receipt', (e) => e.id === 'OUR1' && e.status === status);

  world.incoming({ from: '+15551234567', text: 'I will come at 10', from_me: true, message_id: 'STAFF1' });
  const staff = await next('message', (e) => e.id === 'STAFF1');
  assert.deepEqual([staff.from_me, staff.own_send, staff.phone], [true, false, '+15551234567']);
  await adapter.shutdown();
});

test('a send WhatsApp never accepts fails with send_timeout and is no longer in flight', async () => {
  const { adapter, world } = await linkedShop();
  world.fault({ fault: 'send_timeout', count: 1 });
  const send = adapter.sendText({ to: '15551234567@s.whatsapp.net', text: 'x', message_id: 'SLOW1', timeout_ms: 50 });
  assert.equal(adapter.sendsInFlight, 1);
  await assert.rejects(send, { code: 'send_timeout' });
  assert.equal(adapter.sendsInFlight, 0);
  world.fault({ fault: 'send_error' });
  await assert.rejects(adapter.sendText({ to: '15551234567@s.whatsapp.net', text: 'x', message_id: 'BAD1' }), { code: 'send_failed' });
  await adapter.sendText({ to: '15551234567@s.whatsapp.net', text: 'x', message_id: 'OK1' });
  await adapter.shutdown();
});

test('commands that need a connection say so instead of failing inside the socket', async () => {
  const { adapter } = await makeShop();
  await assert.rejects(adapter.sendText({ to: '1@s.whatsapp.net', text: 'x', message_id: 'm' }), { code: 'not_connected' });
  await assert.rejects(adapter.presence({ to: '1@s.whatsapp.net', state: 'composing' }), { code: 'not_connected' });
  await adapter.start();
  await assert.rejects(adapter.start(), { code: 'already_started' });
  await adapter.stop();
});

test('being logged out from the phone (401) wipes the credentials before reporting it', async () => {
  const { adapter, world, next, folder } = await linkedShop();
  world.fault({ fault: 'logout' });
  const close = await next('state', (e) => e.connection === 'close');
  assert.deepEqual([close.code, close.registered, close.me], [401, false, null]);
  assert.deepEqual(await readdir(folder), []);
  await adapter.start();
  await next('qr');
  await adapter.shutdown();
});

test('stop closes with no code and keeps the credentials', async () => {
  const { adapter, next, folder } = await linkedShop();
  await adapter.stop();
  const close = await next('state', (e) => e.connection === 'close');
  assert.deepEqual([close.code, close.message, close.registered], [null, null, true]);
  assert.ok((await readdir(folder)).includes('creds.json'));
  await adapter.shutdown();
});

test('every message of a redelivered upsert is reported, with the same ids', async () => {
  const { adapter, world, next, events } = await linkedShop();
  for (const id of ['IN1', 'IN2', 'IN3']) world.incoming({ from: '+15551234567', text: id, message_id: id });
  await next('message', (e) => e.id === 'IN3');
  world.fault({ fault: 'redeliver', count: 2 });
  await next('message', (e) => e.id === 'IN2');
  await next('message', (e) => e.id === 'IN3');
  assert.deepEqual(events.filter((e) => e.event === 'message').map((e) => e.id), ['IN1', 'IN2', 'IN3', 'IN2', 'IN3']);
  await adapter.shutdown();
});

test('group messages are dropped unless the company allows groups', async () => {
  for (const allowGroups of [false, true]) {
    const { adapter, world, next, events } = await linkedShop({ allowGroups });
    world.incoming({ from: '+15551234567', text: 'hi all', group: '120363021234567890@g.us', message_id: 'GRP1' });
    world.incoming({ from: '+15551234567', text: 'just me', message_id: 'ONE1' });
    await next('message', (e) => e.id === 'ONE1');
    assert.equal(events.some((e) => e.id === 'GRP1'), allowGroups);
    await adapter.shutdown();
  }
});

test('network failures are described as unreachable network', () => {
  const boom = Object.assign(new Error('WebSocket Error (getaddrinfo ENOTFOUND web.whatsapp.com)'), {
    output: { statusCode: 408 }, data: { code: 'ENOTFOUND' },
  });
  assert.deepEqual(describeDisconnect(boom), {
    code: 408, message: 'network unreachable (ENOTFOUND): WebSocket Error (getaddrinfo ENOTFOUND web.whatsapp.com)',
  });
  assert.deepEqual(describeDisconnect(undefined), { code: null, message: null });
});
