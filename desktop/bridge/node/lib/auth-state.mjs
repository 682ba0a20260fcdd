// The company's WhatsApp credentials on disk: one JSON file per key in the auth folder, the same
// layout as Baileys' useMultiFileAuthState, with two differences that matter for a shop that must
// not be asked to scan a QR again after a power cut:
//   - every file is written atomically (temp file in the same folder, fsync, rename), so a crash
//     leaves the old or the new content, never half a file;
//   - creds.json has a last-good copy, loaded (and logged) when creds.json is missing or damaged,
//     instead of silently starting fresh credentials, which would unlink the device.

import { randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readFile, readdir, rename, rm, unlink } from 'node:fs/promises';
import { join } from 'node:path';

const CREDS_FILE = 'creds.json';
const LAST_GOOD_FILE = 'creds.last-good.json';

/** Same escaping as Baileys, so a folder written by either can be read by the other. */
function fileNameFor(name) {
  return name.replace(/\//g, '__').replace(/:/g, '-');
}

/**
 * Whether the credentials belong to a linked device. Baileys sets `me` as soon as a pairing code is
 * requested and `registered` only in the pairing-code flow; `account` (the device identity signed by
 * the phone) exists only once the phone accepted the link, whichever way it was linked.
 */
export function isLinked(creds) {
  return Boolean(creds?.account && creds?.me?.id);
}

/**
 * Why credentials that parse are still unusable, or null when they look like Baileys' own: an empty
 * object or one with the wrong types would make Baileys start a fresh registration, which unlinks
 * the shop's device just as surely as a lost file.
 */
export function credsProblem(creds) {
  if (creds === null || typeof creds !== 'object' || Array.isArray(creds)) return 'not a JSON object';
  const isKeyPair = (pair) => Buffer.isBuffer(pair?.private) && Buffer.isBuffer(pair?.public);
  if (!isKeyPair(creds.noiseKey)) return 'noiseKey is missing or not a key pair';
  if (!isKeyPair(creds.signedIdentityKey)) return 'signedIdentityKey is missing or not a key pair';
  if (!isKeyPair(creds.signedPreKey?.keyPair)) return 'signedPreKey is missing or not a key pair';
  if (!Number.isSafeInteger(creds.registrationId)) return 'registrationId is missing or not a number';
  if (typeof creds.advSecretKey !== 'string') return 'advSecretKey is missing or not a string';
  if (creds.me != null && typeof creds.me?.id !== 'string') return 'me.id is not a string';
  return null;
}

/** Writes `text` to `path` so that readers see either the old file or the complete new one. */
export async function writeFileAtomic(path, text) {
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const handle = await open(temp, 'w', 0o600);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, path);
  } catch (err) {
    await unlink(temp).catch(() => {});
    throw err;
  }
}

/**
 * One company's auth folder. `load()` gives Baileys' `{state: {creds, keys}, saveCreds}`;
 * `wipe()` deletes the folder's contents after a logout.
 * `baileys` supplies `initAuthCreds`, `BufferJSON` and `proto` (passed in so that a missing
 * dependency is reported by the bridge rather than failing this module's import).
 */
export class AuthStore {
  #writes = new Map(); // path -> promise of the last write, so writes to one file stay in order

  constructor(folder, { initAuthCreds, BufferJSON, proto }, log) {
    this.folder = folder;
    this.baileys = { initAuthCreds, BufferJSON, proto };
    this.log = log;
  }

  async load() {
    await mkdir(this.folder, { recursive: true, mode: 0o700 });
    // The folder may predate us with looser permissions; these files are the keys to the account.
    await chmod(this.folder, 0o700);
    const creds = await this.#loadCreds();
    return {
      state: {
        creds,
        keys: {
          get: (type, ids) => this.#getKeys(type, ids),
          set: (data) => this.#setKeys(data),
        },
      },
      saveCreds: () => this.#saveCreds(creds),
    };
  }

  /** Deletes everything in the folder (the folder itself stays, with its permissions). */
  async wipe() {
    await Promise.allSettled(this.#writes.values());
    const names = await readdir(this.folder).catch(() => []);
    await Promise.all(names.map((name) => rm(join(this.folder, name), { recursive: true, force: true })));
  }

  async #loadCreds() {
    const current = await this.#readCreds(CREDS_FILE);
    if (current.value) return current.value;
    if (current.error === 'missing') {
      // A fresh folder has neither file. creds.json alone gone while the copy exists means it was lost.
      const copy = await this.#readCreds(LAST_GOOD_FILE);
      if (copy.value) {
        this.log.report('warn', 'creds.json is missing; using the last good copy of the credentials');
        return copy.value;
      }
      return this.baileys.initAuthCreds();
    }
    const damaged = join(this.folder, `creds.damaged-${Date.now()}.json`);
    await rename(join(this.folder, CREDS_FILE), damaged).catch(() => {});
    const copy = await this.#readCreds(LAST_GOOD_FILE);
    if (copy.value) {
      this.log.report('warn', `creds.json could not be read (${current.error}); kept it as ${damaged} and ` +
        'loaded the last good copy of the credentials');
      return copy.value;
    }
    this.log.report('error', `creds.json could not be read (${current.error}) and there is no last good copy; ` +
      `kept it as ${damaged} and started fresh credentials: the device must be linked again`);
    return this.baileys.initAuthCreds();
  }

  /** Both files are written in turn, so at any moment at least one holds complete credentials. */
  async #saveCreds(creds) {
    const text = JSON.stringify(creds, this.baileys.BufferJSON.replacer);
    await this.#write(CREDS_FILE, text);
    await this.#write(LAST_GOOD_FILE, text);
  }

  async #getKeys(type, ids) {
    const data = {};
    await Promise.all(ids.map(async (id) => {
      const file = `${type}-${id}.json`;
      await this.#writes.get(this.#path(file))?.catch(() => {});
      const { value = null, error } = await this.#readJson(file);
      if (error && error !== 'missing') this.log.warn(`auth key ${file} could not be read (${error}); ignoring it`);
      data[id] = type === 'app-state-sync-key' && value
        ? this.baileys.proto.Message.AppStateSyncKeyData.fromObject(value)
        : value;
    }));
    return data;
  }

  async #setKeys(data) {
    const writes = [];
    for (const [category, entries] of Object.entries(data)) {
      for (const [id, value] of Object.entries(entries)) {
        const file = `${category}-${id}.json`;
        // Empty strings and zeros are values too; only null/undefined delete the key.
        writes.push(value !== null && value !== undefined
          ? this.#write(file, JSON.stringify(value, this.baileys.BufferJSON.replacer))
          : this.#remove(file));
      }
    }
    await Promise.all(writes);
  }

  #path(name) {
    return join(this.folder, fileNameFor(name));
  }

  /** Like #readJson, but only credentials Baileys can use count as a value. */
  async #readCreds(name) {
    const result = await this.#readJson(name);
    if (result.error) return result;
    const problem = credsProblem(result.value);
    return problem ? { error: problem } : result;
  }

  /**
   * `{value}` or `{error: 'missing' | reason}`. Any JSON value counts: Baileys stores some keys as
   * plain strings (`lid-mapping-*`: the phone <-> LID table), others as objects or buffers.
   */
  async #readJson(name) {
    let text;
    try {
      text = await readFile(this.#path(name), 'utf8');
    } catch (err) {
      return { error: err.code === 'ENOENT' ? 'missing' : err.message };
    }
    try {
      const value = JSON.parse(text, this.baileys.BufferJSON.reviver);
      // A stored null is what a key deleted by an older writer looks like: no value.
      return value === null ? { error: 'missing' } : { value };
    } catch (err) {
      return { error: err.message };
    }
  }

  #write(name, text) {
    return this.#queue(name, () => writeFileAtomic(this.#path(name), text));
  }

  #remove(name) {
    return this.#queue(name, () => unlink(this.#path(name)).catch((err) => {
      if (err.code !== 'ENOENT') throw err;
    }));
  }

  #queue(name, operation) {
    const path = this.#path(name);
    const previous = this.#writes.get(path) ?? Promise.resolve();
    const next = previous.catch(() => {}).then(operation);
    this.#writes.set(path, next);
    const forget = () => {
      if (this.#writes.get(path) === next) this.#writes.delete(path);
    };
    next.then(forget, forget);
    return next;
  }
}
