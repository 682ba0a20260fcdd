import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createBaileysLogger, createLog } from '../lib/log.mjs';

function memoryStream() {
  const stream = { text: '', write: (chunk) => { stream.text += chunk; } };
  return stream;
}

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
