import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CommandError, LineSplitter, WireWriter, parseCommand } from '../lib/wire.mjs';

function rejection(line) {
  try {
    parseCommand(line);
  } catch (err) {
    assert.ok(err instanceof CommandError, `expected a CommandError, got ${err}`);
    return { code: err.code, id: err.id, message: err.message };
  }
  assert.fail(`the line was accepted: ${line}`);
}

describe('parseCommand', () => {
  test('accepts a send_text and turns an E.164 phone into a user JID', () => {
    const command = parseCommand('{"id":"a1","cmd":"send_text","to":"+15551234567","text":"Hi!","message_id":"3EB0AA"}');
    assert.deepEqual(command, {
      id: 'a1',
      cmd: 'send_text',
      args: { to: '15551234567@s.whatsapp.net', text: 'Hi!', message_id: '3EB0AA' },
    });
  });

  test('keeps a JID recipient as is and reads the optional timeout', () => {
    const { args } = parseCommand('{"id":"a","cmd":"send_text","to":"123456789012345@lid","text":"x","message_id":"m","timeout_ms":500}');
    assert.equal(args.to, '123456789012345@lid');
    assert.equal(args.timeout_ms, 500);
  });

  test('a line that is not JSON is bad_json without an id', () => {
    const { code, id } = rejection('not json at all');
    assert.deepEqual([code, id], ['bad_json', null]);
  });

  test('broken JSON still gets an answer when its id can be read', () => {
    const { code, id } = rejection('{"id": "k9", "cmd": "status",');
    assert.equal(code, 'bad_json');
    assert.equal(id, 'k9');
  });

  test('arrays, numbers and null are not commands', () => {
    for (const line of ['[1,2]', '42', 'null', '"status"']) {
      assert.equal(rejection(line).code, 'bad_command', line);
      assert.equal(rejection(line).id, null, line);
    }
  });

  test('a missing or non-string id cannot be answered', () => {
    assert.deepEqual([rejection('{"cmd":"status"}').id, rejection('{"id":5,"cmd":"status"}').id], [null, null]);
  });

  test('an unknown command is answered with its id', () => {
    const { code, id } = rejection('{"id":"u","cmd":"make_coffee"}');
    assert.deepEqual([code, id], ['bad_command', 'u']);
    // Names inherited from Object.prototype are not commands either.
    assert.equal(rejection('{"id":"u","cmd":"toString"}').code, 'bad_command');
  });

  test('bad arguments name the field', () => {
    const cases = {
      '{"id":"1","cmd":"send_text","to":"5551234","text":"x","message_id":"m"}': 'to',
      '{"id":"1","cmd":"send_text","to":"+15551234567","text":"","message_id":"m"}': 'text',
      '{"id":"1","cmd":"send_text","to":"+15551234567","text":"x"}': 'message_id',
      '{"id":"1","cmd":"send_text","to":"+15551234567","text":"x","message_id":"has space"}': 'message_id',
      '{"id":"1","cmd":"send_text","to":"+15551234567","text":"x","message_id":"m","timeout_ms":-1}': 'timeout_ms',
      '{"id":"1","cmd":"presence","to":"+15551234567","state":"dancing"}': 'state',
      '{"id":"1","cmd":"presence","state":"composing"}': 'to',
      '{"id":"1","cmd":"read","keys":[]}': 'keys',
      '{"id":"1","cmd":"read","keys":[{"chat":"+15551234567"}]}': 'keys[0].id',
      '{"id":"1","cmd":"pairing_code","phone":"+15551234567"}': 'phone',
      '{"id":"1","cmd":"sim.incoming","from":"+15551234567"}': 'text or media',
      '{"id":"1","cmd":"sim.incoming","from":"+15551234567","text":"x","group":"123@s.whatsapp.net"}': 'group',
      '{"id":"1","cmd":"sim.fault","fault":"meteor"}': 'fault',
    };
    for (const [line, field] of Object.entries(cases)) {
      const { code, id, message } = rejection(line);
      assert.equal(code, 'bad_argument', line);
      assert.equal(id, '1', line);
      assert.ok(message.startsWith(field), `${line}: ${message}`);
    }
  });

  test('a text longer than WhatsApp allows is refused', () => {
    const line = JSON.stringify({ id: '1', cmd: 'send_text', to: '+15551234567', text: 'x'.repeat(65537), message_id: 'm' });
    assert.equal(rejection(line).code, 'bad_argument');
  });

  test('presence available needs no recipient', () => {
    assert.deepEqual(parseCommand('{"id":"1","cmd":"presence","state":"available"}').args, { state: 'available' });
  });
});

describe('LineSplitter', () => {
  function split(chunks, maxBytes = 64) {
    const lines = [];
    const overflows = [];
    const splitter = new LineSplitter({ onLine: (l) => lines.push(l), onOverflow: (h) => overflows.push(h), maxBytes });
    for (const chunk of chunks) splitter.push(Buffer.from(chunk));
    splitter.end();
    return { lines, overflows };
  }

  test('joins lines split across chunks and drops blank lines and CR', () => {
    assert.deepEqual(split(['{"a":', '1}\r\n\n  \n{"b"', ':2}\n{"c":3}']).lines, ['{"a":1}', '{"b":2}', '{"c":3}']);
  });

  test('skips an over-long line up to its newline and reports it once', () => {
    const { lines, overflows } = split(['x'.repeat(50), 'y'.repeat(50), 'z'.repeat(50), '\n{"ok":1}\n'], 64);
    assert.deepEqual(lines, ['{"ok":1}']);
    assert.equal(overflows.length, 1);
    assert.ok(overflows[0].startsWith('xxxx'));
  });

  test('keeps multi-byte characters split between chunks intact', () => {
    const bytes = Buffer.from('{"t":"żółw"}\n');
    const lines = [];
    const splitter = new LineSplitter({ onLine: (l) => lines.push(l), onOverflow: () => {} });
    splitter.push(bytes.subarray(0, 9));
    splitter.push(bytes.subarray(9));
    assert.deepEqual(lines, ['{"t":"żółw"}']);
  });
});

describe('WireWriter', () => {
  test('writes one JSON object per line and cuts protocol_error lines to 200 characters', () => {
    let out = '';
    const wire = new WireWriter({ write: (text) => { out += text; } });
    wire.ok('1', { code: 'X' });
    wire.error('2', 'bad_argument', 'to is required');
    wire.protocolError('bad_json', 'not JSON', 'q'.repeat(500));
    const lines = out.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines[0], { id: '1', ok: true, result: { code: 'X' } });
    assert.deepEqual(lines[1], { id: '2', ok: false, error: { code: 'bad_argument', message: 'to is required' } });
    assert.equal(lines[2].event, 'protocol_error');
    assert.equal(lines[2].line.length, 200);
  });
});
