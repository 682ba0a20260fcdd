import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as baileys from 'baileys';
import { installStrictCertificateCheck, isLoopbackUrl, parseRootKey, resolveWebVersion } from '../lib/baileys-setup.mjs';

test('only loopback ws:// and wss:// URLs count as a local WhatsApp server', () => {
  for (const url of ['ws://127.0.0.1:8080/ws/chat', 'ws://127.1.2.3:1/ws/chat', 'wss://localhost/ws/chat', 'ws://[::1]:9/ws/chat']) {
    assert.ok(isLoopbackUrl(url), url);
  }
  for (const url of ['wss://web.whatsapp.com/ws/chat', 'ws://10.0.0.1/ws/chat', 'http://127.0.0.1/ws/chat',
    'ws://127.0.0.1.example.com/ws/chat', 'tcp://127.0.0.1:1', 'not a url', 'ws://[::2]/']) {
    assert.ok(!isLoopbackUrl(url), url);
  }
});

test('a root key is 32 bytes of base64 (or 33 with the key type)', () => {
  const key = Buffer.alloc(32, 7);
  assert.deepEqual(parseRootKey(key.toString('base64')), key);
  assert.deepEqual(parseRootKey(Buffer.concat([Buffer.from([5]), key]).toString('base64')), key);
  assert.equal(parseRootKey(Buffer.alloc(31).toString('base64')), null);
  assert.equal(parseRootKey('not base64!'), null);
});

test('the strict check refuses a wrong signature that rc14 accepts, and trusts a given root', () => {
  const { Curve, WA_CERT_DETAILS } = baileys;
  const originalVerify = Curve.verify;
  const originalRoot = WA_CERT_DETAILS.PUBLIC_KEY;
  try {
    const signer = Curve.generateKeyPair();
    const stranger = Curve.generateKeyPair();
    const details = Buffer.from('intermediate certificate details');
    const signature = Curve.sign(signer.private, details);
    const forged = Curve.sign(stranger.private, details);
    assert.equal(Curve.verify(signer.public, details, forged), true, 'rc14 verifies nothing (if this fails, Baileys fixed it)');

    const root = Curve.generateKeyPair().public;
    installStrictCertificateCheck(baileys, { rootKey: root });
    assert.equal(Curve.verify(signer.public, details, signature), true);
    assert.equal(Curve.verify(signer.public, details, forged), false);
    assert.equal(Curve.verify(signer.public, details, Buffer.alloc(10)), false, 'malformed is false, not a throw');
    assert.deepEqual(WA_CERT_DETAILS.PUBLIC_KEY, root);
  } finally {
    Curve.verify = originalVerify;
    WA_CERT_DETAILS.PUBLIC_KEY = originalRoot;
  }
});

test('the WhatsApp Web version: fetched when asked, built in as the fallback, never fetched for a local server', async () => {
  const lines = [];
  const log = { info: (line) => lines.push(line) };
  const builtIn = baileys.DEFAULT_CONNECTION_CONFIG.version;
  const fetched = [];
  const fake = (answer) => ({
    DEFAULT_CONNECTION_CONFIG: baileys.DEFAULT_CONNECTION_CONFIG,
    fetchLatestWaWebVersion: (options) => {
      fetched.push(options);
      return answer();
    },
  });
  assert.deepEqual(await resolveWebVersion(fake(() => { throw new Error('no'); }), { fetchLatest: false, log }), builtIn);
  assert.equal(fetched.length, 0);
  assert.deepEqual(await resolveWebVersion(fake(async () => ({ version: [2, 3000, 1], isLatest: true })), { fetchLatest: true, log }), [2, 3000, 1]);
  assert.ok(fetched[0].signal instanceof AbortSignal, 'the fetch is bounded');
  assert.deepEqual(await resolveWebVersion(fake(async () => ({ version: builtIn, isLatest: false, error: new Error('ENOTFOUND') })), { fetchLatest: true, log }), builtIn);
  // A fetch that never settles is given up on.
  assert.deepEqual(await resolveWebVersion(fake(() => new Promise(() => {})), { fetchLatest: true, log, timeoutMs: 20 }), builtIn);
  assert.match(lines.join('\n'), /2\.3000\.1 \(current/);
  assert.match(lines.join('\n'), /built in; the current one could not be fetched: ENOTFOUND/);
  assert.match(lines.join('\n'), /built in; local server/);
});
