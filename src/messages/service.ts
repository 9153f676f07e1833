// Messages (issue 18): conversations between two people, before any order (an enquiry from a gig,
// a job or a profile) and one for every order and contract, where the order's timeline events land
// too. Text in either script, attachments through the media module, read pointers and unread
// counts, the off-platform warning, blocks and reports.
//
// Every use case takes the actor first and checks they are one of the conversation's two people
// (anyone else gets not_found, so conversation ids cannot be probed); admins read a conversation
// only when it was reported or is about a disputed order or contract. Each use case lives in
// use-cases/: starting one and the order's and contract's own (start-conversation.ts), sending
// (send-message.ts), reading, paging and read pointers (read-conversations.ts), blocks, reports and
// the admins' queue (safety.ts), response rates for seller levels (response-rates.ts), and what they
// share (access.ts).
export { blocksBetween, workedTogether } from './use-cases/access.ts';
export {
  type About,
  type EventView,
  getConversation,
  getMessage,
  getThread,
  type InboxItem,
  listConversations,
  listMessages,
  markRead,
  type MessageView,
  messagesAfter,
  type Person,
  type ThreadView,
  unreadConversations,
} from './use-cases/read-conversations.ts';
export { responseRates } from './use-cases/response-rates.ts';
export {
  type AdminConversation,
  adminConversation,
  adminConversationOfOrder,
  blockInConversation,
  getReport,
  listReports,
  type ReportSummary,
  reportConversation,
  resolveReport,
  unblockInConversation,
} from './use-cases/safety.ts';
export { addMessage, type SentMessage, sendMessage } from './use-cases/send-message.ts';
export { contractConversation, orderConversation, personByHandle, startConversation } from './use-cases/start-conversation.ts';
