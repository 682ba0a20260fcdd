// WhatsApp addresses (JIDs): `<user>[:device]@<server>`. Customers are `@s.whatsapp.net` (the user
// part is the phone number) or `@lid` (a hidden number); groups are `@g.us`; statuses come from
// `status@broadcast`; channels are `@newsletter`.

const SERVER_CHAT_TYPES = {
  's.whatsapp.net': 'user',
  'c.us': 'user',
  lid: 'lid',
  'g.us': 'group',
  broadcast: 'broadcast',
  newsletter: 'newsletter',
};

export const STATUS_JID = 'status@broadcast';

/** E.164: a plus sign, then 7 to 15 digits, not starting with 0. */
export function isE164(text) {
  return typeof text === 'string' && /^\+[1-9][0-9]{6,14}$/.test(text);
}

export function isJid(text) {
  return typeof text === 'string' && /^[^@\s]+@[a-z.]+$/.test(text) && serverOf(text) in SERVER_CHAT_TYPES;
}

function serverOf(jid) {
  return jid.slice(jid.indexOf('@') + 1);
}

/** '+15551234567' -> '15551234567@s.whatsapp.net' */
export function phoneToJid(phone) {
  return `${phone.replace(/^\+/, '')}@s.whatsapp.net`;
}

/** '15551234567:12@s.whatsapp.net' -> '+15551234567'; null for anything that is not a phone JID. */
export function jidToPhone(jid) {
  if (typeof jid !== 'string' || chatTypeOf(jid) !== 'user') return null;
  const user = jid.slice(0, jid.indexOf('@')).split(':')[0];
  return /^[1-9][0-9]{6,14}$/.test(user) ? `+${user}` : null;
}

/** The protocol's `chat_type` of a chat JID. */
export function chatTypeOf(jid) {
  if (typeof jid !== 'string' || !jid.includes('@')) return 'unknown';
  if (jid === STATUS_JID) return 'status';
  return SERVER_CHAT_TYPES[serverOf(jid)] ?? 'unknown';
}

export function isLid(jid) {
  return chatTypeOf(jid) === 'lid';
}

/**
 * Whether the socket should drop a chat's messages before they reach us: a receptionist answers
 * customers one to one, so groups, broadcasts, statuses and channels stay out unless the company
 * opted in.
 */
export function isIgnoredChat(jid, { allowGroups }) {
  if (allowGroups) return false;
  return ['group', 'broadcast', 'status', 'newsletter'].includes(chatTypeOf(jid));
}
