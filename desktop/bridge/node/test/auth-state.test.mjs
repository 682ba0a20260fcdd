import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { BufferJSON, initAuthCreds, proto } from 'baileys';
import { AuthStore, isLinked, writeFileAtomic } from '../lib/auth-state.mjs';

const baileys = { BufferJSON, initAuthCreds, proto };

function recordingLog() {
  const reports = [];
  return { reports, debug() {}, info() {}, warn() {}, error() {}, report: (level, msg) => reports.push({ level, msg }) };
}

describe('AuthStore', () => {
  let folder;
  beforeEach(async () => {
    folder = join(await mkdtemp(join(tmpdir(), 'bridge-auth-')), 'company_7');
  });
  afterEach(async () => {
    await rm(join(folder, '..'), { recursive: true, force: true });
  });

  test('creates the folder private and the files owner-only, with no temp files left', async () => {
    const { state, saveCreds } = await new AuthStore(folder, baileys, recordingLog()).load();
    await saveCreds();
    await state.keys.set({ 'pre-key': { 1: { public: Buffer.from([1]), private: Buffer.from([2]) } } });
    assert.equal((await stat(folder)).mode & 0o777, 0o700);
    const names = (await readdir(folder)).sort();
    assert.deepEqual(names, ['creds.json', 'creds.last-good.json', 'pre-key-1.json']);
    for (const name of names) assert.equal((await stat(join(folder, name))).mode & 0o777, 0o600, name);
  });

  test('credentials and keys come back as they were saved, buffers included', async () => {
    const store = new AuthStore(folder, baileys, recordingLog());
    const first = await store.load();
    first.state.creds.me = { id: '15550100200:2@s.whatsapp.net' };
    first.state.creds.account = { details: Buffer.from('signed') };
    await first.saveCreds();
    await first.state.keys.set({
      session: { '15551234567.0': Buffer.from('session-bytes') },
      'app-state-sync-key': { AAAA: { keyData: Buffer.from('key') } },
    });

    const second = await store.load();
    assert.ok(isLinked(second.state.creds));
    assert.deepEqual(second.state.creds.noiseKey, first.state.creds.noiseKey);
    const sessions = await second.state.keys.get('session', ['15551234567.0', 'missing']);
    assert.deepEqual(sessions, { '15551234567.0': Buffer.from('session-bytes'), missing: null });
    const { AAAA } = await second.state.keys.get('app-state-sync-key', ['AAAA']);
    assert.ok(AAAA instanceof proto.Message.AppStateSyncKeyData);
    assert.deepEqual(Buffer.from(AAAA.keyData), Buffer.from('key'));
  });

  test('a key set to null is deleted', async () => {
    const { state } = await new AuthStore(folder, baileys, recordingLog()).load();
    await state.keys.set({ 'pre-key': { 5: { public: Buffer.from([1]) } } });
    await state.keys.set({ 'pre-key': { 5: null } });
    assert.deepEqual(await state.keys.get('pre-key', ['5']), { 5: null });
  });

  /** A linked store whose creds.json is then overwritten with `text` (a good copy stays behind). */
  async function linkedThenDamaged(text) {
    const log = recordingLog();
    const store = new AuthStore(folder, baileys, log);
    const { state, saveCreds } = await store.load();
    state.creds.me = { id: '15550100200:2@s.whatsapp.net' };
    state.creds.account = { details: Buffer.from('signed') };
    await saveCreds();
    await writeFile(join(folder, 'creds.json'), text);
    return { log, store, state };
  }

  test('damaged creds.json falls back to the last good copy and says so', async () => {
    const { log, store, state } = await linkedThenDamaged('{"noiseKey": {"priv');

    const recovered = await store.load();
    assert.equal(recovered.state.creds.me.id, '15550100200:2@s.whatsapp.net');
    assert.deepEqual(recovered.state.creds.signedIdentityKey, state.creds.signedIdentityKey);
    assert.equal(log.reports.length, 1);
    assert.match(log.reports[0].msg, /last good copy/);
    assert.ok((await readdir(folder)).some((name) => name.startsWith('creds.damaged-')), 'the damaged file is kept');
  });

  test('damaged creds.json without a copy starts fresh loudly', async () => {
    const log = recordingLog();
    await new AuthStore(folder, baileys, log).load();
    await writeFile(join(folder, 'creds.json'), 'garbage');
    const { state } = await new AuthStore(folder, baileys, log).load();
    assert.ok(!isLinked(state.creds));
    assert.equal(log.reports[0].level, 'error');
    assert.match(log.reports[0].msg, /linked again/);
  });

  test('plain string keys (the LID <-> phone table) are stored and read back after a restart', async () => {
    const log = recordingLog();
    const warnings = [];
    log.warn = (msg) => warnings.push(msg);
    const first = await new AuthStore(folder, baileys, log).load();
    await first.state.keys.set({ 'lid-mapping': { 15551234567: '123456789012345', '123456789012345_reverse': '15551234567' } });
    const second = await new AuthStore(folder, baileys, log).load();
    const mapping = await second.state.keys.get('lid-mapping', ['15551234567', '123456789012345_reverse', 'unknown']);
    assert.deepEqual(mapping, { 15551234567: '123456789012345', '123456789012345_reverse': '15551234567', unknown: null });
    assert.deepEqual(warnings, []);
  });

  for (const [what, text] of [
    ['empty', '{}'],
    ['mistyped', '{"noiseKey": "not keys", "registrationId": "7", "advSecretKey": 5}'],
    ['not an object', '"just a string"'],
  ]) {
    test(`creds.json that parses but is ${what} falls back to the last good copy`, async () => {
      const { log, store, state } = await linkedThenDamaged(text);

      const recovered = await store.load();
      assert.ok(isLinked(recovered.state.creds), 'still linked');
      assert.deepEqual(recovered.state.creds.noiseKey, state.creds.noiseKey);
      assert.equal(log.reports.length, 1);
      assert.match(log.reports[0].msg, /last good copy/);
    });
  }

  test('wipe empties the folder but keeps it', async () => {
    const store = new AuthStore(folder, baileys, recordingLog());
    const { saveCreds } = await store.load();
    await saveCreds();
    await store.wipe();
    assert.deepEqual(await readdir(folder), []);
  });
});

test('writeFileAtomic replaces the content in one step', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'bridge-atomic-'));
  const path = join(folder, 'creds.json');
  await writeFileAtomic(path, 'old');
  // Many concurrent writers: every reader sees one whole version, never a mix or an empty file.
  const texts = Array.from({ length: 20 }, (_, i) => `version ${i} `.repeat(5000));
  const reads = [];
  await Promise.all([
    ...texts.map((text) => writeFileAtomic(path, text)),
    ...Array.from({ length: 20 }, async () => reads.push(await readFile(path, 'utf8'))),
  ]);
  for (const text of reads) assert.ok(text === 'old' || texts.includes(text));
  assert.deepEqual(await readdir(folder), ['creds.json']);
  await rm(folder, { recursive: true });
});
