// The responder side of WhatsApp's Noise_XX_25519_AESGCM_SHA256 handshake and the transport that
// follows it. Baileys ships only the initiator (makeNoiseHandler); this mirrors it step by step.

import { proto, Curve, hkdf, sha256, aesEncryptGCM, aesDecryptGCM, NOISE_MODE, NOISE_WA_HEADER } from 'baileys';

const EMPTY = Buffer.alloc(0);

function nonce(counter) {
  const iv = Buffer.alloc(12);
  iv.writeUInt32BE(counter, 8);
  return iv;
}

/**
 * Splits the client's byte stream into frames (3-byte big-endian length + body). The very first
 * bytes are the `WA 06 03` intro header, which is checked and dropped.
 */
export class FrameReader {
  #pending = Buffer.alloc(0);
  #sawHeader = false;

  /** Returns the complete frames in `chunk` (and earlier leftovers); throws on a wrong header. */
  push(chunk) {
    this.#pending = this.#pending.length ? Buffer.concat([this.#pending, chunk]) : Buffer.from(chunk);
    if (!this.#sawHeader) {
      if (this.#pending.length < NOISE_WA_HEADER.length) return [];
      if (!this.#pending.subarray(0, NOISE_WA_HEADER.length).equals(NOISE_WA_HEADER)) {
        throw new Error('the client did not start with the WA noise header');
      }
      this.#pending = this.#pending.subarray(NOISE_WA_HEADER.length);
      this.#sawHeader = true;
    }
    const frames = [];
    while (this.#pending.length >= 3) {
      const size = (this.#pending[0] << 16) | (this.#pending[1] << 8) | this.#pending[2];
      if (this.#pending.length < size + 3) break;
      frames.push(this.#pending.subarray(3, size + 3));
      this.#pending = this.#pending.subarray(size + 3);
    }
    return frames;
  }
}

/** Prefixes a frame body with its 3-byte length. */
export function frame(body) {
  const out = Buffer.alloc(3 + body.length);
  out[0] = (body.length >>> 16) & 0xff;
  out[1] = (body.length >>> 8) & 0xff;
  out[2] = body.length & 0xff;
  body.copy ? body.copy(out, 3) : out.set(body, 3);
  return out;
}

/**
 * One handshake, then one transport. `staticKey` is the server's long-term Noise key pair and
 * `certChain` the encoded CertChain for it (certs.mjs).
 */
export class NoiseResponder {
  #hash;
  #salt;
  #key;
  #counter = 0;
  #ephemeral = Curve.generateKeyPair();
  #clientEphemeral = null;
  #sendKey = null;
  #recvKey = null;
  #sendCounter = 0;
  #recvCounter = 0;

  constructor({ staticKey, certChain }) {
    this.staticKey = staticKey;
    this.certChain = certChain;
    const mode = Buffer.from(NOISE_MODE);
    this.#hash = mode.length === 32 ? mode : sha256(mode);
    this.#salt = this.#hash;
    this.#key = this.#hash;
    this.#mixHash(NOISE_WA_HEADER);
  }

  get established() {
    return this.#sendKey !== null;
  }

  #mixHash(data) {
    this.#hash = sha256(Buffer.concat([this.#hash, data]));
  }

  #mixKey(ikm) {
    const out = hkdf(Buffer.from(ikm), 64, { salt: this.#salt, info: '' });
    this.#salt = out.subarray(0, 32);
    this.#key = out.subarray(32);
    this.#counter = 0;
  }

  #encryptAndHash(plain) {
    const sealed = aesEncryptGCM(plain, this.#key, nonce(this.#counter++), this.#hash);
    this.#mixHash(sealed);
    return sealed;
  }

  #decryptAndHash(sealed) {
    const plain = aesDecryptGCM(sealed, this.#key, nonce(this.#counter++), this.#hash);
    this.#mixHash(sealed);
    return plain;
  }

  /** Takes the client hello frame; returns the server hello frame body to send. */
  respondToHello(helloFrame) {
    const { clientHello } = proto.HandshakeMessage.decode(helloFrame);
    if (!clientHello?.ephemeral || clientHello.ephemeral.length !== 32) throw new Error('client hello without ephemeral key');
    this.#clientEphemeral = Buffer.from(clientHello.ephemeral);
    this.#mixHash(this.#clientEphemeral);
    this.#mixHash(this.#ephemeral.public);
    this.#mixKey(Curve.sharedKey(this.#ephemeral.private, this.#clientEphemeral));
    const staticSealed = this.#encryptAndHash(this.staticKey.public);
    this.#mixKey(Curve.sharedKey(this.staticKey.private, this.#clientEphemeral));
    const payload = this.#encryptAndHash(this.certChain);
    return Buffer.from(proto.HandshakeMessage.encode({
      serverHello: { ephemeral: this.#ephemeral.public, static: staticSealed, payload }
    }).finish());
  }

  /**
   * Takes the client finish frame; returns `{ clientStatic, payload }` (the client's Noise public key
   * and its decoded ClientPayload) and switches to transport keys.
   */
  acceptFinish(finishFrame) {
    const { clientFinish } = proto.HandshakeMessage.decode(finishFrame);
    if (!clientFinish?.static || !clientFinish?.payload) throw new Error('client finish incomplete');
    const clientStatic = this.#decryptAndHash(clientFinish.static);
    this.#mixKey(Curve.sharedKey(this.#ephemeral.private, clientStatic));
    const payloadBytes = this.#decryptAndHash(clientFinish.payload);
    const keys = hkdf(EMPTY, 64, { salt: this.#salt, info: '' });
    // The client sends with the first half and receives with the second.
    this.#recvKey = Buffer.from(keys.subarray(0, 32));
    this.#sendKey = Buffer.from(keys.subarray(32));
    return { clientStatic: Buffer.from(clientStatic), payload: proto.ClientPayload.decode(payloadBytes) };
  }

  encrypt(plain) {
    return aesEncryptGCM(plain, this.#sendKey, nonce(this.#sendCounter++), EMPTY);
  }

  decrypt(sealed) {
    return aesDecryptGCM(sealed, this.#recvKey, nonce(this.#recvCounter++), EMPTY);
  }
}
