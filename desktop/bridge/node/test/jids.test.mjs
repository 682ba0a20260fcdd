import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chatTypeOf, isE164, isIgnoredChat, isJid, jidToPhone, phoneToJid } from '../lib/jids.mjs';

test('phone numbers and user JIDs convert both ways, device suffix ignored', () => {
  assert.equal(phoneToJid('+4915112345678'), '4915112345678@s.whatsapp.net');
  assert.equal(jidToPhone('4915112345678@s.whatsapp.net'), '+4915112345678');
  assert.equal(jidToPhone('4915112345678:12@s.whatsapp.net'), '+4915112345678');
});

test('only user JIDs have a phone', () => {
  for (const jid of ['123456789012345@lid', '120363021234567890@g.us', 'status@broadcast', null, 'garbage']) {
    assert.equal(jidToPhone(jid), null, String(jid));
  }
});

test('chat types follow the JID server', () => {
  assert.deepEqual(
    ['1555@s.whatsapp.net', '1@lid', '1-2@g.us', 'status@broadcast', '123@broadcast', '1@newsletter', '1@call', 'x']
      .map(chatTypeOf),
    ['user', 'lid', 'group', 'status', 'broadcast', 'newsletter', 'unknown', 'unknown'],
  );
});

test('E.164 needs a plus and 7 to 15 digits', () => {
  assert.ok(isE164('+15551234567'));
  for (const bad of ['15551234567', '+0123456789', '+123', '+1234567890123456', '+1 555 123']) assert.ok(!isE164(bad), bad);
});

test('JIDs must have a known server', () => {
  assert.ok(isJid('15551234567@s.whatsapp.net'));
  assert.ok(!isJid('15551234567@example.com'));
  assert.ok(!isJid('@s.whatsapp.net'));
});

test('groups, broadcasts and channels are ignored unless the company allows them', () => {
  const chats = ['1-2@g.us', 'status@broadcast', '1@broadcast', '1@newsletter'];
  assert.ok(chats.every((jid) => isIgnoredChat(jid, { allowGroups: false })));
  assert.ok(chats.every((jid) => !isIgnoredChat(jid, { allowGroups: true })));
  assert.ok(!isIgnoredChat('1555@s.whatsapp.net', { allowGroups: false }));
  assert.ok(!isIgnoredChat('1@lid', { allowGroups: false }));
});
