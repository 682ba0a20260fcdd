// Answers wire lines: parse, run the command against the adapter (or the simulator's controls),
// write exactly one result for every line that carries an id.

import { CommandError, PROTOCOL_VERSION, parseCommand } from './wire.mjs';

// Lines a broken bridge might print; the app's reader must survive each of them.
const GARBAGE_LINES = [
  'this line is not JSON',
  '{"event": "state", "connection":',
  '[1, 2, 3]',
  '\u0000\u0001 binary noise \u00ff',
];

/**
 * Builds `handleLine(line)`. `world` is the SimulatedWhatsApp, or null on the real transport.
 * `onShutdown()` and `onCrash()` run after the answer to `shutdown` / the `crash` fault is written.
 */
export function createCommandHandler({ adapter, world, wire, log, transport, isClosing, onShutdown, onCrash }) {
  function simWorld() {
    if (!world) throw new CommandError('not_sim', 'simulator commands need --transport sim');
    return world;
  }

  const handlers = {
    start: () => adapter.start(),
    stop: () => adapter.stop(),
    send_text: (args) => adapter.sendText(args),
    presence: (args) => adapter.presence(args),
    read: (args) => adapter.read(args),
    pairing_code: (args) => adapter.pairingCode(args),
    logout: () => adapter.logout(),
    status: () => ({
      connection: adapter.connection,
      ...adapter.account(),
      pid: process.pid,
      rss: process.memoryUsage().rss,
      uptime_ms: Math.round(process.uptime() * 1000),
      transport,
      sends_in_flight: adapter.sendsInFlight,
      protocol: PROTOCOL_VERSION,
    }),
    'sim.scan': () => {
      simWorld().scan();
      return {};
    },
    'sim.incoming': (args) => ({ message_id: simWorld().incoming(args) }),
    'sim.fault': (args) => {
      const sim = simWorld();
      if (args.fault === 'garbage') {
        wire.raw(GARBAGE_LINES.map((line) => `${line}\n`).join(''));
      } else if (args.fault !== 'crash') {
        sim.fault(args);
      }
      return {};
    },
  };

  function reject(err, line) {
    log.warn(`rejected a line (${err.code}: ${err.message}): ${line.slice(0, 200)}`);
    if (err.id === null) wire.protocolError(err.code, err.message, line);
    else wire.error(err.id, err.code, err.message);
  }

  return async function handleLine(line) {
    let command;
    try {
      command = parseCommand(line);
    } catch (err) {
      reject(err, line);
      return;
    }
    const { id, cmd, args } = command;
    if (isClosing()) {
      wire.error(id, 'shutting_down', 'the bridge is closing');
      return;
    }
    if (cmd === 'shutdown') {
      // Answered and begun at once, so a command on the very next line already gets shutting_down.
      wire.ok(id, {});
      onShutdown();
      return;
    }
    try {
      wire.ok(id, await handlers[cmd](args));
    } catch (err) {
      if (err instanceof CommandError) {
        wire.error(id, err.code, err.message, err.details);
      } else {
        log.error(`${cmd} failed: ${err.stack ?? err}`);
        wire.error(id, 'internal', `${cmd} failed: ${err.message ?? err}`);
      }
      return;
    }
    if (cmd === 'sim.fault' && args.fault === 'crash') onCrash();
  };
}
