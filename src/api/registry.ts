// Every endpoint of the JSON API, feature by feature. The routes, the OpenAPI document and the
// /api page are all made from this one list.
import { favouriteEndpoints } from '../favourites/api.ts';
import { feeEndpoints } from '../fees/api.ts';
import { gigEndpoints } from '../gigs/api.ts';
import { jobEndpoints } from '../jobs/api.ts';
import { orderEndpoints } from '../orders/api.ts';
import { contractEndpoints } from '../orders/contract-api.ts';
import { walletEndpoints } from '../wallet/api.ts';
import { payoutEndpoints } from '../payouts/api.ts';
import { receiptEndpoints } from '../receipts/api.ts';
import { profileEndpoints } from '../profiles/api.ts';
import { searchEndpoints } from '../search/api.ts';
import { fxEndpoints } from '../fx/api.ts';
import { paymentEndpoints } from '../payments/api.ts';
import { messageEndpoints } from '../messages/api.ts';
import { liveEndpoints } from '../live/api.ts';
import { notificationEndpoints } from '../notifications/api.ts';
import { disputeEndpoints } from '../disputes/api.ts';
import { accountEndpoints } from './endpoints.ts';
import { reviewEndpoints } from '../reviews/api.ts';
import { academyEndpoints } from '../academy/api.ts';
import { assessmentsEndpoints } from '../assessments/api.ts';
import { credentialsEndpoints } from '../credentials/api.ts';
import { mentorshipEndpoints } from '../mentorship/api.ts';
import { taxEndpoints } from '../tax/api.ts';
import { taxProfileEndpoints } from '../tax-profile/api.ts';
import { remittancesEndpoints } from '../remittances/api.ts';
import { statementsEndpoints } from '../statements/api.ts';
import { verifyEndpoints } from '../verify/api.ts';
import type { Endpoint } from './openapi.ts';

export const endpoints: readonly Endpoint[] = [...accountEndpoints, ...profileEndpoints, ...gigEndpoints, ...jobEndpoints, ...searchEndpoints, ...favouriteEndpoints, ...feeEndpoints, ...orderEndpoints, ...contractEndpoints, ...payoutEndpoints, ...receiptEndpoints, ...paymentEndpoints, ...fxEndpoints, ...walletEndpoints, ...reviewEndpoints, ...liveEndpoints, ...notificationEndpoints, ...disputeEndpoints, ...messageEndpoints, ...taxEndpoints, ...taxProfileEndpoints, ...remittancesEndpoints, ...statementsEndpoints, ...verifyEndpoints, ...academyEndpoints, ...assessmentsEndpoints, ...credentialsEndpoints, ...mentorshipEndpoints];
