// Builds the HTTP app from the services: the platform shell plus every feature's routes. Used by
// main.ts and by the tests, so both run the same application.
import { mountAccounts } from './accounts/routes.tsx';
import { mountAdmin } from './admin/routes.tsx';
import { mountContent } from './content/routes.tsx';
import { authenticateAccessToken, authenticateSession } from './accounts/service.ts';
import { mountApi } from './api/routes.tsx';
import { mountDashboard } from './dashboard/routes.tsx';
import { mountDisputes } from './disputes/routes.tsx';
import { mountFavourites } from './favourites/routes.tsx';
import { mountFees } from './fees/routes.tsx';
import { mountGigs } from './gigs/routes.tsx';
import { mountHome } from './home/routes.tsx';
import { mountJobs } from './jobs/routes.tsx';
import { mountMedia } from './media/routes.ts';
import { mountMessages } from './messages/routes.tsx';
import { mountOnboarding } from './onboarding/routes.tsx';
import { mountOrders } from './orders/routes.tsx';
import { mountWallet } from './wallet/routes.tsx';
import { mountFx } from './fx/routes.tsx';
import { mountPayments } from './payments/routes.tsx';
import { mountPayouts } from './payouts/routes.tsx';
import { mountAssets } from './platform/assets.ts';
import type { Deps } from './platform/deps.ts';
import { mountDevMail } from './platform/dev-mail.tsx';
import { type App, clientIp, createApp } from './platform/http.ts';
import { ErrorPage, pageCtx, render } from './platform/layout.tsx';
import { Metrics } from './platform/metrics.ts';
import { mountOperations, type Readiness } from './platform/operations.ts';
import { mountProfiles } from './profiles/routes.tsx';
import { mountNotifications } from './notifications/routes.tsx';
import { unreadNotifications } from './notifications/service.ts';
import { unreadConversations } from './messages/service.ts';
import { mountReceipts } from './receipts/routes.tsx';
import { mountSearch } from './search/routes.tsx';
import { mountReviews } from './reviews/routes.tsx';
import { mountAcademy } from './academy/routes.tsx';
import { mountCommunity } from './community/routes.tsx';
import { mountAssociations } from './associations/routes.tsx';
import { mountEvents } from './events/routes.tsx';
import { mountForum } from './forum/routes.tsx';
import { mountLegal } from './legal/routes.tsx';
import { mountReferrals } from './referrals/routes.tsx';
import { mountSpaces } from './spaces/routes.tsx';
import { mountRates } from './rates/routes.tsx';
import { mountAssessments } from './assessments/routes.tsx';
import { mountCredentials } from './credentials/routes.tsx';
import { mountMentorship } from './mentorship/routes.tsx';
import { mountTax } from './tax/routes.tsx';
import { mountTaxProfile } from './tax-profile/routes.tsx';
import { mountRemittances } from './remittances/routes.tsx';
import { mountStatements } from './statements/routes.tsx';
import { mountVerify } from './verify/routes.tsx';

export function buildServer(deps: Deps, opts: { metrics?: Metrics; readiness: Readiness }): App {
  const metrics = opts.metrics ?? new Metrics();
  const app = createApp({
    deps,
    metrics,
    auth: {
      bySessionToken: (token, c) => authenticateSession(deps, token, { ip: clientIp(c, deps), userAgent: c.req.header('user-agent') ?? '' }),
      byAccessToken: (token) => authenticateAccessToken(deps, token),
    },
    errorPage: (c, status, message) => render(c, <ErrorPage ctx={pageCtx(c)} status={status} message={message} />, status),
    headerCounts: async (userId) => {
      const [messages, notifications] = await Promise.all([unreadConversations(deps.db, userId), unreadNotifications(deps.db, userId)]);
      return { messages, notifications };
    },
  });
  mountOperations(app, { metrics, readiness: opts.readiness });
  mountAssets(app);
  mountHome(app);
  mountAccounts(app);
  mountOnboarding(app);
  mountDashboard(app);
  mountProfiles(app);
  mountGigs(app);
  mountJobs(app);
  mountSearch(app);
  mountFavourites(app);
  mountFees(app);
  mountMedia(app);
  mountOrders(app);
  mountWallet(app);
  mountPayouts(app);
  mountReceipts(app);
  mountPayments(app);
  mountFx(app);
  mountMessages(app);
  mountAdmin(app);
  mountDisputes(app);
  mountContent(app);
  mountNotifications(app);
  mountReviews(app);
  mountAcademy(app);
  mountAssessments(app);
  mountCredentials(app);
  mountMentorship(app);
  mountCommunity(app);
  mountAssociations(app);
  mountEvents(app);
  mountForum(app);
  mountLegal(app);
  mountReferrals(app);
  mountSpaces(app);
  mountRates(app);
  mountTax(app);
  mountTaxProfile(app);
  mountRemittances(app);
  mountStatements(app);
  mountVerify(app);
  mountApi(app);
  mountDevMail(app);
  return app;
}
