// A WhatsApp adapter driven in-process by the simulator, for tests of the adapter itself: the same
// adapter code that runs against Baileys. (This folder holds no tests; node --test finds none here.)
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { BufferJSON, initAuthCreds, proto } from 'baileys';
import { WhatsAppAdapter } from '../../lib/adapter.mjs';
import { AuthStore } from '../../lib/auth-state.mjs';
import { SimulatedWhatsApp } from '../../lib/sim-socket.mjs';

export const quietLog = { debug() {}, info() {}, warn() {}, error() {}, report() {} };
const folders = [];

/** Removes the auth folders the shops made; call it from the test file's afterEach. */
export async function removeShopFolders() {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
}

/**
 * An adapter on a simulator with timings in tens of milliseconds, recording every event.
 * `qrFirstMs`/`qrNextMs` are the QR lifetimes (short by default, for the tests of QR rotation).
 */
export async function makeShop({ allowGroups = false, folder, qrFirstMs = 60, qrNextMs = 30 } = {}) {
  if (!folder) {
    folder = await mkdtemp(join(tmpdir(), 'bridge-adapter-'));
    folders.push(folder);
  }
  const events = [];
  const world = new SimulatedWhatsApp({
    connectDelayMs: 5, qrFirstMs, qrNextMs, qrMax: 3, receiptDelayMs: 5, log: quietLog,
    onOutgoing: (message) => events.push({ event: 'sim.outgoing', ...message }),
  });
  const adapter = new WhatsAppAdapter({
    makeSocket: (config) => world.makeSocket(config),
    authStore: new AuthStore(folder, { BufferJSON, initAuthCreds, proto }, quietLog),
    emit: (event, fields) => events.push({ event, ...fields }),
    log: quietLog,
    allowGroups,
    sendTimeoutMs: 1000,
    qrLifetimes: { firstMs: qrFirstMs, nextMs: qrNextMs },
  });
  await adapter.init();

  let seen = 0;
  /** The next event (after the ones already waited for) that matches. */
  async function next(event, matches = () => true, ms = 2000) {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      const index = events.findIndex((e, i) => i >= seen && e.event === event && matches(e));
      if (index !== -1) {
        seen = index + 1;
        return events[index];
      }
      await sleep(2);
    }
    throw new Error(`no ${event} event within ${ms} ms; got ${JSON.stringify(events.slice(seen))}`);
  }
  return { adapter, world, events, next, folder, stop: () => adapter.stop() };
}

/** A shop linked by QR (scan, 515, start, open), as a phone would link it. */
export async function linkedShop(options) {
  const shop = await makeShop(options);
  await shop.adapter.start();
  await shop.next('qr');
  shop.world.scan();
  await shop.next('state', (e) => e.code === 515);
  await shop.adapter.start();
  await shop.next('state', (e) => e.connection === 'open');
  return shop;
}
