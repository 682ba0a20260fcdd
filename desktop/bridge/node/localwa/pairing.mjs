// The shop's phone linking a new companion device: reading the QR the companion shows, building the
// signed `pair-success` it expects, and checking the device signature it sends back.

import { proto, Curve, hmacSign, getBinaryNodeChild } from 'baileys';
import * as signalCurve from 'libsignal/src/curve.js';
import { randomInt } from 'node:crypto';

const ACCOUNT_SIG_PREFIX = Buffer.from([6, 0]);
const DEVICE_SIG_PREFIX = Buffer.from([6, 1]);
const QR_PREFIX = 'https://wa.me/settings/linked_devices#';

/** Splits the companion's QR string into its parts, or returns null when it is not one. */
export function parseQr(qr) {
  if (typeof qr !== 'string') return null;
  const body = qr.startsWith(QR_PREFIX) ? qr.slice(QR_PREFIX.length) : qr;
  const parts = body.split(',');
  if (parts.length < 4) return null;
  const [ref, noiseKey, identityKey, advSecret, platform] = parts;
  const decode = (b64) => Buffer.from(b64, 'base64');
  if (decode(noiseKey).length !== 32 || decode(identityKey).length !== 32 || decode(advSecret).length !== 32) return null;
  return { ref, noiseKey: decode(noiseKey), identityKey: decode(identityKey), advSecret: decode(advSecret), platform };
}

/**
 * The `<pair-success>` content for a companion with identity `identityKey`, signed by the account key
 * of the shop's phone and authenticated with the companion's adv secret.
 */
export function buildPairSuccess({ account, deviceJid, deviceLid, keyIndex, identityKey, advSecret }) {
  const details = Buffer.from(proto.ADVDeviceIdentity.encode({
    rawId: randomInt(1, 2 ** 31), timestamp: Math.floor(Date.now() / 1000), keyIndex
  }).finish());
  const accountSignature = Buffer.from(Curve.sign(account.accountKey.private,
    Buffer.concat([ACCOUNT_SIG_PREFIX, details, identityKey])));
  const signedIdentity = Buffer.from(proto.ADVSignedDeviceIdentity.encode({
    details, accountSignatureKey: account.accountKey.public, accountSignature
  }).finish());
  const hmac = hmacSign(signedIdentity, advSecret);
  const identityHmac = Buffer.from(proto.ADVSignedDeviceIdentityHMAC.encode({ details: signedIdentity, hmac }).finish());
  return {
    tag: 'pair-success',
    attrs: {},
    content: [
      { tag: 'device-identity', attrs: { 'key-index': String(keyIndex) }, content: identityHmac },
      { tag: 'platform', attrs: { name: 'smba' } },
      { tag: 'device', attrs: { jid: deviceJid, lid: deviceLid } }
    ]
  };
}

/**
 * Checks the companion's `<pair-device-sign>` reply: its device signature over the details, its
 * identity and the account key. Returns null when valid, else the reason.
 */
export function checkPairDeviceSign(reply, { account, identityKey }) {
  const sign = getBinaryNodeChild(reply, 'pair-device-sign');
  const identityNode = sign && getBinaryNodeChild(sign, 'device-identity');
  if (!identityNode?.content) return 'no pair-device-sign in the reply';
  const signed = proto.ADVSignedDeviceIdentity.decode(identityNode.content);
  if (!signed.deviceSignature?.length) return 'no device signature';
  const message = Buffer.concat([DEVICE_SIG_PREFIX, signed.details, identityKey, account.accountKey.public]);
  try {
    const ok = signalCurve.verifySignature(Buffer.concat([Buffer.from([5]), identityKey]), message, signed.deviceSignature);
    return ok ? null : 'device signature invalid';
  } catch (error) {
    return `device signature unreadable: ${error.message}`;
  }
}
