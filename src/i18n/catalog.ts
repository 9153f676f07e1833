// Every feature's messages, merged. Add a feature's table here when it gains one.
import { accountsMessages } from '../accounts/messages.ts';
import { adminMessages } from '../admin/messages.ts';
import { apiMessages } from '../api/messages.ts';
import { dashboardMessages } from '../dashboard/messages.ts';
import { homeMessages } from '../home/messages.ts';
import { jobsMessages } from '../jobs/messages.ts';
import { mediaMessages } from '../media/messages.ts';
import { ledgerMessages } from '../ledger/messages.ts';
import { liveMessages } from '../live/messages.ts';
import { favouritesMessages } from '../favourites/messages.ts';
import { feesMessages } from '../fees/messages.ts';
import { gigsMessages } from '../gigs/messages.ts';
import { onboardingMessages } from '../onboarding/messages.ts';
import { ordersMessages } from '../orders/messages.ts';
import { walletMessages } from '../wallet/messages.ts';
import { payoutsMessages } from '../payouts/messages.ts';
import { platformMessages } from '../platform/messages.ts';
import { profilesMessages } from '../profiles/messages.ts';
import { searchMessages } from '../search/messages.ts';
import { paymentsMessages } from '../payments/messages.ts';
import { fxMessages } from '../fx/messages.ts';
import { receiptsMessages } from '../receipts/messages.ts';
import { contentMessages } from '../content/messages.ts';
import { notificationsMessages } from '../notifications/messages.ts';
import { reviewsMessages } from '../reviews/messages.ts';
import { messagesMessages } from '../messages/messages.ts';
import { disputesMessages } from '../disputes/messages.ts';
import { academyMessages } from '../academy/messages.ts';
import { communityMessages } from '../community/messages.ts';
import { associationsMessages } from '../associations/messages.ts';
import { eventsMessages } from '../events/messages.ts';
import { forumMessages } from '../forum/messages.ts';
import { legalMessages } from '../legal/messages.ts';
import { referralsMessages } from '../referrals/messages.ts';
import { spacesMessages } from '../spaces/messages.ts';
import { ratesMessages } from '../rates/messages.ts';
import { assessmentsMessages } from '../assessments/messages.ts';
import { credentialsMessages } from '../credentials/messages.ts';
import { mentorshipMessages } from '../mentorship/messages.ts';
import { taxMessages } from '../tax/messages.ts';
import { taxProfileMessages } from '../tax-profile/messages.ts';
import { remittancesMessages } from '../remittances/messages.ts';
import { statementsMessages } from '../statements/messages.ts';
import { verifyMessages } from '../verify/messages.ts';

export const catalogTables = { platformMessages, accountsMessages, onboardingMessages, dashboardMessages, homeMessages, apiMessages, profilesMessages, gigsMessages, jobsMessages, searchMessages, favouritesMessages, feesMessages, ledgerMessages, adminMessages, mediaMessages, ordersMessages, payoutsMessages, paymentsMessages, fxMessages, walletMessages, receiptsMessages, contentMessages, reviewsMessages, liveMessages, notificationsMessages, disputesMessages, messagesMessages, taxMessages, taxProfileMessages, remittancesMessages, statementsMessages, verifyMessages, academyMessages, assessmentsMessages, credentialsMessages, mentorshipMessages, communityMessages, associationsMessages, eventsMessages, forumMessages, legalMessages, referralsMessages, spacesMessages, ratesMessages };

export const catalog = {
  en: { ...platformMessages.en, ...accountsMessages.en, ...onboardingMessages.en, ...dashboardMessages.en, ...homeMessages.en, ...apiMessages.en, ...profilesMessages.en, ...gigsMessages.en, ...jobsMessages.en, ...searchMessages.en, ...favouritesMessages.en, ...feesMessages.en, ...ledgerMessages.en, ...adminMessages.en, ...mediaMessages.en, ...ordersMessages.en, ...payoutsMessages.en, ...paymentsMessages.en, ...fxMessages.en, ...walletMessages.en, ...receiptsMessages.en, ...contentMessages.en, ...reviewsMessages.en, ...liveMessages.en, ...notificationsMessages.en, ...disputesMessages.en, ...messagesMessages.en, ...taxMessages.en, ...taxProfileMessages.en, ...remittancesMessages.en, ...statementsMessages.en, ...verifyMessages.en, ...academyMessages.en, ...assessmentsMessages.en, ...credentialsMessages.en, ...mentorshipMessages.en, ...communityMessages.en, ...associationsMessages.en, ...eventsMessages.en, ...forumMessages.en, ...legalMessages.en, ...referralsMessages.en, ...spacesMessages.en, ...ratesMessages.en },
  ur: { ...platformMessages.ur, ...accountsMessages.ur, ...onboardingMessages.ur, ...dashboardMessages.ur, ...homeMessages.ur, ...apiMessages.ur, ...profilesMessages.ur, ...gigsMessages.ur, ...jobsMessages.ur, ...searchMessages.ur, ...favouritesMessages.ur, ...feesMessages.ur, ...ledgerMessages.ur, ...adminMessages.ur, ...mediaMessages.ur, ...ordersMessages.ur, ...payoutsMessages.ur, ...paymentsMessages.ur, ...fxMessages.ur, ...walletMessages.ur, ...receiptsMessages.ur, ...contentMessages.ur, ...reviewsMessages.ur, ...liveMessages.ur, ...notificationsMessages.ur, ...disputesMessages.ur, ...messagesMessages.ur, ...taxMessages.ur, ...taxProfileMessages.ur, ...remittancesMessages.ur, ...statementsMessages.ur, ...verifyMessages.ur, ...academyMessages.ur, ...assessmentsMessages.ur, ...credentialsMessages.ur, ...mentorshipMessages.ur, ...communityMessages.ur, ...associationsMessages.ur, ...eventsMessages.ur, ...forumMessages.ur, ...legalMessages.ur, ...referralsMessages.ur, ...spacesMessages.ur, ...ratesMessages.ur },
};
