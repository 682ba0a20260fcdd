// Answers to the iq queries a companion sends (login queries, prekey uploads, usync, key fetches,
// pings, privacy/abt/blocklist...). The rule of thumb of the real server: every query gets an answer,
// because an unanswered one makes Baileys wait up to a minute before `open`.

import { getBinaryNodeChild, getBinaryNodeChildren, S_WHATSAPP_NET } from 'baileys';

export function bigEndian(value, bytes) {
  const out = Buffer.alloc(bytes);
  for (let i = bytes - 1; i >= 0; i--) {
    out[i] = value & 0xff;
    value = Math.floor(value / 256);
  }
  return out;
}

const readUInt = (buffer) => [...buffer].reduce((n, byte) => n * 256 + byte, 0);
const childBuffer = (node, tag) => {
  const child = getBinaryNodeChild(node, tag);
  return child?.content instanceof Uint8Array ? Buffer.from(child.content) : null;
};

export function iqResult(query, content) {
  const node = { tag: 'iq', attrs: { id: query.attrs.id, type: 'result', from: S_WHATSAPP_NET } };
  if (content) node.content = content;
  return node;
}

function parseSignedPreKey(skey) {
  return { keyId: readUInt(childBuffer(skey, 'id')), public: childBuffer(skey, 'value'), signature: childBuffer(skey, 'signature') };
}

function keyBundleNode(jid, bundle) {
  return {
    tag: 'user', attrs: { jid },
    content: [
      { tag: 'registration', attrs: {}, content: bigEndian(bundle.registrationId, 4) },
      { tag: 'type', attrs: {}, content: Buffer.from([5]) },
      { tag: 'identity', attrs: {}, content: bundle.identity },
      { tag: 'skey', attrs: {}, content: [
        { tag: 'id', attrs: {}, content: bigEndian(bundle.signedPreKey.keyId, 3) },
        { tag: 'value', attrs: {}, content: bundle.signedPreKey.public },
        { tag: 'signature', attrs: {}, content: bundle.signedPreKey.signature }
      ] },
      { tag: 'key', attrs: {}, content: [
        { tag: 'id', attrs: {}, content: bigEndian(bundle.preKey.keyId, 3) },
        { tag: 'value', attrs: {}, content: bundle.preKey.public }
      ] }
    ]
  };
}

/** `encrypt` queries: prekey count, upload, digest, signed prekey rotation, key fetch. */
function answerEncrypt(query, { device, hub }) {
  const first = Array.isArray(query.content) ? query.content[0] : null;
  if (first?.tag === 'count') {
    return iqResult(query, [{ tag: 'count', attrs: { value: String(Object.keys(device?.preKeys || {}).length) } }]);
  }
  if (first?.tag === 'digest') {
    return iqResult(query, [{ tag: 'digest', attrs: {} }]);
  }
  if (first?.tag === 'rotate') {
    if (device) {
      device.signedPreKey = parseSignedPreKey(getBinaryNodeChild(first, 'skey'));
      hub.save();
    }
    return iqResult(query);
  }
  if (first?.tag === 'key') {
    const users = [];
    for (const user of getBinaryNodeChildren(first, 'user')) {
      const bundle = hub.bundleFor(user.attrs.jid);
      if (bundle) users.push(keyBundleNode(user.attrs.jid, bundle));
    }
    return iqResult(query, [{ tag: 'list', attrs: {}, content: users }]);
  }
  if (getBinaryNodeChild(query, 'list') && device) {
    // a prekey upload: registration, type, identity, list of keys, signed prekey
    for (const key of getBinaryNodeChildren(getBinaryNodeChild(query, 'list'), 'key')) {
      device.preKeys[readUInt(childBuffer(key, 'id'))] = childBuffer(key, 'value');
    }
    const skey = getBinaryNodeChild(query, 'skey');
    if (skey) device.signedPreKey = parseSignedPreKey(skey);
    hub.save();
    return iqResult(query);
  }
  return iqResult(query);
}

/** `usync`: device lists (the customer's phone is device 0), LIDs, "is on WhatsApp". */
function answerUsync(query, { hub }) {
  const usync = getBinaryNodeChild(query, 'usync');
  const wanted = new Set((getBinaryNodeChild(usync, 'query')?.content || []).map((node) => node.tag));
  const users = [];
  for (const user of getBinaryNodeChildren(getBinaryNodeChild(usync, 'list'), 'user')) {
    let jid = user.attrs.jid;
    const contact = getBinaryNodeChild(user, 'contact');
    if (!jid && contact?.content) {
      const digits = Buffer.from(contact.content).toString().replace(/\D/g, '');
      jid = `${digits}@s.whatsapp.net`;
    }
    if (!jid) continue;
    const known = hub.directoryEntry(jid);
    const content = [];
    if (wanted.has('contact')) content.push({ tag: 'contact', attrs: { type: known ? 'in' : 'out' } });
    if (wanted.has('devices') && known) {
      content.push({ tag: 'devices', attrs: {}, content: [
        { tag: 'device-list', attrs: {}, content: known.devices.map((id) => ({ tag: 'device', attrs: { id: String(id) } })) }
      ] });
    }
    if (wanted.has('lid') && known?.lid) content.push({ tag: 'lid', attrs: { val: known.lid } });
    users.push({ tag: 'user', attrs: { jid }, content });
  }
  return iqResult(query, [{
    tag: 'usync', attrs: { ...usync?.attrs, index: '0', last: 'true' },
    content: [{ tag: 'result', attrs: {} }, { tag: 'list', attrs: {}, content: users }]
  }]);
}

/**
 * The answer to an iq query from a logged-in (or linking) client, or null when it needs none.
 * `ctx` is `{ device, hub, connection }`.
 */
export function answerIq(query, ctx) {
  switch (query.attrs.xmlns) {
    case 'encrypt':
      return answerEncrypt(query, ctx);
    case 'usync':
      return answerUsync(query, ctx);
    case 'w:sync:app:state': {
      // app state: every collection answered as up to date, with no patches. An answer without
      // the collections would make Baileys ask again forever.
      const collections = getBinaryNodeChildren(getBinaryNodeChild(query, 'sync'), 'collection');
      return iqResult(query, [{ tag: 'sync', attrs: {}, content: collections.map((c) => ({
        tag: 'collection', attrs: { name: c.attrs.name, version: c.attrs.version || '0' }
      })) }]);
    }
    case 'md': {
      if (getBinaryNodeChild(query, 'remove-companion-device') && ctx.device) ctx.hub.forgetDevice(ctx.device.jid, 'the device logged out');
      return iqResult(query);
    }
    default:
      // w:p pings, passive, abt, blocklist, privacy, w:sync:app:state, privacy tokens...: an empty result
      return iqResult(query);
  }
}
