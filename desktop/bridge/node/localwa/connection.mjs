// One client's WebSocket: the Noise handshake, then binary nodes both ways. It knows nothing of
// accounts or messages; whatsapp.mjs decides what the nodes mean.

import { EventEmitter } from 'node:events';
import { encodeBinaryNode, decodeBinaryNode, binaryNodeToString } from 'baileys';

// LOCALWA_TRACE=1 writes every node both ways to stderr (never to stdout, the control channel).
const TRACE = Boolean(process.env.LOCALWA_TRACE);
const trace = (direction, id, node) => process.stderr.write(`[${id}] ${direction} ${binaryNodeToString(node).slice(0, 2000)}\n`);
import { FrameReader, NoiseResponder, frame } from './noise.mjs';

let nextConnectionId = 1;

/**
 * Events: `payload` ({ clientStatic, payload }) once the handshake is done, `node` (a decoded binary
 * node) for every frame after it, `failed` (Error) for a frame it cannot read, and `closed` once.
 */
export class ClientConnection extends EventEmitter {
  #ws;
  #reader = new FrameReader();
  #noise;
  #stage = 'hello';
  #decoding = Promise.resolve();
  #closed = false;

  constructor(ws, { staticKey, certChain }) {
    super();
    this.id = nextConnectionId++;
    this.#ws = ws;
    this.#noise = new NoiseResponder({ staticKey, certChain });
    ws.on('message', (data) => this.#onData(Buffer.from(data)));
    ws.on('close', () => this.#onClose());
    ws.on('error', () => this.#onClose());
  }

  get open() {
    return !this.#closed;
  }

  #onData(chunk) {
    let frames;
    try {
      frames = this.#reader.push(chunk);
    } catch (error) {
      this.#fail(error);
      return;
    }
    for (const body of frames) this.#onFrame(body);
  }

  #onFrame(body) {
    try {
      if (this.#stage === 'hello') {
        this.#ws.send(frame(this.#noise.respondToHello(body)));
        this.#stage = 'finish';
      } else if (this.#stage === 'finish') {
        const finished = this.#noise.acceptFinish(body);
        this.#stage = 'transport';
        this.emit('payload', finished);
      } else {
        // decodeBinaryNode is async; chaining keeps the nodes in the order they arrived.
        const plain = this.#noise.decrypt(body);
        this.#decoding = this.#decoding
          .then(() => decodeBinaryNode(plain))
          .then((node) => {
            if (TRACE) trace('<-', this.id, node);
            if (!this.#closed) this.emit('node', node);
          })
          .catch((error) => this.emit('failed', error));
      }
    } catch (error) {
      this.#fail(error);
    }
  }

  #fail(error) {
    this.emit('failed', error);
    this.close();
  }

  /** Encrypts and sends one binary node; silently does nothing once the socket is closed. */
  send(node) {
    if (this.#closed || this.#stage !== 'transport') return;
    if (TRACE) trace('->', this.id, node);
    this.#ws.send(frame(this.#noise.encrypt(encodeBinaryNode(node))));
  }

  /**
   * Closes after a grace period: the client must first read the node that tells it why (Baileys
   * decodes asynchronously, and a close seen first would look like a plain 428 to it).
   */
  closeSoon(ms = 3000) {
    setTimeout(() => this.close(), ms).unref();
  }

  close() {
    if (this.#closed) return;
    try { this.#ws.close(); } catch { /* already going */ }
    // A client that never answers the close handshake must not keep the socket forever.
    setTimeout(() => { try { this.#ws.terminate(); } catch { /* gone */ } }, 2000).unref();
  }

  #onClose() {
    if (this.#closed) return;
    this.#closed = true;
    this.emit('closed');
  }
}
