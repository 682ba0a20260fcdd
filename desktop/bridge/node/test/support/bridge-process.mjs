// A bridge child process spoken to over the real wire, for tests that run bridge.mjs itself. (This
// folder holds no tests; node --test loads it and finds none.)
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';

export const BRIDGE = new URL('../../bridge.mjs', import.meta.url).pathname;

/** One bridge process; every stdout line is kept (parsed when it is JSON) for the test to wait on. */
export class BridgeProcess {
  lines = [];
  stderr = '';
  #seen = 0;
  #nextId = 0;
  // Every wait in progress (a test may wait for an event and a result at once): all wake on a line.
  #waiters = new Set();

  constructor(authDir, flags, script = BRIDGE) {
    this.child = spawn(process.execPath, [script, '--company', '7', '--auth-dir', authDir, ...flags], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child.stderr.on('data', (chunk) => { this.stderr += chunk; });
    createInterface({ input: this.child.stdout }).on('line', (line) => {
      let parsed;
      try {
        parsed = JSON.parse(line);
      } catch {
        parsed = { unparsed: line };
      }
      this.lines.push(parsed);
      const waiters = this.#waiters;
      this.#waiters = new Set();
      for (const wake of waiters) wake();
    });
    this.exit = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
  }

  /** Resolves on the next stdout line or after `ms`, whichever comes first. */
  #nextLineOr(ms) {
    return Promise.race([
      new Promise((resolve) => { this.#waiters.add(resolve); }),
      sleep(ms, undefined, { ref: false }),
    ]);
  }

  /** The next line after those already waited for that matches `matches`. */
  async next(matches, ms = 5000) {
    const deadline = Date.now() + ms;
    for (;;) {
      const index = this.lines.findIndex((line, i) => i >= this.#seen && matches(line));
      if (index !== -1) {
        this.#seen = index + 1;
        return this.lines[index];
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching line within ${ms} ms; after ${this.#seen}: ${JSON.stringify(this.lines.slice(this.#seen))}\nstderr: ${this.stderr.slice(-2000)}`);
      await this.#nextLineOr(left);
    }
  }

  event(name, matches = () => true, ms) {
    return this.next((line) => line.event === name && matches(line), ms);
  }

  /** Sends a command and waits for its result line (wherever it is among the lines). */
  async request(cmd, args = {}, ms = 5000) {
    const id = `t${++this.#nextId}`;
    this.write(`${JSON.stringify({ id, cmd, ...args })}\n`);
    const deadline = Date.now() + ms;
    for (;;) {
      const reply = this.lines.find((line) => line.id === id);
      if (reply) return reply;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no answer to ${cmd} within ${ms} ms; stderr: ${this.stderr.slice(-2000)}`);
      await this.#nextLineOr(left);
    }
  }

  /** Writes raw text to the bridge's stdin (for lines a well-behaved app would never send). */
  write(text) {
    this.child.stdin.write(text);
  }

  /** The exit code; killed, and a failure, when the process is still running after `ms`. */
  async exited(ms = 5000) {
    const timeout = sleep(ms, 'still running', { ref: false });
    const code = await Promise.race([this.exit, timeout]);
    if (code === 'still running') {
      this.kill();
      throw new Error(`the bridge did not exit within ${ms} ms`);
    }
    return code;
  }

  /** Closes stdin and returns the exit code (killed after `ms`). */
  async close(ms = 5000) {
    this.child.stdin.end();
    return this.exited(ms);
  }

  kill() {
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}
