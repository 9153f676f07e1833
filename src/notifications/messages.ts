import { defineMessages } from '../i18n/define.ts';

// Each kind has: `notifications.kind.<kind>` (its name on the settings page), and
// `notifications.<kind>.text` (the line in the list, also its mail's subject), `.body` and
// `.action` (its mail). Params are the plain facts notify() was given (src/notifications/notify.ts).
export const notificationsMessages = defineMessages(
  {
    'notifications.title': 'Notifications',
    'notifications.lead': 'What happened on your orders, jobs and payouts, newest first. Messages have their own page.',
    'notifications.empty': 'Nothing yet. When something happens on your orders, jobs or payouts, you will find it here.',
    'notifications.mark_all_read': 'Mark all as read',
    'notifications.unread': 'New',
    'notifications.reason': 'Reason:',
    'notifications.unread_count': '{n, plural, =0 {Nothing new} one {# new} other {# new}}',
    'notifications.settings_link': 'Choose what you are told, and how',
    'notifications.flash.all_read': 'All your notifications are marked as read.',
    'notifications.bell': '{n, plural, =0 {Notifications: nothing new} one {Notifications: # new} other {Notifications: # new}}',

    'notifications.settings.title': 'Notification settings',
    'notifications.settings.lead': 'Choose, for each kind of news, whether you see it in the bell on Hunar and whether we also e-mail you. Everything is on until you change it.',
    'notifications.settings.kind': 'News',
    'notifications.settings.in_app': 'On Hunar',
    'notifications.settings.email': 'By e-mail',
    'notifications.settings.message_in_app': 'On the Messages page',
    'notifications.settings.message_hint': 'One e-mail for the messages of 15 minutes, and none while you are reading the conversation.',
    'notifications.settings.save': 'Save settings',
    'notifications.settings.saved': 'Your notification settings are saved.',
    'notifications.settings.link': 'Notification settings: what you are told, in the app and by e-mail',

    'notifications.unsubscribe.title': 'Stop these e-mails?',
    'notifications.unsubscribe.lead': 'You will no longer get e-mails about: {kind}. You will still see this news on Hunar.',
    'notifications.unsubscribe.button': 'Stop these e-mails',
    'notifications.unsubscribe.done_title': 'Done: no more of these e-mails',
    'notifications.unsubscribe.done_lead': 'We will no longer e-mail you about: {kind}. You can turn it back on at any time in your notification settings.',
    'notifications.unsubscribe.settings': 'Open notification settings',
    'notifications.mail.unsubscribe': 'Stop e-mails like this one',

    'notifications.outcome.release': 'the payment is released to the freelancer',
    'notifications.outcome.refund': 'the client is refunded',
    'notifications.outcome.split': 'the payment is split between the client and the freelancer',

    'notifications.digest.subject': '{n, plural, one {# new message} other {# new messages}} on Hunar',
    'notifications.digest.body': '{people, plural, one {Someone has written to you} other {# people have written to you}} and you have not read it yet:',
    'notifications.digest.line': '{from}: {n, plural, one {# message} other {# messages}}',
    'notifications.digest.action': 'Open your messages',

    'notifications.kind.message': 'New messages',
    'notifications.message.text': 'New message from {from}',

    'notifications.kind.order_placed': 'New orders',
    'notifications.order_placed.text': 'New order HNR-{order}: {title}',
    'notifications.order_placed.body': 'A client has ordered “{title}” (order HNR-{order}). Work starts once they pay into escrow; open the order to read their answers.',
    'notifications.order_placed.action': 'Open the order',

    'notifications.kind.order_paid': 'Payments into escrow',
    'notifications.order_paid.text': 'Order HNR-{order} is paid into escrow: {amount}',
    'notifications.order_paid.body': 'The client has paid {amount} for “{title}” into escrow. The money is held safely until you deliver and the client accepts, so you can start work now.',
    'notifications.order_paid.action': 'Open the order',

    'notifications.kind.order_delivered': 'Deliveries',
    'notifications.order_delivered.text': 'Order HNR-{order} is delivered: {title}',
    'notifications.order_delivered.body': 'The freelancer has delivered “{title}”. Check the work, then accept it or ask for a revision.',
    'notifications.order_delivered.action': 'See the delivery',

    'notifications.kind.revision_requested': 'Revision requests',
    'notifications.revision_requested.text': 'Revision asked for on order HNR-{order}',
    'notifications.revision_requested.body': 'The client has asked for a revision of “{title}”. Open the order to read what they would like changed.',
    'notifications.revision_requested.action': 'Open the order',

    'notifications.kind.order_accepted': 'Accepted deliveries',
    'notifications.order_accepted.text': 'Order HNR-{order} is accepted: {amount} earned',
    'notifications.order_accepted.body': 'Your delivery of “{title}” is accepted. {amount} is in your earnings, on hold for a few days before you can withdraw it.',
    'notifications.order_accepted.action': 'Open the order',

    'notifications.kind.auto_accept_soon': 'A day before a delivery is accepted for you',
    'notifications.auto_accept_soon.text': 'Order HNR-{order} will be accepted for you tomorrow',
    'notifications.auto_accept_soon.body': 'The delivery of “{title}” will be accepted automatically in a day, and the payment released to the freelancer. If something is not right, ask for a revision before then.',
    'notifications.auto_accept_soon.action': 'See the delivery',

    'notifications.kind.earnings_available': 'Earnings ready to withdraw',
    'notifications.earnings_available.text': '{amount} is ready to withdraw',
    'notifications.earnings_available.body': 'The hold on your earnings from order HNR-{order} (“{title}”) has ended: {amount} is now available to withdraw.',
    'notifications.earnings_available.action': 'Withdraw',

    'notifications.kind.withdrawal_paid': 'Withdrawals paid',
    'notifications.withdrawal_paid.text': 'Your withdrawal of {amount} is paid',
    'notifications.withdrawal_paid.body': 'Your withdrawal of {amount} (reference {reference}) has been paid. It reaches your account within a working day, depending on your bank or wallet.',
    'notifications.withdrawal_paid.action': 'Open Payouts',

    'notifications.kind.withdrawal_failed': 'Withdrawals that could not be paid',
    'notifications.withdrawal_failed.text': 'Your withdrawal could not be paid',
    'notifications.withdrawal_failed.body': 'Your withdrawal of {amount} (reference {reference}) could not be paid: {reason}. The money is back in your Hunar balance. Please check your payout method and withdraw again.',
    'notifications.withdrawal_failed.action': 'Open Payouts',

    'notifications.kind.proposal_received': 'New proposals on your jobs',
    'notifications.proposal_received.text': '{from} sent a proposal on “{job}”',
    'notifications.proposal_received.body': '{from} has sent a proposal on your job “{job}”. Read it, then shortlist, decline or hire.',
    'notifications.proposal_received.action': 'Read the proposals',

    'notifications.kind.invited': 'Invitations to jobs',
    'notifications.invited.text': '{from} invites you to a job on Hunar',
    'notifications.invited.body': '{from} would like your proposal for the job “{job}”. Open it to read the details and send a proposal.',
    'notifications.invited.action': 'See the job',

    'notifications.kind.hired': 'Being hired',
    'notifications.hired.text': '{from} hired you: {contract}',
    'notifications.hired.body': '{from} has hired you for “{contract}”. Your contract has started; the work begins once the client funds its first milestone or week.',
    'notifications.hired.action': 'Open the contract',

    'notifications.kind.review_received': 'Reviews of your work',
    'notifications.review_received.text': '{from} reviewed order HNR-{order}',
    'notifications.review_received.body': '{from} has written a review of order HNR-{order}. Open the order to read it.',
    'notifications.review_received.action': 'Read the review',

    'notifications.kind.dispute_opened': 'Disputes opened',
    'notifications.dispute_opened.text': '{by} opened a dispute on order HNR-{order}',
    'notifications.dispute_opened.body': '{by} has opened a dispute on “{title}” (order HNR-{order}). The money stays in escrow until an admin decides. Add your statement and evidence.',
    'notifications.dispute_opened.action': 'Open the dispute',

    'notifications.kind.dispute_decided': 'Disputes decided',
    'notifications.dispute_decided.text': 'The dispute on order HNR-{order} is decided',
    'notifications.dispute_decided.body': 'An admin has decided the dispute on “{title}”: {outcome}. The reason given: {reason}',
    'notifications.dispute_decided.action': 'Open the order',

    'errors.notifications.bad_link': 'This unsubscribe link is not valid. Open your notification settings to change which e-mails you get.',
    'api.group.notifications': 'Notifications',
    'api.tag.notifications': 'The signed-in person’s notifications (newest first, worded in their language) and marking them read. Messages are not listed here: they have their own unread counts.',
    'api.op.listNotifications': 'List your notifications, newest first, with how many are unread',
    'api.op.readNotifications': 'Mark notifications as read: the ones named, or all of them',
  },
  {
    'notifications.title': 'اطلاعات',
    'notifications.lead': 'آپ کے آرڈرز، جابز اور رقم کی وصولی پر کیا ہوا، نئی پہلے۔ پیغامات کا اپنا صفحہ ہے۔',
    'notifications.empty': 'ابھی کچھ نہیں۔ جب آپ کے آرڈرز، جابز یا رقم نکلوانے کی درخواستوں پر کچھ ہو گا تو وہ یہاں نظر آئے گا۔',
    'notifications.mark_all_read': 'سب کو پڑھا ہوا نشان زد کریں',
    'notifications.unread': 'نئی',
    'notifications.reason': 'وجہ:',
    'notifications.unread_count': '{n, plural, =0 {کچھ نیا نہیں} one {# نئی} other {# نئی}}',
    'notifications.settings_link': 'چنیں کہ آپ کو کیا اور کیسے بتایا جائے',
    'notifications.flash.all_read': 'آپ کی تمام اطلاعات پڑھی ہوئی نشان زد ہو گئی ہیں۔',
    'notifications.bell': '{n, plural, =0 {اطلاعات: کچھ نیا نہیں} one {اطلاعات: # نئی} other {اطلاعات: # نئی}}',

    'notifications.settings.title': 'اطلاعات کی سیٹنگز',
    'notifications.settings.lead': 'ہر قسم کی خبر کے لیے چنیں کہ آپ اسے ہنر پر گھنٹی میں دیکھیں اور کیا ہم آپ کو ای میل بھی کریں۔ جب تک آپ نہ بدلیں، سب کچھ آن ہے۔',
    'notifications.settings.kind': 'خبر',
    'notifications.settings.in_app': 'ہنر پر',
    'notifications.settings.email': 'ای میل سے',
    'notifications.settings.message_in_app': 'پیغامات کے صفحے پر',
    'notifications.settings.message_hint': '15 منٹ کے پیغامات کے لیے ایک ای میل، اور جب آپ گفتگو پڑھ رہے ہوں تو کوئی نہیں۔',
    'notifications.settings.save': 'سیٹنگز محفوظ کریں',
    'notifications.settings.saved': 'آپ کی اطلاعات کی سیٹنگز محفوظ ہو گئی ہیں۔',
    'notifications.settings.link': 'اطلاعات کی سیٹنگز: آپ کو ایپ میں اور ای میل سے کیا بتایا جائے',

    'notifications.unsubscribe.title': 'یہ ای میلز بند کر دیں؟',
    'notifications.unsubscribe.lead': 'آپ کو اس بارے میں مزید ای میلز نہیں آئیں گی: {kind}۔ یہ خبریں آپ ہنر پر پھر بھی دیکھ سکیں گے۔',
    'notifications.unsubscribe.button': 'یہ ای میلز بند کریں',
    'notifications.unsubscribe.done_title': 'ہو گیا: اب یہ ای میلز نہیں آئیں گی',
    'notifications.unsubscribe.done_lead': 'ہم آپ کو اس بارے میں مزید ای میل نہیں کریں گے: {kind}۔ آپ اسے کسی بھی وقت اطلاعات کی سیٹنگز میں دوبارہ آن کر سکتے ہیں۔',
    'notifications.unsubscribe.settings': 'اطلاعات کی سیٹنگز کھولیں',
    'notifications.mail.unsubscribe': 'اس طرح کی ای میلز بند کریں',

    'notifications.outcome.release': 'ادائیگی فری لانسر کو جاری کر دی گئی ہے',
    'notifications.outcome.refund': 'کلائنٹ کو رقم واپس کر دی گئی ہے',
    'notifications.outcome.split': 'ادائیگی کلائنٹ اور فری لانسر میں تقسیم کر دی گئی ہے',

    'notifications.digest.subject': 'ہنر پر {n, plural, one {# نیا پیغام} other {# نئے پیغامات}}',
    'notifications.digest.body': '{people, plural, one {کسی نے آپ کو پیغام بھیجا ہے} other {# لوگوں نے آپ کو پیغام بھیجے ہیں}} جو آپ نے ابھی نہیں پڑھے:',
    'notifications.digest.line': '{from}: {n, plural, one {# پیغام} other {# پیغامات}}',
    'notifications.digest.action': 'اپنے پیغامات کھولیں',

    'notifications.kind.message': 'نئے پیغامات',
    'notifications.message.text': '{from} کی طرف سے نیا پیغام',

    'notifications.kind.order_placed': 'نئے آرڈرز',
    'notifications.order_placed.text': 'نیا آرڈر HNR-{order}: {title}',
    'notifications.order_placed.body': 'ایک کلائنٹ نے “{title}” کا آرڈر دیا ہے (آرڈر HNR-{order})۔ ایسکرو میں ادائیگی کے بعد کام شروع ہو گا؛ ان کے جوابات پڑھنے کے لیے آرڈر کھولیں۔',
    'notifications.order_placed.action': 'آرڈر کھولیں',

    'notifications.kind.order_paid': 'ایسکرو میں ادائیگیاں',
    'notifications.order_paid.text': 'آرڈر HNR-{order} کی ایسکرو میں ادائیگی ہو گئی: {amount}',
    'notifications.order_paid.body': 'کلائنٹ نے “{title}” کے لیے {amount} ایسکرو میں ادا کر دیے ہیں۔ یہ رقم ڈیلیوری اور کلائنٹ کی منظوری تک محفوظ رہے گی، اس لیے آپ ابھی کام شروع کر سکتے ہیں۔',
    'notifications.order_paid.action': 'آرڈر کھولیں',

    'notifications.kind.order_delivered': 'ڈیلیوریز',
    'notifications.order_delivered.text': 'آرڈر HNR-{order} ڈیلیور ہو گیا: {title}',
    'notifications.order_delivered.body': 'فری لانسر نے “{title}” ڈیلیور کر دیا ہے۔ کام دیکھیں، پھر اسے قبول کریں یا ریویژن مانگیں۔',
    'notifications.order_delivered.action': 'ڈیلیوری دیکھیں',

    'notifications.kind.revision_requested': 'ریویژن کی درخواستیں',
    'notifications.revision_requested.text': 'آرڈر HNR-{order} پر ریویژن مانگی گئی ہے',
    'notifications.revision_requested.body': 'کلائنٹ نے “{title}” میں ریویژن مانگی ہے۔ وہ کیا تبدیل کروانا چاہتے ہیں، یہ پڑھنے کے لیے آرڈر کھولیں۔',
    'notifications.revision_requested.action': 'آرڈر کھولیں',

    'notifications.kind.order_accepted': 'قبول شدہ ڈیلیوریز',
    'notifications.order_accepted.text': 'آرڈر HNR-{order} قبول ہو گیا: {amount} کی کمائی',
    'notifications.order_accepted.body': '“{title}” کی آپ کی ڈیلیوری قبول ہو گئی ہے۔ {amount} آپ کی کمائی میں ہیں، اور نکلوانے سے پہلے چند دن روکی ہوئی کمائی رہیں گے۔',
    'notifications.order_accepted.action': 'آرڈر کھولیں',

    'notifications.kind.auto_accept_soon': 'ڈیلیوری خود بخود قبول ہونے سے ایک دن پہلے',
    'notifications.auto_accept_soon.text': 'آرڈر HNR-{order} کل خود بخود قبول ہو جائے گا',
    'notifications.auto_accept_soon.body': '“{title}” کی ڈیلیوری ایک دن میں خود بخود قبول ہو جائے گی اور ادائیگی فری لانسر کو جاری ہو جائے گی۔ اگر کچھ ٹھیک نہیں تو اس سے پہلے ریویژن مانگیں۔',
    'notifications.auto_accept_soon.action': 'ڈیلیوری دیکھیں',

    'notifications.kind.earnings_available': 'نکلوانے کے لیے تیار کمائی',
    'notifications.earnings_available.text': '{amount} نکلوانے کے لیے تیار ہیں',
    'notifications.earnings_available.body': 'آرڈر HNR-{order} (“{title}”) کی آپ کی کمائی کی روک ختم ہو گئی ہے: {amount} اب نکلوانے کے لیے دستیاب ہیں۔',
    'notifications.earnings_available.action': 'رقم نکلوائیں',

    'notifications.kind.withdrawal_paid': 'ادا ہو چکی رقم نکلوانے کی درخواستیں',
    'notifications.withdrawal_paid.text': 'آپ کی {amount} نکلوانے کی درخواست ادا ہو گئی',
    'notifications.withdrawal_paid.body': 'آپ کی {amount} نکلوانے کی درخواست (حوالہ نمبر {reference}) ادا ہو گئی ہے۔ آپ کے بینک یا والٹ کے حساب سے یہ ایک کاروباری دن میں آپ کے اکاؤنٹ میں پہنچ جائے گی۔',
    'notifications.withdrawal_paid.action': 'رقم کی وصولی کھولیں',

    'notifications.kind.withdrawal_failed': 'رقم نکلوانے کی ناکام درخواستیں',
    'notifications.withdrawal_failed.text': 'آپ کی رقم ادا نہیں ہو سکی',
    'notifications.withdrawal_failed.body': 'آپ کی {amount} کی رقم (حوالہ {reference}) ادا نہیں ہو سکی: {reason}۔ رقم آپ کے ہنر بیلنس میں واپس آ گئی ہے۔ براہِ کرم اپنا وصولی کا طریقہ چیک کریں اور دوبارہ رقم نکلوائیں۔',
    'notifications.withdrawal_failed.action': 'رقم کی وصولی کھولیں',

    'notifications.kind.proposal_received': 'آپ کی جابز پر نئے پروپوزلز',
    'notifications.proposal_received.text': '{from} نے “{job}” پر پروپوزل بھیجا ہے',
    'notifications.proposal_received.body': '{from} نے آپ کی جاب “{job}” پر پروپوزل بھیجا ہے۔ اسے پڑھیں، پھر شارٹ لسٹ، مسترد یا ہائر کریں۔',
    'notifications.proposal_received.action': 'پروپوزلز پڑھیں',

    'notifications.kind.invited': 'جابز کی دعوتیں',
    'notifications.invited.text': '{from} نے آپ کو ہنر پر ایک جاب کی دعوت دی ہے',
    'notifications.invited.body': '{from} جاب “{job}” کے لیے آپ کا پروپوزل چاہتے ہیں۔ تفصیل پڑھنے اور پروپوزل بھیجنے کے لیے جاب کھولیں۔',
    'notifications.invited.action': 'جاب دیکھیں',

    'notifications.kind.hired': 'ہائر کیا جانا',
    'notifications.hired.text': '{from} نے آپ کو ہائر کیا: {contract}',
    'notifications.hired.body': '{from} نے آپ کو “{contract}” کے لیے ہائر کر لیا ہے۔ آپ کا کنٹریکٹ شروع ہو گیا ہے؛ کلائنٹ کے پہلے مائل اسٹون یا ہفتے کی ادائیگی کے بعد کام شروع ہو گا۔',
    'notifications.hired.action': 'کنٹریکٹ کھولیں',

    'notifications.kind.review_received': 'آپ کے کام کے ریویوز',
    'notifications.review_received.text': '{from} نے آرڈر HNR-{order} کا ریویو لکھا ہے',
    'notifications.review_received.body': '{from} نے آرڈر HNR-{order} کا ریویو لکھا ہے۔ اسے پڑھنے کے لیے آرڈر کھولیں۔',
    'notifications.review_received.action': 'ریویو پڑھیں',

    'notifications.kind.dispute_opened': 'درج ہونے والے تنازعات',
    'notifications.dispute_opened.text': '{by} نے آرڈر HNR-{order} پر تنازع درج کیا ہے',
    'notifications.dispute_opened.body': '{by} نے “{title}” (آرڈر HNR-{order}) پر تنازع درج کیا ہے۔ ایڈمن کے فیصلے تک رقم ایسکرو میں رہے گی۔ اپنا بیان اور ثبوت شامل کریں۔',
    'notifications.dispute_opened.action': 'تنازع کھولیں',

    'notifications.kind.dispute_decided': 'تنازعات کے فیصلے',
    'notifications.dispute_decided.text': 'آرڈر HNR-{order} کے تنازع کا فیصلہ ہو گیا',
    'notifications.dispute_decided.body': 'ایڈمن نے “{title}” کے تنازع کا فیصلہ کر دیا ہے: {outcome}۔ بتائی گئی وجہ: {reason}',
    'notifications.dispute_decided.action': 'آرڈر کھولیں',

    'errors.notifications.bad_link': 'یہ ای میلز بند کرنے کا لنک درست نہیں۔ آپ کو کون سی ای میلز آئیں، یہ بدلنے کے لیے اطلاعات کی سیٹنگز کھولیں۔',
    'api.group.notifications': 'اطلاعات',
    'api.tag.notifications': 'لاگ اِن شخص کی اطلاعات (نئی پہلے، ان کی زبان میں) اور انہیں پڑھا ہوا نشان زد کرنا۔ پیغامات یہاں نہیں آتے: ان کی اپنی گنتی ہے۔',
    'api.op.listNotifications': 'اپنی اطلاعات کی فہرست، نئی پہلے، اور کتنی نہیں پڑھی گئیں',
    'api.op.readNotifications': 'اطلاعات کو پڑھا ہوا نشان زد کریں: جن کا نام دیا جائے، یا سب',
  },
);
