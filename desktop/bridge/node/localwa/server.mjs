#!/usr/bin/env node
// Entry point of the local WhatsApp server (docs/local-whatsapp.md):
//   node server.mjs --state-dir DIR [--port 0] [--host 127.0.0.1]
// stdout carries only the control channel; everything else (and libsignal's chatter) goes to stderr.

import http from 'node:http';
import util from 'node:util';
import { WebSocketServer } from 'ws';
import { StateStore } from './state.mjs';
import { Faults } from './faults.mjs';
import { LocalWhatsApp } from './whatsapp.mjs';
import { parseFault, startControl } from './control.mjs';

/**
 * libsignal prints whole session objects (private keys included) with console.info on every session
 * change; stdout is the control channel, so console output goes to stderr, and those dumps are cut
 * down to their first line.
 */
function quietConsole() {
  const toStderr = (...items) => {
    const [first] = items;
    const text = typeof first === 'string' && /session/i.test(first) && items.length > 1 ? first : util.format(...items);
    process.stderr.write(`${text}\n`);
  };
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace']) console[method] = toStderr;
}

function parseArgs(argv) {
  const options = { port: 0, host: '127.0.0.1', stateDir: null };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--state-dir') options.stateDir = value;
    else if (flag === '--port') options.port = Number(value);
    else if (flag === '--host') options.host = value;
    else throw new Error(`unknown option ${flag}`);
    i += 1;
  }
  if (!options.stateDir) throw new Error('--state-dir is required');
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) throw new Error('--port must be 0..65535');
  if (!['127.0.0.1', '::1', 'localhost'].includes(options.host) && !options.host.startsWith('127.')) {
    throw new Error('--host must be a loopback address: this server is for this PC only');
  }
  return options;
}

/** The listening side: HTTP upgrade to WebSocket on /ws/chat, and the refuse/upgrade_error faults. */
class Listener {
  #http = null;
  #sockets = new Set();

  constructor({ host, whatsapp, faults }) {
    this.host = host;
    this.port = 0;
    this.whatsapp = whatsapp;
    this.faults = faults;
    this.wss = new WebSocketServer({ noServer: true });
  }

  async listen(port) {
    const server = http.createServer((req, res) => { res.writeHead(404); res.end(); });
    server.on('connection', (socket) => {
      this.#sockets.add(socket);
      socket.on('close', () => this.#sockets.delete(socket));
    });
    server.on('upgrade', (req, socket, head) => this.#upgrade(req, socket, head));
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, this.host, () => { server.off('error', reject); resolve(); });
    });
    this.#http = server;
    this.port = server.address().port;
  }

  #upgrade(req, socket, head) {
    const status = this.faults.upgradeErrorStatus;
    const path = new URL(req.url, 'http://local').pathname;
    if (status || path !== '/ws/chat') {
      const code = status || 404;
      socket.end(`HTTP/1.1 ${code} ${http.STATUS_CODES[code] || 'Error'}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.whatsapp.attach(ws));
  }

  /** refuse on: stop listening, so connecting fails at TCP level; off: listen on the same port again. */
  async setRefusing(on) {
    if (on && this.#http) {
      this.#http.close();
      this.#http = null;
    } else if (!on && !this.#http) {
      await this.listen(this.port);
    }
  }

  close() {
    this.#http?.close();
    for (const client of this.wss.clients) client.terminate();
    for (const socket of this.#sockets) socket.destroy();
  }
}

async function main() {
  quietConsole();
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`localwa: ${error.message}\n`);
    process.exit(2);
  }
  const store = new StateStore(options.stateDir);
  store.load();
  const faults = new Faults();
  let wire = null;
  const emit = (name, fields) => wire?.event(name, fields);
  const whatsapp = new LocalWhatsApp({ store, faults, emit });
  const listener = new Listener({ host: options.host, whatsapp, faults });
  await listener.listen(options.port);

  let stopping = false;
  const server = {
    whatsapp,
    async fault(command) {
      const f = parseFault(command);
      switch (f.fault) {
        case 'disconnect': return whatsapp.disconnect({ code: f.code });
        case 'drop_pings': faults.dropPings = f.on; return {};
        case 'refuse': faults.refuse = f.on; await listener.setRefusing(f.on); return {};
        case 'upgrade_error': faults.upgradeErrorStatus = f.on ? f.status : null; return {};
        case 'slow_queries': faults.slowQueries = f.ms > 0 ? { ms: f.ms, xmlns: f.xmlns } : null; return {};
        case 'drop_queries': faults.dropQueries = f.on ? { xmlns: f.xmlns } : null; return {};
        case 'refuse_send': faults.refuseSend = { count: f.count, code: f.code }; return {};
        case 'hold_acks': faults.holdAcks = f.count; return {};
        case 'drop_receipts': faults.dropReceipts = f.on; return {};
        default: return {};
      }
    },
    async shutdown(code) {
      if (stopping) return;
      stopping = true;
      listener.close();
      store.flush();
      await wire.flush();
      process.exit(code);
    }
  };
  wire = startControl({ input: process.stdin, output: process.stdout, server, onEnd: () => server.shutdown(0) });
  process.on('SIGTERM', () => server.shutdown(0));
  const url = `ws://${options.host.includes(':') ? `[${options.host}]` : options.host}:${listener.port}/ws/chat`;
  wire.event('ready', { url, port: listener.port, root_key: whatsapp.rootKey.toString('base64'), pid: process.pid });
}

main().catch((error) => {
  process.stderr.write(`localwa: ${error?.stack || error}\n`);
  process.exit(1);
});
