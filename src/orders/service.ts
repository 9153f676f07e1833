// Order use cases: a client orders a gig package, pays into escrow from their Hunar balance, the
// freelancer delivers, the client asks for revisions or accepts (or the sweep accepts for them after
// ORDER_AUTO_ACCEPT_DAYS), earnings wait FUNDS_HOLD_DAYS in pending, then become available. Both
// sides may cancel by agreement (a full refund) or open a dispute (the money stays frozen).
//
// Each use case takes the actor first, checks they are a party to the order (others get not_found,
// so ids cannot be probed), runs in one transaction that locks the order row, applies the pure
// transition (domain.ts) and moves the money in the same transaction through the ledger. Money
// moves carry the caller's idempotency key: the same request again returns the first answer.
//
// This file is the feature's entry point; each use case lives in use-cases/: placing an order
// (place-gig-order.ts), paying, also from the other currency (pay-order.ts), delivering, revising,
// accepting, cancelling and disputing (progress-order.ts), the sweep (sweep-orders.ts), reading
// (read-orders.ts), and what they share: locking, stepping and completing an order (order-row.ts).
export { idempotencyKey, newIdempotencyKey } from './use-cases/order-row.ts';
export { getOrder, listMyOrders, type OrderEvent, orderNumber, type OrderSummary, type OrderView } from './use-cases/read-orders.ts';
export { ANSWER_MAX, placeGigOrder, placeOrderInput } from './use-cases/place-gig-order.ts';
export { type PaidOrder, type PayConversion, type PaymentPlan, type PayOrderInput, payOrder, payOrderInput, paymentPlan } from './use-cases/pay-order.ts';
export { acceptOrder, cancelOrder, deliverOrder, MESSAGE_MAX, messageInput, requestRevision, requiredMessageInput } from './use-cases/progress-order.ts';
// Opening a dispute replaced the order's own step (issue 18): the same name, now with a reason and evidence.
export { openDispute as disputeOrder } from '../disputes/service.ts';
export { ORDERS_SWEEP_JOB, sweepOrders } from './use-cases/sweep-orders.ts';
