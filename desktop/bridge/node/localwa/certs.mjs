// The server's Noise certificate chain: root -> intermediate -> leaf, signed the way WhatsApp signs its
// own (intermediate.issuerSerial = 0, intermediate signed by the root, leaf by the intermediate), but
// with the server's own root key, so a strict verifier trusts it only when given that root.

import { proto, Curve } from 'baileys';
import * as signalCurve from 'libsignal/src/curve.js';

const ROOT_SERIAL = 0;
const INTERMEDIATE_SERIAL = 1;
const LEAF_SERIAL = 2;
const TEN_YEARS_S = 10 * 365 * 24 * 3600;

function signedCertificate(details, signerPrivateKey) {
  const bytes = proto.CertChain.NoiseCertificate.Details.encode(details).finish();
  return { details: bytes, signature: Buffer.from(Curve.sign(signerPrivateKey, bytes)) };
}

/** Encodes the CertChain the server hello carries, for the server's Noise static public key. */
export function makeCertChain({ rootKey, intermediateKey, serverStaticPublic, now = Date.now() }) {
  const notBefore = Math.floor(now / 1000) - 3600;
  const notAfter = notBefore + TEN_YEARS_S;
  const intermediate = signedCertificate({
    serial: INTERMEDIATE_SERIAL, issuerSerial: ROOT_SERIAL, key: intermediateKey.public, notBefore, notAfter
  }, rootKey.private);
  const leaf = signedCertificate({
    serial: LEAF_SERIAL, issuerSerial: INTERMEDIATE_SERIAL, key: serverStaticPublic, notBefore, notAfter
  }, intermediateKey.private);
  return Buffer.from(proto.CertChain.encode({ leaf, intermediate }).finish());
}

function strictVerify(publicKey, message, signature) {
  try {
    return signalCurve.verifySignature(Buffer.concat([Buffer.from([5]), publicKey]), message, signature) === true;
  } catch {
    return false;
  }
}

/**
 * Checks a chain as a strict client would (unlike rc14's Curve.verify, which ignores the result):
 * returns null when it is trusted under `rootPublic`, else the reason.
 */
export function verifyCertChain(chainBytes, rootPublic) {
  const { leaf, intermediate } = proto.CertChain.decode(chainBytes);
  if (!leaf?.details || !leaf?.signature || !intermediate?.details || !intermediate?.signature) return 'incomplete chain';
  const details = proto.CertChain.NoiseCertificate.Details.decode(intermediate.details);
  if (details.issuerSerial !== ROOT_SERIAL) return 'intermediate not issued by the root';
  if (!strictVerify(rootPublic, intermediate.details, intermediate.signature)) return 'intermediate signature invalid';
  if (!strictVerify(Buffer.from(details.key), leaf.details, leaf.signature)) return 'leaf signature invalid';
  return null;
}
