// Payouts: the methods a person is paid by, withdrawals from their available earnings (freelancers)
// or their unused Hunar balance (clients), and the admins' batches (create, export as CSV, mark each paid or failed). Every use case checks who may
// act; every movement of money is one ledger transaction written in the same database transaction
// as the withdrawal's state change (src/ledger/service.ts), so the two commit together or not at all.
//
// Money flow (docs/decisions/0024-payouts.md):
//   request: source → payout_clearing[withdrawal]  (amount − fee)
//            source → platform_revenue               (fee, when the channel has one)
//   paid:    payout_clearing[withdrawal] → payout_sent[person]
//   failed:  payout_clearing[withdrawal] → source, and the fee back from platform_revenue
//   cancelled (by the person, before it is batched): the same as failed
// where source is freelancer_available (earnings) or client_wallet (a client's unused balance),
// recorded on the withdrawal (docs/decisions/0037-client-withdrawals-and-holds.md).
//
// This file is the feature's entry point: each use case lives in src/payouts/use-cases/<verb-noun>.ts,
// the rows and views they share in records.ts, and the ledger accounts of the flow above in money-flow.ts.
export type { MethodView, WithdrawalJson, WithdrawalView } from './records.ts';
export { withdrawalJson } from './records.ts';
export { addMethod, listMethods, removeMethod, setDefaultMethod } from './use-cases/manage-payout-methods.ts';
export type { HoldView, SourceBalance } from './use-cases/check-balances.ts';
export { availableBalances, earningsOnHold } from './use-cases/check-balances.ts';
export { getWithdrawal, listWithdrawals } from './use-cases/list-withdrawals.ts';
export type { WithdrawalPreview } from './use-cases/request-withdrawal.ts';
export { previewWithdrawal, requestWithdrawal } from './use-cases/request-withdrawal.ts';
export { cancelWithdrawal } from './use-cases/cancel-withdrawal.ts';
export type { AdminWithdrawal, BatchSummary, QueueLine } from './use-cases/batch-payouts.ts';
export { createBatch, exportBatchCsv, getBatch, payoutQueue } from './use-cases/batch-payouts.ts';
export { markFailed, markPaid } from './use-cases/settle-withdrawal.ts';
