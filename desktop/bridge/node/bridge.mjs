#!/usr/bin/env node
// The WhatsApp bridge for one company: JSON Lines on stdin/stdout (docs/bridge-protocol.md), logs
// on stderr. This file wires the parts together and owns the process's life: it exits when stdin
// closes (the app is gone), on `shutdown`, and on SIGTERM.

import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { WhatsAppAdapter } from './lib/adapter.mjs';
import { AuthStore } from './lib/auth-state.mjs';
import { installStrictCertificateCheck, isLoopbackUrl, parseRootKey, resolveWebVersion } from './lib/baileys-setup.mjs';
import { createCommandHandler } from './lib/commands.mjs';
import { baileysLogLevel, createBaileysLogger, createLog, routeConsoleToLog } from './lib/log.mjs';
import { SentLog } from './lib/sent-log.mjs';
import { SimulatedWhatsApp } from './lib/sim-socket.mjs';
import { LineSplitter, PROTOCOL_VERSION, WireWriter } from './lib/wire.mjs';

const EXIT_BAD_FLAGS = 2;
const EXIT_DEPENDENCIES_MISSING = 3;
const EXIT_AUTH_UNUSABLE = 4;
const EXIT_SIM_CRASH = 70;
const EXIT_INTERNAL = 1;
const SHUTDOWN_DEADLINE_MS = 5000;

const FLAGS = {
  company: { type: 'string' },
  'auth-dir': { type: 'string' },
  transport: { type: 'string' },
  'send-timeout-ms': { type: 'string', default: '30000' },
  'allow-groups': { type: 'boolean', default: false },
  'qr-first-ms': { type: 'string', default: '60000' },
  'qr-next-ms': { type: 'string', default: '20000' },
  'qr-max': { type: 'string', default: '6' },
  'connect-delay-ms': { type: 'string', default: '50' },
  'receipt-delay-ms': { type: 'string', default: '20' },
  'connect-deadline-ms': { type: 'string', default: '30000' },
  'history-days': { type: 'string', default: '7' },
  'wa-url': { type: 'string' },
  'wa-root-key': { type: 'string' },
};

const wire = new WireWriter(process.stdout);
const log = createLog({ wire });
// Before any library loads: libsignal prints session records (private keys) with console.info.
routeConsoleToLog(log);

async function fail(code, message, exitCode) {
  log.error(message);
  wire.event('fatal', { code, message });
  await wire.flush();
  process.exit(exitCode);
}

// When the app dies, both pipes break. Logs are best effort; an unhandled EPIPE on stderr would
// otherwise become an uncaught exception whose own log line fails again, for ever.
process.stderr.on('error', () => {});

function readFlags(argv) {
  const { values } = parseArgs({ args: argv, options: FLAGS, strict: true, allowPositionals: false });
  for (const required of ['company', 'auth-dir', 'transport']) {
    if (!values[required]) throw new Error(`--${required} is required`);
  }
  if (!['sim', 'baileys'].includes(values.transport)) throw new Error('--transport must be sim or baileys');
  const number = (name, { zero = false } = {}) => {
    const value = Number(values[name]);
    if (!Number.isSafeInteger(value) || value < (zero ? 0 : 1)) {
      throw new Error(`--${name} must be a ${zero ? 'whole number, 0 or more' : 'positive integer'}`);
    }
    return value;
  };
  const waUrl = values['wa-url'] ?? null;
  if (waUrl !== null && !isLoopbackUrl(waUrl)) {
    throw new Error('--wa-url must be a ws:// or wss:// URL on a loopback host (127.0.0.0/8, ::1, localhost)');
  }
  if (values['wa-root-key'] !== undefined && waUrl === null) throw new Error('--wa-root-key needs --wa-url');
  const rootKey = values['wa-root-key'] === undefined ? null : parseRootKey(values['wa-root-key']);
  if (values['wa-root-key'] !== undefined && !rootKey) throw new Error('--wa-root-key must be a 32-byte public key in base64');
  return {
    company: /^\d+$/.test(values.company) ? Number(values.company) : values.company,
    connectDeadlineMs: number('connect-deadline-ms'),
    historyDays: number('history-days'),
    waUrl,
    rootKey,
    authDir: values['auth-dir'],
    transport: values.transport,
    sendTimeoutMs: number('send-timeout-ms'),
    allowGroups: values['allow-groups'],
    sim: {
      qrFirstMs: number('qr-first-ms'),
      qrNextMs: number('qr-next-ms'),
      qrMax: number('qr-max'),
      connectDelayMs: number('connect-delay-ms'),
      receiptDelayMs: number('receipt-delay-ms', { zero: true }),
    },
  };
}

/** Imported lazily so that a missing node_modules becomes a `fatal` event the app can explain. */
async function loadBaileys() {
  const baileys = await import('baileys');
  const manifest = JSON.parse(await readFile(new URL('./node_modules/baileys/package.json', import.meta.url), 'utf8'));
  return { baileys, version: manifest.version };
}

/**
 * Baileys' makeWASocket with the settings that are the same for every socket of this process. The
 * WhatsApp Web version is looked up once, in the background from the start; the first socket
 * waits for it (at most a few seconds, then Baileys' built-in one).
 */
function makeBaileysSocketFactory(baileys, { waUrl }) {
  // AI_ADMIN_BAILEYS_LOG=info (or debug) lets a technician see Baileys' own account of a connection.
  const logger = createBaileysLogger({ level: baileysLogLevel(process.env.AI_ADMIN_BAILEYS_LOG) });
  // A standard desktop browser label: WhatsApp refuses pairing codes for unusual ones.
  const browser = baileys.Browsers.ubuntu('Chrome');
  const version = resolveWebVersion(baileys, { fetchLatest: waUrl === null, log });
  return async (config) => baileys.default({
    ...config,
    logger,
    browser,
    version: await version,
    ...(waUrl ? { waWebSocketUrl: waUrl } : {}),
  });
}

let flags;
try {
  flags = readFlags(process.argv.slice(2));
} catch (err) {
  await fail('bad_flags', `${err.message}. Usage: node bridge.mjs --company <id> --auth-dir <folder> ` +
    '--transport sim|baileys [--send-timeout-ms N] [--allow-groups] [--connect-deadline-ms N] ' +
    '[--history-days N] [--wa-url ws://127.0.0.1:PORT/ws/chat [--wa-root-key B64]] [--qr-first-ms N] ' +
    '[--qr-next-ms N] [--qr-max N] [--connect-delay-ms N] [--receipt-delay-ms N]', EXIT_BAD_FLAGS);
}

let baileys;
let baileysVersion;
try {
  ({ baileys, version: baileysVersion } = await loadBaileys());
} catch (err) {
  await fail('dependencies_missing', `The WhatsApp library (baileys) could not be loaded: ${err.message}. ` +
    'Run "npm ci" in desktop/bridge/node to install the bridge\'s dependencies.', EXIT_DEPENDENCIES_MISSING);
}

// Baileys' own check accepts any certificate signature; this process checks them for real.
installStrictCertificateCheck(baileys, { rootKey: flags.rootKey, log });

const world = flags.transport === 'sim'
  ? new SimulatedWhatsApp({ ...flags.sim, log, onOutgoing: (message) => wire.event('sim.outgoing', message) })
  : null;
const makeSocket = world
  ? (config) => world.makeSocket(config)
  : makeBaileysSocketFactory(baileys, flags);

const adapter = new WhatsAppAdapter({
  makeSocket,
  authStore: new AuthStore(flags.authDir, baileys, log),
  emit: (name, fields) => wire.event(name, fields),
  log,
  allowGroups: flags.allowGroups,
  sendTimeoutMs: flags.sendTimeoutMs,
  connectDeadlineMs: flags.connectDeadlineMs,
  historyDays: flags.historyDays,
  sentLog: new SentLog(flags.authDir, { log }),
  ...(world ? { qrLifetimes: { firstMs: flags.sim.qrFirstMs, nextMs: flags.sim.qrNextMs } } : {}),
});

try {
  await adapter.init();
} catch (err) {
  await fail('auth_unusable', `The auth folder ${flags.authDir} cannot be used: ${err.message}`, EXIT_AUTH_UNUSABLE);
}

let closing = null;

/** Closes the socket (credentials kept), waits for pending credential writes, and exits. */
function closeBridge(reason, exitCode = 0) {
  closing ??= (async () => {
    log.info(`closing: ${reason}`);
    let deadline;
    try {
      await Promise.race([
        adapter.shutdown(),
        new Promise((resolve) => { deadline = setTimeout(resolve, SHUTDOWN_DEADLINE_MS); }),
      ]);
    } catch (err) {
      log.warn(`while closing: ${err.message}`);
    } finally {
      clearTimeout(deadline);
    }
    await wire.flush();
    process.exit(exitCode);
  })();
  return closing;
}

const handleLine = createCommandHandler({
  adapter,
  world,
  wire,
  log,
  transport: flags.transport,
  isClosing: () => closing !== null,
  onShutdown: () => closeBridge('shutdown command'),
  onCrash: () => wire.flush().then(() => process.exit(EXIT_SIM_CRASH)),
});

const splitter = new LineSplitter({
  onLine: (line) => {
    handleLine(line).catch((err) => log.error(`unexpected failure handling a line: ${err.stack ?? err}`));
  },
  onOverflow: (head) => {
    log.warn(`rejected a line longer than the limit: ${head}`);
    wire.protocolError('line_too_long', 'the line is longer than 1 MiB and was skipped', head);
  },
});

process.on('unhandledRejection', (err) => log.report('error', `unhandled rejection: ${err?.stack ?? err}`));
process.on('uncaughtException', (err) => fail('internal', `unexpected error: ${err?.stack ?? err}`, EXIT_INTERNAL));
process.on('SIGTERM', () => closeBridge('SIGTERM'));
process.on('SIGINT', () => closeBridge('SIGINT'));
// Writing to an app that died fails with EPIPE: nobody is listening any more.
process.stdout.on('error', (err) => {
  closeBridge(`stdout failed (${err.code ?? err.message})`);
});

wire.event('ready', {
  protocol: PROTOCOL_VERSION,
  node: process.versions.node,
  baileys: baileysVersion,
  transport: flags.transport,
  company: flags.company,
  pid: process.pid,
});

process.stdin.on('data', (chunk) => splitter.push(chunk));
process.stdin.on('end', () => {
  splitter.end();
  closeBridge('stdin closed');
});
process.stdin.on('error', (err) => closeBridge(`stdin failed (${err.code ?? err.message})`));
