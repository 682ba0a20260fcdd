// What the bridge process sets up in Baileys before any socket exists: a certificate check that
// really checks, the server it talks to (WhatsApp, or a local WhatsApp server on this PC for tests
// and practice), and the WhatsApp Web version it announces.

import { isIP } from 'node:net';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const VERSION_FETCH_MS = 5000;

/** Whether `text` is a ws:// or wss:// URL whose host is this PC (127.0.0.0/8, ::1, localhost). */
export function isLoopbackUrl(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') return false;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.split('.')[0] === '127';
  return host === '::1';
}

/** The 32-byte Curve25519 public key in base64 (a 33-byte one with the 0x05 type prefix too), or null. */
export function parseRootKey(text) {
  if (typeof text !== 'string' || !/^[A-Za-z0-9+/=_-]+$/.test(text)) return null;
  const key = Buffer.from(text, 'base64');
  if (key.length === 33 && key[0] === 5) return key.subarray(1);
  return key.length === 32 ? key : null;
}

/**
 * rc14's Curve.verify ignores the boolean libsignal's verifySignature returns (it only throws on
 * malformed input), so the Noise certificate chain and the phone's account signature pass whatever
 * they are signed with. This replaces it, in this process, with a check whose false means false:
 * Baileys then refuses the server ("noise intermediate certificate signature invalid", 400).
 * `rootKey` (only ever given with a loopback --wa-url) replaces WhatsApp's root as the trusted one.
 */
export function installStrictCertificateCheck(baileys, { rootKey = null, log } = {}) {
  const curve = require('libsignal/src/curve.js');
  const withType = (key) => (key.length === 33 ? key : Buffer.concat([Buffer.from([5]), key]));
  baileys.Curve.verify = (publicKey, message, signature) => {
    try {
      return curve.verifySignature(withType(Buffer.from(publicKey)), message, signature) === true;
    } catch {
      return false;
    }
  };
  if (rootKey) {
    baileys.WA_CERT_DETAILS.PUBLIC_KEY = Buffer.from(rootKey);
    log?.info('trusting the local WhatsApp server\'s certificate root given with --wa-root-key');
  }
}

/**
 * The WhatsApp Web version to announce: the current one from web.whatsapp.com (an outdated one is
 * refused with 405), bounded in time, else Baileys' built-in one. Not fetched for a local server.
 */
export async function resolveWebVersion(baileys, { fetchLatest, log, timeoutMs = VERSION_FETCH_MS }) {
  const builtIn = baileys.DEFAULT_CONNECTION_CONFIG.version;
  if (!fetchLatest) {
    log?.info(`WhatsApp Web version ${builtIn.join('.')} (built in; local server)`);
    return builtIn;
  }
  let timer;
  try {
    const result = await Promise.race([
      baileys.fetchLatestWaWebVersion({ signal: AbortSignal.timeout(timeoutMs) }),
      new Promise((resolve) => { timer = setTimeout(() => resolve({ isLatest: false, error: new Error('timed out') }), timeoutMs + 500); }),
    ]);
    if (result.isLatest && Array.isArray(result.version)) {
      log?.info(`WhatsApp Web version ${result.version.join('.')} (current, from web.whatsapp.com)`);
      return result.version;
    }
    log?.info(`WhatsApp Web version ${builtIn.join('.')} (built in; the current one could not be fetched: ` +
      `${result.error?.message ?? 'unknown reason'})`);
  } catch (err) {
    log?.info(`WhatsApp Web version ${builtIn.join('.')} (built in; the current one could not be fetched: ${err.message})`);
  } finally {
    clearTimeout(timer);
  }
  return builtIn;
}
