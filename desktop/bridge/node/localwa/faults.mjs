// Injected misbehaviour: the server-initiated disconnects (the code each makes the client close with)
// and the switches that make the server slow, silent or refusing.

/** The node that makes a Baileys client close with `code` (Socket/socket.js:791-804). */
export function disconnectNode(code) {
  switch (code) {
    case 401:
    case 403:
      return { tag: 'failure', attrs: { reason: String(code) } };
    case 408:
    case 503:
    case 515:
      return { tag: 'stream:error', attrs: { code: String(code) } };
    case 411:
      return { tag: 'ib', attrs: {}, content: [{ tag: 'downgrade_webclient', attrs: {} }] };
    case 428:
      return { tag: 'xmlstreamend', attrs: {} };
    case 440:
      return { tag: 'stream:error', attrs: {}, content: [{ tag: 'conflict', attrs: { type: 'replaced' } }] };
    case 500:
      // no code and a child other than conflict: Baileys reads it as an unknown stream error
      return { tag: 'stream:error', attrs: {}, content: [{ tag: 'internal-server-error', attrs: {} }] };
    default:
      return null;
  }
}

export const DISCONNECT_CODES = [401, 403, 408, 411, 428, 440, 500, 503, 515];

/** The switches set with the `fault` command; whatsapp.mjs and server.mjs read them. */
export class Faults {
  dropPings = false;
  refuse = false;
  upgradeErrorStatus = null; // an HTTP status, or null
  slowQueries = null; // { ms, xmlns? }
  dropQueries = null; // { xmlns? }
  refuseSend = null; // { count, code }
  holdAcks = 0;
  dropReceipts = false; // the device's delivery receipts and acks are ignored, as if lost with the connection

  /** How an iq query from a client is to be treated: 'answer', 'drop', or a delay in ms. */
  queryTreatment(xmlns) {
    if (xmlns === 'w:p') {
      if (this.dropPings) return 'drop';
      // pings are only slowed or dropped when named: otherwise every fault would also be a 408
      if (this.dropQueries?.xmlns === 'w:p') return 'drop';
      if (this.slowQueries?.xmlns === 'w:p') return this.slowQueries.ms;
      return 'answer';
    }
    if (this.dropQueries && (!this.dropQueries.xmlns || this.dropQueries.xmlns === xmlns)) return 'drop';
    if (this.slowQueries && (!this.slowQueries.xmlns || this.slowQueries.xmlns === xmlns)) return this.slowQueries.ms;
    return 'answer';
  }

  /** For a message stanza the shop sends: 'deliver', 'hold' (no ack, not delivered) or an error code. */
  takeSendTreatment() {
    if (this.refuseSend && this.refuseSend.count > 0) {
      this.refuseSend.count -= 1;
      const code = this.refuseSend.code;
      if (this.refuseSend.count === 0) this.refuseSend = null;
      return code;
    }
    if (this.holdAcks > 0) {
      this.holdAcks -= 1;
      return 'hold';
    }
    return 'deliver';
  }
}
