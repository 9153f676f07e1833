// One error type for everything a user or caller should be told. The code is a stable string and
// also the i18n key of the translated message (errors.<code>); the HTTP status comes from the
// table below, in one place. Anything that is not an AppError is a bug: logged, shown as a 500 page
// with the request id and no details.

export const errorStatus = {
  'validation.failed': 400,
  'request.too_large': 413,
  'request.bad_json': 400,
  'request.bad_text': 400,
  'csrf.invalid': 403,
  'auth.required': 401,
  'auth.invalid_credentials': 401,
  'auth.forbidden': 403,
  'auth.email_unverified': 403,
  'auth.token_invalid': 400,
  'auth.wrong_password': 400,
  'auth.email_taken': 409,
  'auth.session_not_found': 404,
  'auth.access_token_not_found': 404,
  'rate.limited': 429,
  'search.bad_cursor': 400,
  'gig.freelancers_only': 403,
  'gig.incomplete': 422,
  'gig.status_conflict': 409,
  'gig.daily_limit': 429,
  'job.clients_only': 403,
  'job.status_conflict': 409,
  'job.closed': 409,
  'job.daily_limit': 429,
  'job.invite_has_proposal': 409,
  'proposal.freelancers_only': 403,
  'proposal.own_job': 403,
  'proposal.duplicate': 409,
  'proposal.status_conflict': 409,
  'proposal.daily_limit': 429,
  'idempotency.conflict': 409,
  'order.invalid_transition': 409,
  'order.not_your_turn': 403,
  'order.no_revisions_left': 409,
  'order.gig_unavailable': 409,
  'order.own_gig': 403,
  'order.cancel_already_asked': 409,
  'order.convert_changed': 409,
  'contract.week_open': 409,
  'contract.week_not_running': 409,
  'ledger.insufficient_funds': 409,
  'payment.method_unavailable': 409,
  'payment.simulator_disabled': 404,
  'payment.webhook_signature': 401,
  'payment.webhook_stale': 400,
  'payment.webhook_invalid': 400,
  'payment.not_pending': 409,
  'payment.already_settled': 409,
  'payment.not_bank_transfer': 409,
  'payment.reference_unknown': 422,
  'payment.confirm_large': 409,
  'fx.no_rate': 409,
  'fx.rate_changed': 409,
  'fx.too_small': 422,
  'payout.members_only': 403,
  'payout.methods_full': 409,
  'payout.method_duplicate': 409,
  'payout.currency_not_supported': 422,
  'payout.below_minimum': 422,
  'payout.fee_exceeds_amount': 422,
  'payout.status_conflict': 409,
  'payout.cannot_cancel': 409,
  'payout.nothing_to_batch': 409,
  'payout.nothing_available': 409,
  'payout.insufficient': 409,
  'payout.insufficient_on_hold': 409,
  'payout.insufficient_beyond_hold': 409,
  'payout.wallet_nothing_available': 409,
  'payout.wallet_insufficient': 409,
  'receipts.pdf_preparing': 503,
  'receipts.pdf_unavailable': 503,
  'not_found': 404,
  'media.missing': 400,
  'media.too_large': 413,
  'media.not_an_image': 415,
  'media.unsupported_file': 415,
  'media.not_pdf_or_image': 415,
  'media.unreadable': 422,
  'media.too_many_pixels': 422,
  'media.images_full': 409,
  'media.attachments_full': 409,
  'portfolio.full': 409,
  'favourites.full': 409,
  'dev.disabled': 404,
  'internal': 500,
  // messages (issue 18, src/messages)
  'message.to_yourself': 400,
  'message.too_many_files': 400,
  'message.blocked': 403,
  'message.you_blocked': 409,
  'message.already_reported': 409,
  'message.daily_limit': 429,
  // disputes and deliveries (issue 18, src/disputes, src/orders)
  'order.too_many_files': 422,
  'dispute.closed': 409,
  'dispute.already_decided': 409,
  'dispute.own_order': 403,
  // notifications (issue 18)
  'notifications.bad_link': 404,
  // reviews (src/reviews, issue 18)
  'review.not_completed': 409,
  'review.window_closed': 409,
  'review.already_written': 409,
  'review.reply_not_yours': 403,
  'review.already_replied': 409,
  'review.bad_cursor': 400,
  // year statements and verification (issue 19, src/statements, src/verify)
  'statements.freelancers_only': 403,
  'statements.too_many': 409,
  'verify.bad_code': 400,
  'verify.unknown': 404,
  // mentorship (issue 20, src/mentorship)
  'mentorship.freelancers_only': 403,
  'mentorship.not_a_mentor': 409,
  'mentorship.already_decided': 409,
  'mentorship.own_application': 403,
  'mentorship.own_session': 409,
  'mentorship.slot_taken': 409,
  'mentorship.slot_unavailable': 409,
  'mentorship.not_booked': 409,
  'mentorship.already_started': 409,
  'mentorship.not_started': 409,
  'mentorship.report_closed': 409,
  'mentorship.not_ended': 409,
  'mentorship.feedback_not_open': 409,
  'mentorship.feedback_given': 409,
} as const;

export type ErrorCode = keyof typeof errorStatus;

/** Field messages for form re-rendering: field name -> i18n key (with params). */
export type FieldErrors = Record<string, { key: string; params?: Record<string, string | number> }>;

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly fields: FieldErrors = {},
  ) {
    super(code);
    this.name = 'AppError';
    this.status = errorStatus[code];
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
