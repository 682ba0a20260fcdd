// Fuzzing the wire from the bridge's side: random lines for the parser and the line splitter, and
// a live simulator bridge fed random commands. The parser may only throw CommandError; the
// splitter must give back exactly the lines it was given, however the bytes were cut; the live
// bridge must answer every line that carries an id exactly once, and keep running. Last, a message
// the simulator accepted must reach the app even when a disconnect follows in the same write.
// The seed is printed; FUZZ_SEED=<n> replays a run.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, describe, test } from 'node:test';
import { CommandError, LineSplitter, parseCommand } from '../lib/wire.mjs';

const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
console.log(`fuzz-wire seed ${SEED}`);

/** mulberry32: small, seedable, good enough to pick test inputs. */
function randomSource(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (list) => list[int(list.length)];
  return { next, int, pick };
}

const COMMANDS = ['start', 'stop', 'send_text', 'presence', 'read', 'pairing_code', 'logout', 'status',
  'sim.scan', 'sim.incoming', 'sim.fault', 'make_coffee', 'toString', '__proto__', 'constructor', ''];
const FIELDS = ['to', 'text', 'message_id', 'timeout_ms', 'state', 'keys', 'phone', 'from', 'name', 'media',
  'from_me', 'lid', 'group', 'broadcast', 'type', 'timestamp', 'fault', 'code', 'count', '__proto__'];
// Faults that end the process or unlink it are left out of the live run: they are tested on purpose
// elsewhere, and here the bridge must stay up to be asked again.
const LIVE_FAULTS = ['disconnect', 'send_timeout', 'send_error', 'garbage', 'redeliver', 'replaced', 'banned'];

function randomString(r, max = 12) {
  const alphabets = ['abcXYZ019_-', '+1555 ()', '@s.whatsapp.net:lid.g.us', 'שלום привет 🙂', '"\\\u0000\n\t{}[]'];
  const alphabet = Array.from(r.pick(alphabets)); // code points: no half of a surrogate pair
  let out = '';
  const length = r.int(max + 1);
  for (let i = 0; i < length; i += 1) out += alphabet[r.int(alphabet.length)];
  return out;
}

function randomValue(r, depth = 0) {
  switch (r.int(depth > 2 ? 7 : 9)) {
    case 0: return null;
    case 1: return r.next() < 0.5;
    case 2: return r.int(2000) - 5;
    case 3: return r.pick([1e308, -0, 0.5, Number.MAX_SAFE_INTEGER + 2, 65537]);
    case 4: return randomString(r);
    case 5: return r.pick(['+15551234567', '15551234567@s.whatsapp.net', '123@lid', '1@g.us', 'composing',
      'image', 'audio', 'notify', 'append', 'disconnect', '3EB0ABCDEF']);
    case 6: return 'x'.repeat(r.pick([0, 1, 64, 65, 200, 201, 65536, 65537]));
    case 7: return Array.from({ length: r.int(3) }, () => randomValue(r, depth + 1));
    default: {
      const obj = {};
      for (let i = r.int(3); i > 0; i -= 1) obj[r.pick(FIELDS)] = randomValue(r, depth + 1);
      return obj;
    }
  }
}

function randomCommand(r, id, { live = false } = {}) {
  const command = { id, cmd: r.pick(live ? COMMANDS.filter((c) => c !== 'logout') : COMMANDS) };
  for (let i = r.int(5); i > 0; i -= 1) command[r.pick(FIELDS)] = randomValue(r);
  if (live && command.cmd === 'sim.fault') command.fault = r.pick(LIVE_FAULTS);
  if (live && command.cmd === 'send_text' && r.next() < 0.7) {
    Object.assign(command, { to: '+15551234567', text: 'hi', message_id: `F${id}`, timeout_ms: 500 });
  }
  if (live && command.cmd === 'sim.incoming' && r.next() < 0.7) Object.assign(command, { from: '+15551234567', text: 'hi' });
  return command;
}

/** A line that may not parse: JSON cut short, noise, a non-object, or a valid-looking command. */
function randomLine(r, id) {
  const json = JSON.stringify(randomCommand(r, id));
  switch (r.int(6)) {
    case 0: return json.slice(0, r.int(json.length));
    case 1: return randomString(r, 40);
    case 2: return JSON.stringify(randomValue(r));
    case 3: return json.replace(/"id":"[^"]*"/, `"id":${JSON.stringify(randomValue(r))}`);
    default: return json;
  }
}

describe('parseCommand under random lines', () => {
  test('returns a command or throws a CommandError, never anything else', () => {
    const r = randomSource(SEED);
    for (let n = 0; n < 5000; n += 1) {
      const line = randomLine(r, `p${n}`);
      try {
        const command = parseCommand(line);
        assert.equal(typeof command.id, 'string');
        assert.equal(typeof command.cmd, 'string');
      } catch (err) {
        assert.ok(err instanceof CommandError, `line ${JSON.stringify(line)} threw ${err?.stack ?? err}`);
        assert.ok(err.id === null || (typeof err.id === 'string' && err.id.length <= 200));
      }
    }
  });
});

describe('LineSplitter under random cuts', () => {
  test('gives back every line, whatever the chunk boundaries', () => {
    const r = randomSource(SEED + 1);
    for (let round = 0; round < 200; round += 1) {
      const lines = Array.from({ length: 1 + r.int(8) }, (_, i) => randomLine(r, `s${round}-${i}`)
        .replace(/[\r\n]/g, ' '))
        .filter((line) => line.trim() !== '');
      const bytes = Buffer.from(lines.map((line) => `${line}${r.next() < 0.2 ? '\r' : ''}\n`).join(''));
      const got = [];
      const splitter = new LineSplitter({ onLine: (line) => got.push(line), onOverflow: () => assert.fail('overflow') });
      let at = 0;
      while (at < bytes.length) {
        const size = 1 + r.int(20);
        splitter.push(bytes.subarray(at, at + size));
        at += size;
      }
      splitter.end();
      assert.deepEqual(got, lines);
    }
  });

  test('an oversized line is reported once and the next line still arrives', () => {
    const got = [];
    const overflows = [];
    const splitter = new LineSplitter({ onLine: (l) => got.push(l), onOverflow: (h) => overflows.push(h), maxBytes: 64 });
    splitter.push(Buffer.from(`${'x'.repeat(50)}`));
    splitter.push(Buffer.from(`${'y'.repeat(50)}\n{"id":"a"}\n`));
    splitter.end();
    assert.deepEqual([overflows.length, got], [1, ['{"id":"a"}']]);
  });
});

const folders = [];
after(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

describe('a live simulator bridge fed random lines', () => {
  test('answers every line with an id exactly once and stays up', async () => {
    const r = randomSource(SEED + 2);
    const folder = await mkdtemp(join(tmpdir(), 'bridge-fuzz-'));
    folders.push(folder);
    const child = spawn(process.execPath, [new URL('../bridge.mjs', import.meta.url).pathname, '--company', '9',
      '--auth-dir', join(folder, 'company_9'), '--transport', 'sim', '--connect-delay-ms', '5',
      '--send-timeout-ms', '1000', '--qr-first-ms', '2000', '--qr-next-ms', '500'], { stdio: ['pipe', 'pipe', 'pipe'] });
    child.stderr.resume();
    const answers = new Map();
    let exitCode = null;
    child.on('exit', (code) => { exitCode = code; });
    let ready = false;
    createInterface({ input: child.stdout }).on('line', (line) => {
      let parsed;
      try {
        parsed = JSON.parse(line);
      } catch {
        return; // the garbage fault prints lines that are not JSON on purpose
      }
      if (parsed.event === 'ready') ready = true;
      if (typeof parsed.id === 'string' && 'ok' in parsed) answers.set(parsed.id, (answers.get(parsed.id) ?? 0) + 1);
    });
    try {
      while (!ready) await sleep(10);
      const expected = [];
      let text = '';
      for (let n = 0; n < 1500; n += 1) {
        const id = `L${n}`;
        const kind = r.int(10);
        if (kind < 6) {
          text += `${JSON.stringify(randomCommand(r, id, { live: true }))}\n`;
          expected.push(id);
        } else if (kind < 7) {
          // Broken JSON whose id can still be read: answered bad_json with that id.
          text += `{"id": "${id}", "cmd": "status", "x": [\n`;
          expected.push(id);
        } else if (kind < 8) {
          text += `${randomString(r, 60).replace(/[\r\n]/g, ' ').replace(/"id"/g, '')}\n`;
        } else if (kind < 9) {
          text += `${JSON.stringify(randomValue(r)).replace(/"id"/g, '"di"')}\n`;
        } else {
          text += `{"id": "${id}", "cmd": "status"}\r\n`;
          expected.push(id);
        }
        if (text.length > 4000 || n === 1499) {
          // Random cuts: the pipe may deliver a line in pieces.
          const cut = r.int(text.length);
          child.stdin.write(text.slice(0, cut));
          await sleep(1);
          child.stdin.write(text.slice(cut));
          text = '';
        }
      }
      const deadline = Date.now() + 20000;
      while (expected.some((id) => !answers.has(id)) && Date.now() < deadline && exitCode === null) await sleep(20);
      assert.equal(exitCode, null, 'the bridge exited');
      const missing = expected.filter((id) => !answers.has(id));
      assert.deepEqual(missing.slice(0, 10), [], `${missing.length} lines never answered`);
      await sleep(300); // a second answer would come late
      const twice = [...answers].filter(([, count]) => count > 1).map(([id]) => id);
      assert.deepEqual(twice, []);
      const strays = [...answers.keys()].filter((id) => !expected.includes(id));
      assert.deepEqual(strays, []);
      // Still answering after all that.
      child.stdin.write('{"id": "final", "cmd": "status"}\n');
      const until = Date.now() + 5000;
      while (!answers.has('final') && Date.now() < until) await sleep(10);
      assert.equal(answers.get('final'), 1);
    } finally {
      child.stdin.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 8000);
      await new Promise((resolve) => (exitCode !== null ? resolve() : child.on('exit', resolve)));
      clearTimeout(timer);
    }
  });
});

describe('a message the simulator accepted', () => {
  test('reaches the app even when a disconnect is handled right after it', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'bridge-race-'));
    folders.push(folder);
    const child = spawn(process.execPath, [new URL('../bridge.mjs', import.meta.url).pathname, '--company', '9',
      '--auth-dir', join(folder, 'company_9'), '--transport', 'sim', '--connect-delay-ms', '5',
      '--qr-first-ms', '2000'], { stdio: ['pipe', 'pipe', 'pipe'] });
    child.stderr.resume();
    const lines = [];
    createInterface({ input: child.stdout }).on('line', (line) => {
      try {
        lines.push(JSON.parse(line));
      } catch { /* not JSON */ }
    });
    const waitFor = async (matches, ms = 5000) => {
      const deadline = Date.now() + ms;
      while (!lines.some(matches)) {
        if (Date.now() > deadline) throw new Error(`no matching line: ${JSON.stringify(lines.slice(-5))}`);
        await sleep(5);
      }
    };
    try {
      await waitFor((l) => l.event === 'ready');
      child.stdin.write('{"id":"s1","cmd":"start"}\n');
      await waitFor((l) => l.event === 'qr');
      child.stdin.write('{"id":"s2","cmd":"sim.scan"}\n');
      await waitFor((l) => l.event === 'state' && l.code === 515);
      const count = (matches) => lines.filter(matches).length;
      for (let round = 0; round < 5; round += 1) {
        child.stdin.write(`{"id":"o${round}","cmd":"start"}\n`);
        await waitFor(() => count((l) => l.event === 'state' && l.connection === 'open') > round);
        // One write, two commands: the message is accepted, then the connection drops at once.
        child.stdin.write(`{"id":"m${round}","cmd":"sim.incoming","from":"+15551234567","text":"hi","message_id":"RACE${round}"}\n`
          + `{"id":"d${round}","cmd":"sim.fault","fault":"disconnect","code":428}\n`);
        await waitFor((l) => l.id === `d${round}`);
        await waitFor(() => count((l) => l.event === 'state' && l.code === 428) > round);
        assert.equal(lines.find((l) => l.id === `m${round}`)?.ok, true);
        await sleep(20);
        assert.ok(lines.some((l) => l.event === 'message' && l.id === `RACE${round}`),
          `RACE${round} was accepted but never reported`);
      }
    } finally {
      child.stdin.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 8000);
      await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.on('exit', resolve)));
      clearTimeout(timer);
    }
  });
});
