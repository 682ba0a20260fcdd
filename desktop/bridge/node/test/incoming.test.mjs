import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  describeLidMapping, describeMessage, describeReceipt, detectKind, historyLidMappings, isSignalling, toSeconds,
} from '../lib/incoming.mjs';

describe('detectKind', () => {
  const cases = [
    [{ conversation: 'Open today?' }, 'text', 'Open today?'],
    [{ extendedTextMessage: { text: 'See https://shop.example' } }, 'text', 'See https://shop.example'],
    [{ imageMessage: { caption: 'this one' } }, 'image', 'this one'],
    [{ imageMessage: {} }, 'image', null],
    [{ videoMessage: { caption: 'clip' } }, 'video', 'clip'],
    [{ audioMessage: { ptt: true } }, 'audio', null],
    [{ stickerMessage: {} }, 'sticker', null],
    [{ documentMessage: { caption: 'invoice' } }, 'document', 'invoice'],
    [{ documentWithCaptionMessage: { message: { documentMessage: { caption: 'price list' } } } }, 'document', 'price list'],
    [{ locationMessage: { degreesLatitude: 1 } }, 'location', null],
    [{ contactMessage: { displayName: 'Ann' } }, 'contact', null],
    [{ reactionMessage: { text: '👍' } }, 'reaction', null],
    [{ ephemeralMessage: { message: { extendedTextMessage: { text: 'disappearing' } } } }, 'text', 'disappearing'],
    [{ viewOnceMessageV2: { message: { imageMessage: { caption: 'once' } } } }, 'image', 'once'],
    [{ pollCreationMessage: { name: 'Which day?' } }, 'unknown', null],
    [null, 'unknown', null],
  ];
  for (const [content, kind, text] of cases) {
    test(`${JSON.stringify(content)} is ${kind}`, () => {
      assert.deepEqual(detectKind(content), { kind, text });
    });
  }
});

describe('describeMessage', () => {
  test('a one-to-one text gives the phone of the chat', () => {
    const event = describeMessage({
      key: { remoteJid: '15551234567@s.whatsapp.net', id: 'A1', fromMe: false },
      message: { conversation: 'Hi' },
      pushName: 'Ann',
      messageTimestamp: 1700000000,
    }, { type: 'notify', ownSend: false });
    assert.deepEqual(event, {
      id: 'A1', chat: '15551234567@s.whatsapp.net', chat_type: 'user', phone: '+15551234567', lid: null,
      participant: null, push_name: 'Ann', from_me: false, own_send: false, kind: 'text', text: 'Hi',
      timestamp: 1700000000, type: 'notify',
    });
  });

  test('a hidden-number chat takes the phone from remoteJidAlt', () => {
    const event = describeMessage({
      key: { remoteJid: '123456789012345@lid', remoteJidAlt: '15551234567@s.whatsapp.net', id: 'A2' },
      message: { conversation: 'Hi' },
    }, { type: 'notify', ownSend: false });
    assert.equal(event.chat_type, 'lid');
    assert.equal(event.phone, '+15551234567');
    assert.equal(event.lid, '123456789012345@lid');
  });

  test('a hidden-number chat without the alternate address has no phone', () => {
    const event = describeMessage({ key: { remoteJid: '123456789012345@lid', id: 'A3' }, message: { conversation: 'x' } },
      { type: 'notify', ownSend: false });
    assert.equal(event.phone, null);
  });

  test('in a group the sender is the participant', () => {
    const event = describeMessage({
      key: { remoteJid: '120363021234567890@g.us', participant: '98765@lid', participantAlt: '15557654321@s.whatsapp.net', id: 'G1' },
      message: { conversation: 'hello all' },
    }, { type: 'notify', ownSend: false });
    assert.deepEqual([event.chat_type, event.participant, event.phone, event.lid],
      ['group', '98765@lid', '+15557654321', '98765@lid']);
  });

  test('protobuf Long timestamps become seconds', () => {
    assert.equal(toSeconds({ toNumber: () => 1700000001 }), 1700000001);
    assert.equal(toSeconds('1700000002'), 1700000002);
    assert.equal(toSeconds(undefined), null);
  });
});

test('stubs and device signalling are not messages anyone typed', () => {
  assert.ok(isSignalling({ key: {}, messageStubType: 20 })); // a group event
  assert.ok(isSignalling({ key: {}, message: { protocolMessage: { type: 0 } } }));
  assert.ok(isSignalling({ key: {}, message: { senderKeyDistributionMessage: {}, messageContextInfo: {} } }));
  assert.ok(!isSignalling({ key: {}, message: { conversation: 'x', messageContextInfo: {} } }));
});

test('status numbers of our own messages become receipt names', () => {
  const key = { remoteJid: '15551234567@s.whatsapp.net', id: 'M1', fromMe: true };
  assert.deepEqual([0, 1, 2, 3, 4, 5].map((status) => describeReceipt({ key, update: { status } }).status),
    ['error', 'pending', 'sent', 'delivered', 'read', 'played']);
  assert.equal(describeReceipt({ key, update: { message: {} } }), null);
  assert.equal(describeReceipt({ key: { ...key, fromMe: false }, update: { status: 3 } }), null);
});

test('a message that could not be decrypted is reported as undecryptable, not dropped', () => {
  const stub = {
    key: { remoteJid: '123456789012345@lid', remoteJidAlt: '15551234567@s.whatsapp.net', id: '3EB0AA', fromMe: false },
    messageStubType: 2, // CIPHERTEXT
    messageStubParameters: ['No session found to decrypt message'],
    messageTimestamp: 1700000000,
  };
  assert.ok(!isSignalling(stub));
  const event = describeMessage(stub, { type: 'notify', ownSend: false });
  assert.deepEqual([event.id, event.kind, event.text, event.phone, event.lid],
    ['3EB0AA', 'undecryptable', null, '+15551234567', '123456789012345@lid']);
});

test('error receipts carry WhatsApp\'s number', () => {
  const key = { remoteJid: '15551234567@s.whatsapp.net', id: 'M1', fromMe: true };
  const receipt = describeReceipt({ key, update: { status: 0, messageStubParameters: ['463'] } });
  assert.deepEqual([receipt.status, receipt.error_code], ['error', 463]);
  assert.match(receipt.message, /463/);
  assert.equal(describeReceipt({ key, update: { status: 0 } }).error_code, null);
  assert.equal(describeReceipt({ key, update: { status: 2 } }).error_code, undefined);
});

test('LID <-> phone pairs from updates and history syncs, devices stripped, junk skipped', () => {
  assert.deepEqual(describeLidMapping({ lid: '123456789012345:3@lid', pn: '15551234567:3@s.whatsapp.net' }),
    { lid: '123456789012345@lid', phone: '+15551234567' });
  assert.equal(describeLidMapping({ lid: '15551234567@s.whatsapp.net', pn: '15551234567@s.whatsapp.net' }), null);
  assert.equal(describeLidMapping({ lid: '1@lid' }), null);
  const mappings = historyLidMappings({
    chats: [
      { id: '111111111111111@lid', pnJid: '15550000001@s.whatsapp.net' },
      { id: '15550000002@s.whatsapp.net', lidJid: '222222222222222@lid' },
      { id: '15550000003@s.whatsapp.net' },
    ],
    lidPnMappings: [{ lid: '111111111111111@lid', pn: '15550000001@s.whatsapp.net' }],
  });
  assert.deepEqual(mappings, [
    { lid: '111111111111111@lid', phone: '+15550000001' },
    { lid: '222222222222222@lid', phone: '+15550000002' },
  ]);
});
