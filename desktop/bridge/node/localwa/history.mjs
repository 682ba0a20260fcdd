// The history sync the shop's phone sends a newly linked companion: a HISTORY_SYNC_NOTIFICATION whose
// HistorySync rides inline (initialHistBootstrapInlinePayload, deflated), so no media host is needed.
// Baileys waits up to 20 s for it after the first login, buffering every event until it comes.

import { deflateSync } from 'node:zlib';
import { proto } from 'baileys';
import { randomBytes } from 'node:crypto';

const DAY_S = 24 * 3600;
const SAMPLE_TEXTS = ['Hello, are you open today?', 'Thanks, see you soon', 'How much is it?', 'Can I book for Friday?', 'Great, thank you!'];

/**
 * `plan` is what `history.set` stored ({ messages, lid_share, days }) or null for an empty sync;
 * `customers` are the peer records the messages are spread over (and gain LID mappings for).
 */
export function buildHistorySync({ plan, shopJid, customers, now = Math.floor(Date.now() / 1000) }) {
  const count = plan?.messages || 0;
  const days = plan?.days || 7;
  const lidShare = plan?.lid_share ?? 0;
  const conversations = new Map();
  const mappings = [];
  customers.forEach((customer, index) => {
    const byLid = index < Math.round(customers.length * lidShare);
    const id = byLid ? `${customer.lid}@lid` : `${customer.phone}@s.whatsapp.net`;
    conversations.set(customer.phone, { id, messages: [], ...(byLid ? { pnJid: `${customer.phone}@s.whatsapp.net` } : { lidJid: `${customer.lid}@lid` }) });
    mappings.push({ lidJid: `${customer.lid}@lid`, pnJid: `${customer.phone}@s.whatsapp.net` });
  });
  for (let i = 0; i < count && customers.length > 0; i++) {
    const customer = customers[i % customers.length];
    const conversation = conversations.get(customer.phone);
    const fromMe = i % 3 === 2;
    conversation.messages.push({
      message: {
        key: { remoteJid: conversation.id, fromMe, id: `3EB0${randomBytes(8).toString('hex').toUpperCase()}` },
        message: { conversation: SAMPLE_TEXTS[i % SAMPLE_TEXTS.length] },
        messageTimestamp: now - Math.floor(((count - i) / count) * days * DAY_S),
        ...(fromMe ? { status: proto.WebMessageInfo.Status.READ } : { pushName: customer.name || undefined })
      }
    });
  }
  const history = proto.HistorySync.fromObject({
    syncType: proto.HistorySync.HistorySyncType.INITIAL_BOOTSTRAP,
    conversations: [...conversations.values()].map((c) => ({ ...c, messages: c.messages.reverse() })),
    phoneNumberToLidMappings: mappings,
    progress: 100
  });
  void shopJid;
  return proto.HistorySync.encode(history).finish();
}

/** The protocol message the phone sends its companion, carrying `historyBytes` inline. */
export function historyNotificationMessage(historyBytes) {
  return {
    protocolMessage: {
      type: proto.Message.ProtocolMessage.Type.HISTORY_SYNC_NOTIFICATION,
      historySyncNotification: {
        syncType: proto.HistorySync.HistorySyncType.INITIAL_BOOTSTRAP,
        initialHistBootstrapInlinePayload: deflateSync(historyBytes),
        chunkOrder: 0,
        progress: 100
      }
    }
  };
}
