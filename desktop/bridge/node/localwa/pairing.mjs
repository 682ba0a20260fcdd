// The shop's phone linking a new companion device: reading the QR the companion shows, building the
// signed `pair-success` it expects, and checking the device signature it sends back.

import { proto, Curve, hmacSign, getBinaryNodeChild, derivePairingCodeKey, aesEncryptCTR, aesDecryptCTR, aesDecryptGCM, hkdf } from 'baileys';
import * as signalCurve from 'libsignal/src/curve.js';
import { randomBytes, randomInt } from 'node:crypto';

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

// --- linking by pairing code (Socket/socket.js requestPairingCode, Socket/messages-recv.js) ---

const KEY_BUNDLE_INFO = 'link_code_pairing_key_bundle_encryption_key';

/** salt(32) ‖ iv(16) ‖ AES-CTR(public key) under PBKDF2(code, salt): how both sides wrap an ephemeral key. */
export async function wrapWithCode(code, publicKey) {
  const salt = randomBytes(32);
  const iv = randomBytes(16);
  const key = await derivePairingCodeKey(code, salt);
  return Buffer.concat([salt, iv, aesEncryptCTR(publicKey, key, iv)]);
}

export async function unwrapWithCode(code, wrapped) {
  const key = await derivePairingCodeKey(code, wrapped.subarray(0, 32));
  return Buffer.from(aesDecryptCTR(wrapped.subarray(48, 80), key, wrapped.subarray(32, 48)));
}

/**
 * The phone's side of `companion_finish`: opens the companion's key bundle (fails with a wrong
 * code) and derives the adv secret the companion derived. Returns { advSecret, companionIdentity }.
 */
export function finishCodePairing({ bundle, primaryEphemeral, companionEphemeralPublic, accountKey }) {
  const shared = Curve.sharedKey(primaryEphemeral.private, companionEphemeralPublic);
  const key = hkdf(shared, 32, { salt: bundle.subarray(0, 32), info: KEY_BUNDLE_INFO });
  const payload = aesDecryptGCM(bundle.subarray(44), key, bundle.subarray(32, 44), Buffer.alloc(0));
  const companionIdentity = Buffer.from(payload.subarray(0, 32));
  const random = payload.subarray(64, 96);
  const identityShared = Curve.sharedKey(accountKey.private, companionIdentity);
  const advSecret = Buffer.from(hkdf(Buffer.concat([shared, identityShared, random]), 32, { info: 'adv_secret' }));
  return { advSecret, companionIdentity };
}
