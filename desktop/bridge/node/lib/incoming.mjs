// Turns Baileys' message objects (proto WebMessageInfo) into the protocol's `message` and `receipt`
// events. Pure functions: the adapter feeds them whatever the socket emitted.

import { chatTypeOf, isLid, jidToPhone } from './jids.mjs';

// Wrappers that carry the real content one level down: disappearing-message chats wrap every
// message, view-once media is wrapped, and a document with a caption comes in its own envelope.
const WRAPPERS = [
  'ephemeralMessage',
  'viewOnceMessage',
  'viewOnceMessageV2',
  'viewOnceMessageV2Extension',
  'documentWithCaptionMessage',
];

// proto field -> [kind, field holding the text or caption]
const KINDS = {
  conversation: ['text', null],
  extendedTextMessage: ['text', 'text'],
  imageMessage: ['image', 'caption'],
  videoMessage: ['video', 'caption'],
  ptvMessage: ['video', 'caption'],
  audioMessage: ['audio', null],
  stickerMessage: ['sticker', null],
  documentMessage: ['document', 'caption'],
  locationMessage: ['location', null],
  liveLocationMessage: ['location', null],
  contactMessage: ['contact', null],
  contactsArrayMessage: ['contact', null],
  reactionMessage: ['reaction', null],
};

// Content that only carries signalling between devices (key shares, history-sync notices,
// deletions, disappearing-timer changes). Reporting it would look like the shop typing on the phone.
const SIGNALLING_ONLY = new Set(['protocolMessage', 'senderKeyDistributionMessage', 'messageContextInfo']);

// proto WebMessageInfo.Status
const RECEIPT_STATUSES = ['error', 'pending', 'sent', 'delivered', 'read', 'played'];
export const STATUS_ERROR = 0;
export const STATUS_PENDING = 1;

// proto WebMessageInfo.StubType.CIPHERTEXT: Baileys could not decrypt the message (no session, bad
// MAC, nothing to decrypt) and has asked the sender's phone to send it again.
export const STUB_CIPHERTEXT = 2;

export function unwrapContent(content) {
  let current = content;
  for (let depth = 0; depth < 4 && current; depth++) {
    const wrapper = WRAPPERS.find((name) => current[name]?.message);
    if (!wrapper) break;
    current = current[wrapper].message;
  }
  return current ?? null;
}

/** `{kind, text}` of a message's content; text is the body of a text or the caption of media. */
export function detectKind(content) {
  const inner = unwrapContent(content);
  if (!inner) return { kind: 'unknown', text: null };
  if (typeof inner.conversation === 'string') return { kind: 'text', text: inner.conversation };
  for (const [field, [kind, textField]] of Object.entries(KINDS)) {
    if (inner[field]) {
      const text = textField ? inner[field][textField] : null;
      return { kind, text: typeof text === 'string' && text !== '' ? text : null };
    }
  }
  return { kind: 'unknown', text: null };
}

export function isUndecryptable(waMessage) {
  return waMessage.messageStubType === STUB_CIPHERTEXT && !unwrapContent(waMessage.message);
}

/**
 * True for messages nobody typed: stubs (group events) and device signalling. A message that could
 * not be decrypted is not one of them: a customer wrote it, staff must see that it came.
 */
export function isSignalling(waMessage) {
  if (isUndecryptable(waMessage)) return false;
  const inner = unwrapContent(waMessage.message) ?? {};
  const fields = Object.keys(inner).filter((field) => inner[field] != null);
  return fields.length === 0 || fields.every((field) => SIGNALLING_ONLY.has(field));
}

/** Baileys gives timestamps as numbers or protobuf Longs. */
export function toSeconds(value) {
  if (value === null || value === undefined) return null;
  const seconds = typeof value === 'object' && typeof value.toNumber === 'function' ? value.toNumber() : Number(value);
  return Number.isFinite(seconds) ? seconds : null;
}

/**
 * The address fields of a message: who the customer is. In one-to-one chats that is the chat itself
 * (also for the shop's own messages); in groups and statuses it is the participant. v7 keys carry the
 * other form of the same address in `remoteJidAlt` / `participantAlt`, so a hidden-number (@lid) chat
 * still yields the phone when WhatsApp shares it.
 */
export function describeSender(key) {
  const chatType = chatTypeOf(key.remoteJid);
  const viaParticipant = ['group', 'broadcast', 'status'].includes(chatType);
  const addresses = viaParticipant ? [key.participant, key.participantAlt] : [key.remoteJid, key.remoteJidAlt];
  const phoneJid = addresses.find((jid) => jidToPhone(jid) !== null);
  return {
    chat_type: chatType,
    phone: phoneJid ? jidToPhone(phoneJid) : null,
    lid: addresses.find((jid) => isLid(jid)) ?? null,
    participant: viaParticipant ? key.participant ?? null : null,
  };
}

/** The `message` event fields for one message of a `messages.upsert`. */
export function describeMessage(waMessage, { type, ownSend }) {
  const key = waMessage.key;
  const { kind, text } = isUndecryptable(waMessage)
    ? { kind: 'undecryptable', text: null }
    : detectKind(waMessage.message);
  return {
    id: key.id,
    chat: key.remoteJid,
    ...describeSender(key),
    push_name: waMessage.pushName ?? null,
    from_me: Boolean(key.fromMe),
    own_send: ownSend,
    kind,
    text,
    timestamp: toSeconds(waMessage.messageTimestamp) ?? Math.floor(Date.now() / 1000),
    type,
  };
}

/**
 * The `receipt` event for one entry of `messages.update`, or null when it is not a status change. An
 * error carries WhatsApp's number (Baileys keeps it in messageStubParameters[0]).
 */
export function describeReceipt({ key, update }) {
  const status = RECEIPT_STATUSES[update?.status];
  if (!status || !key?.fromMe) return null;
  if (status !== 'error') return { id: key.id, chat: key.remoteJid, status };
  const [reason] = update.messageStubParameters ?? [];
  return errorReceipt(key.id, key.remoteJid, reason);
}

/** WhatsApp's error number in an ack or a status update (a string or number), or null. */
export function errorCodeOf(reason) {
  return /^\d+$/.test(String(reason ?? '')) ? Number(reason) : null;
}

/**
 * Whether an error ack refuses the message for good (docs/bridge-protocol.md, "Error acks"). Baileys
 * itself never sends a message again after an error ack, whatever the code; 463 (no privacy token:
 * the account is restricted, or the contact must be answered in their own chat) must not be
 * retried, as another try counts as one more reach-out, and 479 (the stanza failed validation)
 * comes back for the same stanza every time. Only WhatsApp's "not now" answers are worth another
 * try: 429 (rate-overlimit) and the 5xx server errors. Anything else, or no number, is final.
 */
export function refusedForGood(code) {
  return !(code === 429 || (Number.isSafeInteger(code) && code >= 500 && code <= 599));
}

/** A `receipt` with status `error` for WhatsApp's error number (a string or number, or absent). */
export function errorReceipt(id, chat, reason) {
  const code = errorCodeOf(reason);
  return {
    id,
    chat,
    status: 'error',
    error_code: code,
    message: code === 463
      ? 'WhatsApp refused the message (463): the contact is now addressed by LID; reply to the chat itself'
      : `WhatsApp refused the message${reason ? ` (${reason})` : ''}`,
  };
}

/** `{lid, phone}` of a LID <-> phone pair as Baileys gives it (JIDs, maybe with a device), or null. */
export function describeLidMapping({ lid, pn } = {}) {
  const lidUser = typeof lid === 'string' && isLid(lid) ? lid.slice(0, lid.indexOf('@')).split(':')[0] : null;
  const phone = jidToPhone(pn);
  if (!lidUser || !/^\d+$/.test(lidUser) || !phone) return null;
  return { lid: `${lidUser}@lid`, phone };
}

/** Every LID <-> phone pair a history sync carries: its own list and the chats' alternate JIDs. */
export function historyLidMappings({ chats = [], lidPnMappings = [] }) {
  const pairs = [...lidPnMappings];
  for (const chat of chats) {
    if (isLid(chat.id) && chat.pnJid) pairs.push({ lid: chat.id, pn: chat.pnJid });
    else if (chat.lidJid && jidToPhone(chat.id)) pairs.push({ lid: chat.lidJid, pn: chat.id });
  }
  const unique = new Map();
  for (const pair of pairs) {
    const mapping = describeLidMapping(pair);
    if (mapping) unique.set(mapping.lid, mapping);
  }
  return [...unique.values()];
}
