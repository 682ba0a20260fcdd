// What the real WhatsApp adds, played by the simulator and read by the adapter: history sync, LID
// mappings, messages that could not be decrypted, and sends refused by an error ack (463).
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { describeLidMapping, describeReceipt } from '../lib/incoming.mjs';
import { parseCommand } from '../lib/wire.mjs';
import { linkedShop as linkedSimShop, removeShopFolders } from './support/sim-shop.mjs';

const DANA = '+972501234567';

afterEach(removeShopFolders);

// QR codes that outlive any wait: these tests link once and are about what comes after.
const linkedShop = () => linkedSimShop({ qrFirstMs: 5000, qrNextMs: 5000 });

// A day old: inside the bridge's history window (--history-days, default 7).
const RECENT = Math.floor(Date.now() / 1000) - 24 * 60 * 60;

test('a history message comes as type history, with the LID mapping it carries first', async () => {
  const shop = await linkedShop();
  const id = shop.world.incoming({ from: DANA, text: 'older question', lid: true, history: true, timestamp: RECENT });
  const mapping = await shop.next('lid_mapping');
  const message = await shop.next('message', (e) => e.id === id);
  assert.equal(mapping.phone, DANA);
  assert.match(mapping.lid, /^\d+@lid$/);
  assert.deepEqual([message.type, message.text, message.phone, message.lid, message.timestamp],
    ['history', 'older question', DANA, mapping.lid, RECENT]);
  await shop.stop();
});

test('an undecryptable message, then its retry with the same id and the real text', async () => {
  const shop = await linkedShop();
  const id = shop.world.incoming({ from: DANA, undecryptable: true });
  const broken = await shop.next('message', (e) => e.id === id);
  assert.deepEqual([broken.kind, broken.text, broken.type], ['undecryptable', null, 'notify']);
  shop.world.incoming({ from: DANA, message_id: id, text: 'is 5pm free?' });
  const retried = await shop.next('message', (e) => e.id === id);
  assert.deepEqual([retried.kind, retried.text], ['text', 'is 5pm free?']);
  await shop.stop();
});

test('sim.lid_mapping becomes a lid_mapping event', async () => {
  const shop = await linkedShop();
  const { lid } = shop.world.lidMapping({ phone: DANA });
  assert.deepEqual(await shop.next('lid_mapping'), { event: 'lid_mapping', lid, phone: DANA });
  const chosen = shop.world.lidMapping({ phone: DANA, lid: '123456789012345@lid' });
  assert.equal(chosen.lid, '123456789012345@lid');
  assert.equal((await shop.next('lid_mapping')).lid, '123456789012345@lid');
  await shop.stop();
});

test('a refused send gets an error receipt with WhatsApp\'s code and never reaches the customer', async () => {
  const shop = await linkedShop();
  shop.world.fault({ fault: 'send_refused' });
  // The send waits for WhatsApp's ack, so the refusal is its answer (and an error receipt).
  await assert.rejects(
    shop.adapter.sendText({ to: DANA.slice(1) + '@s.whatsapp.net', text: 'hi', message_id: 'AIA1' }),
    (err) => err.code === 'send_refused');
  const receipt = await shop.next('receipt', (e) => e.id === 'AIA1');
  assert.deepEqual([receipt.status, receipt.error_code], ['error', 463]);
  assert.match(receipt.message, /463/);
  // The next send is fine again and gets its ticks.
  await shop.adapter.sendText({ to: DANA.slice(1) + '@s.whatsapp.net', text: 'hi again', message_id: 'AIA2' });
  await shop.next('receipt', (e) => e.id === 'AIA2' && e.status === 'read');
  assert.deepEqual(shop.events.filter((e) => e.event === 'sim.outgoing').map((e) => e.id), ['AIA2']);
  assert.ok(!shop.events.some((e) => e.event === 'receipt' && e.id === 'AIA1' && e.status !== 'error'));
  await shop.stop();
});

test('the new simulator commands are checked like the others', () => {
  const parse = (obj) => parseCommand(JSON.stringify({ id: '1', ...obj }));
  assert.equal(parse({ cmd: 'sim.incoming', from: DANA, undecryptable: true }).args.undecryptable, true);
  assert.throws(() => parse({ cmd: 'sim.incoming', from: DANA }), /text or media/);
  assert.equal(parse({ cmd: 'sim.incoming', from: DANA, text: 'x', history: true }).args.history, true);
  assert.equal(parse({ cmd: 'sim.lid_mapping', phone: DANA }).args.phone, DANA);
  assert.throws(() => parse({ cmd: 'sim.lid_mapping', phone: DANA, lid: 'x@s.whatsapp.net' }), /@lid/);
  assert.equal(parse({ cmd: 'sim.fault', fault: 'send_refused', code: 463 }).args.fault, 'send_refused');
});

test('error receipts and LID pairs are read from Baileys\' shapes', () => {
  const key = { remoteJid: '1@s.whatsapp.net', fromMe: true, id: 'M' };
  assert.deepEqual(describeReceipt({ key, update: { status: 0, messageStubParameters: ['463'] } }),
    { id: 'M', chat: key.remoteJid, status: 'error', error_code: 463,
      message: 'WhatsApp refused the message (463): the contact is now addressed by LID; reply to the chat itself' });
  assert.deepEqual(describeReceipt({ key, update: { status: 0 } }),
    { id: 'M', chat: key.remoteJid, status: 'error', error_code: null, message: 'WhatsApp refused the message' });
  assert.deepEqual(describeReceipt({ key, update: { status: 3 } }), { id: 'M', chat: key.remoteJid, status: 'delivered' });
  assert.deepEqual(describeLidMapping({ lid: '111:2@lid', pn: '15551234567@s.whatsapp.net' }),
    { lid: '111@lid', phone: '+15551234567' });
  assert.equal(describeLidMapping({ lid: '111@lid', pn: 'nobody' }), null);
  assert.equal(describeLidMapping(), null);
});
