// A Signal party the server plays: a customer's phone, or the shop's own phone. It keeps its identity,
// its signed prekey and one-time prekeys (handed out in key fetches) and its sessions with the shop's
// devices in the durable state record given to it, and saves after every change.

import * as libsignal from 'libsignal';
import { Curve, encodeWAMessage, proto, unpadRandomMax16 } from 'baileys';
import { randomInt } from 'node:crypto';

const signalKey = (publicKey) => Buffer.concat([Buffer.from([5]), publicKey]);

/** A fresh identity record for state.peers (jid user -> record). */
export function newPeerRecord({ phone, lid, name }) {
  const identityKey = Curve.generateKeyPair();
  const signedKeyPair = Curve.generateKeyPair();
  return {
    phone, lid, name,
    registrationId: randomInt(1, 16380),
    identityKey,
    signedPreKey: { keyId: 1, keyPair: signedKeyPair, signature: Buffer.from(Curve.sign(identityKey.private, signalKey(signedKeyPair.public))) },
    preKeys: {},
    nextPreKeyId: 1,
    sessions: {}
  };
}

/** The Signal address the server uses for a device jid like `15550100200:3@s.whatsapp.net`. */
export function deviceAddress(deviceJid) {
  const [userPart] = deviceJid.split('@');
  const [user, device = '0'] = userPart.split(':');
  return new libsignal.ProtocolAddress(user, Number(device));
}

export class SignalPeer {
  constructor(record, save) {
    this.record = record;
    this.save = save;
    const peer = this;
    this.storage = {
      loadSession: async (id) => (record.sessions[id] ? libsignal.SessionRecord.deserialize(record.sessions[id]) : undefined),
      storeSession: async (id, session) => { record.sessions[id] = session.serialize(); peer.save(); },
      isTrustedIdentity: async () => true,
      saveIdentity: async () => false,
      loadIdentityKey: async () => undefined,
      getOurIdentity: async () => ({ pubKey: signalKey(record.identityKey.public), privKey: Buffer.from(record.identityKey.private) }),
      getOurRegistrationId: async () => record.registrationId,
      loadPreKey: async (id) => {
        const pair = record.preKeys[id];
        return pair ? { pubKey: signalKey(pair.public), privKey: Buffer.from(pair.private) } : undefined;
      },
      removePreKey: async (id) => { delete record.preKeys[id]; peer.save(); },
      loadSignedPreKey: async () => ({ pubKey: signalKey(record.signedPreKey.keyPair.public), privKey: Buffer.from(record.signedPreKey.keyPair.private) })
    };
  }

  /** The key bundle a key fetch returns for this peer; hands out (and remembers) a new one-time prekey. */
  takeBundle() {
    const keyId = this.record.nextPreKeyId++;
    const pair = Curve.generateKeyPair();
    this.record.preKeys[keyId] = pair;
    this.save();
    return {
      registrationId: this.record.registrationId,
      identity: this.record.identityKey.public,
      signedPreKey: { keyId: this.record.signedPreKey.keyId, public: this.record.signedPreKey.keyPair.public, signature: this.record.signedPreKey.signature },
      preKey: { keyId, public: pair.public }
    };
  }

  hasSession(deviceJid) {
    return Boolean(this.record.sessions[deviceAddress(deviceJid).toString()]);
  }

  /**
   * Encrypts a proto.Message for a shop device. The first message builds the session from the
   * device's uploaded bundle (a `pkmsg`); later ones are `msg` until the device answers.
   */
  async encryptMessage(deviceJid, device, message) {
    const address = deviceAddress(deviceJid);
    if (!this.hasSession(deviceJid)) {
      const preKeyId = Object.keys(device.preKeys || {})[0];
      const bundle = {
        registrationId: device.registrationId,
        identityKey: signalKey(device.identityKey),
        signedPreKey: { keyId: device.signedPreKey.keyId, publicKey: signalKey(device.signedPreKey.public), signature: device.signedPreKey.signature }
      };
      if (preKeyId !== undefined) {
        bundle.preKey = { keyId: Number(preKeyId), publicKey: signalKey(device.preKeys[preKeyId]) };
        delete device.preKeys[preKeyId]; // a one-time prekey is handed out once
      }
      await new libsignal.SessionBuilder(this.storage, address).initOutgoing(bundle);
    }
    const cipher = new libsignal.SessionCipher(this.storage, address);
    const { type, body } = await cipher.encrypt(encodeWAMessage(proto.Message.fromObject(message)));
    return { type: type === 3 ? 'pkmsg' : 'msg', ciphertext: Buffer.from(body, 'binary') };
  }

  /** Decrypts what a shop device sent this peer; returns the proto.Message. */
  async decryptMessage(deviceJid, type, ciphertext) {
    const cipher = new libsignal.SessionCipher(this.storage, deviceAddress(deviceJid));
    const padded = type === 'pkmsg'
      ? await cipher.decryptPreKeyWhisperMessage(ciphertext)
      : await cipher.decryptWhisperMessage(ciphertext);
    return proto.Message.decode(unpadRandomMax16(padded));
  }
}

