import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRequire } from 'node:module';
import { baileysLogLevel, createBaileysLogger, createLog, routeConsoleToLog, withholdKeyMaterial } from '../lib/log.mjs';

const require = createRequire(import.meta.url);
const SessionRecord = require('libsignal/src/session_record.js');

function memoryStream() {
  const stream = { text: '', write: (chunk) => { stream.text += chunk; } };
  return stream;
}

test('a technician can turn Baileys up with AI_ADMIN_BAILEYS_LOG; anything unknown stays quiet', () => {
  assert.equal(baileysLogLevel('INFO '), 'info');
  assert.equal(baileysLogLevel('debug'), 'debug');
  assert.equal(baileysLogLevel(undefined), 'warn');
  assert.equal(baileysLogLevel('loud'), 'warn');
  assert.equal(baileysLogLevel('toString'), 'warn');
  const stream = memoryStream();
  createBaileysLogger({ stream, level: baileysLogLevel('info') }).info('offline preview received');
  assert.match(stream.text, /^baileys info: +offline preview received\n$/);
});

test('the Baileys logger is pino-shaped, quiet below warn, and keeps child bindings', () => {
  const stream = memoryStream();
  const logger = createBaileysLogger({ stream });
  assert.equal(logger.level, 'warn');
  const child = logger.child({ class: 'socket' });
  for (const method of ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'child']) {
    assert.equal(typeof child[method], 'function', method);
  }
  child.info({ noisy: true }, 'not shown');
  child.warn({ attempt: 2 }, 'retrying');
  child.error('plain message');
  const lines = stream.text.trimEnd().split('\n');
  assert.equal(lines.length, 2);
  assert.match(lines[0], /^baileys warn: \{ class: 'socket' \} retrying \{ attempt: 2 \}$/);
  assert.match(lines[1], /^baileys error: .* plain message$/);
});

test('reported lines also reach the app as log events', () => {
  const stream = memoryStream();
  const events = [];
  const log = createLog({ stream, wire: { event: (name, fields) => events.push({ name, ...fields }) } });
  log.info('only on stderr');
  log.report('warn', 'creds.json was damaged');
  assert.deepEqual(events, [{ name: 'log', level: 'warn', msg: 'creds.json was damaged' }]);
  assert.equal(stream.text, 'bridge info: only on stderr\nbridge warn: creds.json was damaged\n');
});

/** A libsignal session with key material in it, shaped like the ones Baileys keeps. */
function sessionWithKeys() {
  const session = SessionRecord.createEntry();
  session.registrationId = 4242;
  session.currentRatchet = {
    ephemeralKeyPair: { pubKey: Buffer.alloc(33, 7), privKey: Buffer.from('PRIVATE-KEY-BYTES-0123456789abcd') },
    lastRemoteEphemeralKey: Buffer.alloc(33, 8),
    previousCounter: 0,
    rootKey: Buffer.from('ROOT-KEY-BYTES-0123456789abcdefg'),
  };
  session.indexInfo = { baseKey: Buffer.alloc(33, 9), baseKeyType: 1, closed: -1, used: 1, created: 1, remoteIdentityKey: Buffer.alloc(33, 1) };
  return session;
}

test("libsignal's session dumps never reach stdout, and their keys never reach stderr", () => {
  const stream = memoryStream();
  const fakeConsole = {};
  const restore = routeConsoleToLog(createLog({ stream }), fakeConsole);
  const realConsole = { ...console };
  // libsignal calls the global console: route it for the length of this test only.
  const restoreGlobal = routeConsoleToLog(createLog({ stream }));
  const stdoutWrite = process.stdout.write;
  let stdout = '';
  process.stdout.write = (chunk, ...rest) => { stdout += chunk; return true; };
  try {
    const record = new SessionRecord();
    const session = sessionWithKeys();
    record.setSession(session);
    record.closeSession(session); // libsignal: console.info("Closing session:", session)
    fakeConsole.log('plain words', { attempt: 2 });
  } finally {
    process.stdout.write = stdoutWrite;
    restoreGlobal();
    restore();
  }
  assert.equal(console.info, realConsole.info, 'the real console is back');
  assert.equal(stdout, '');
  assert.match(stream.text, /^bridge info: console: Closing session: \[session record withheld\]$/m);
  assert.match(stream.text, /^bridge info: console: plain words \{ attempt: 2 \}$/m);
  for (const secret of ['PRIVATE-KEY', 'ROOT-KEY', 'privKey', 'rootKey', 'registrationId', '4242']) {
    assert.ok(!stream.text.includes(secret), `${secret} withheld: ${stream.text}`);
  }
});

test('key material is withheld from Baileys log lines too', () => {
  const stream = memoryStream();
  createBaileysLogger({ stream }).error({ session: { rootKey: Buffer.from('secret') } }, 'failed to decrypt');
  assert.ok(!stream.text.includes('rootKey') && !stream.text.includes('secret'), stream.text);
  assert.match(stream.text, /^baileys error: failed to decrypt \[session record withheld\]/);
  assert.equal(withholdKeyMaterial('nothing secret here'), 'nothing secret here');
});
