// The registration checklist at /tax/checklist as data: each step with the documents it needs, its
// fee as the reference gives it (or "unconfirmed"), the official links the reference gives, and the
// sources behind every fact. Texts are message keys (messages.ts); facts come only from
// ../shared/reference/tax-pakistan.md, payments-pakistan.md and programs.md, as cited per step.
// Only addresses that appear in those files are linked: the reference names FBR's IRIS portal
// nowhere, so the NTN step links FBR's own press release and says the portal's address is not in
// our reference rather than guessing it.
import type { Source } from '../tax/domain.ts';
import { type Money, money } from '../platform/money.ts';

export const CHECKLIST_STEPS = ['ntn', 'bank_account', 'prc', 'pseb', 'tax_return'] as const;
export type ChecklistStep = (typeof CHECKLIST_STEPS)[number];
export const isChecklistStep = (s: string): s is ChecklistStep => (CHECKLIST_STEPS as readonly string[]).includes(s);

/** A fee: an amount the reference gives (with its source), or unconfirmed with what is known. */
export type StepFee =
  | { kind: 'amount'; amount: Money; noteKey: string; source: Source }
  | { kind: 'unconfirmed'; noteKey: string; claim?: { amount: Money; source: Source; noteKey: string } };

export interface OfficialLink {
  labelKey: string;
  url: string;
}

export interface Step {
  id: ChecklistStep;
  /** Message keys under tax_profile.checklist.<id>.: title, what. */
  titleKey: string;
  whatKey: string;
  /** Message keys, one document each. */
  documentKeys: readonly string[];
  fee: StepFee;
  links: readonly OfficialLink[];
  /** Where on Hunar the step continues (the profile, the remittance records, the statement). */
  here?: { href: string; labelKey: string };
  sources: readonly Source[];
}

const k = (step: ChecklistStep, part: string) => `tax_profile.checklist.${step}.${part}`;

// Sources, as tax-pakistan.md / payments-pakistan.md / programs.md name them.
const FBR_ATL_PRESS: Source = {
  title: 'FBR: "Late return filers to be included in ATL after payment of surcharge"',
  url: 'https://www.fbr.gov.pk/pr/late-return-filers-to-be-included-in-atl-afte/152871/2021',
  date: '2021',
  confidence: 'confirmed',
};
const NTN_IS_CNIC: Source = { title: 'TIN number Pakistan', url: 'http://www.brainwaves.cz/facts-about-tbnk/tin-number-pakistan-c02835', date: 'undated', confidence: 'reported' };
const TIN_CHECK: Source = { title: 'TIN-check: Pakistan', url: 'https://tin-check.com/en/tin-check-pakistan', date: 'undated', confidence: 'reported' };
const SBP_FRAMEWORK_PROPAKISTANI: Source = {
  title: 'ProPakistani: SBP introduces improved framework for opening freelancers’ bank accounts',
  url: 'https://propakistani.pk/2023/10/23/sbp-introduces-improved-framework-for-opening-freelancers-bank-accounts/',
  date: '2023-10-23',
  confidence: 'reported',
};
const SBP_FRAMEWORK_NATION: Source = {
  title: 'The Nation: SBP introduces new measures to facilitate IT exporters, freelancers',
  url: 'https://www.nation.com.pk/24-Oct-2023/sbp-introduces-new-measures-to-facilitate-it-exporters-freelancers',
  date: '2023-10-24',
  confidence: 'reported',
};
const SONERI_SOP: Source = {
  title: 'Soneri Bank SOP citing SBP BPRD Circular No. 05 of 2023',
  url: 'https://tomorrow.paperai.life/https://www.scribd.com/document/759575880/Freelancer-Accounts-IT-Companies',
  date: '2024-01-05',
  confidence: 'reported',
};
const FIRE_GUIDE: Source = {
  title: 'The Ultimate Guide for Freelancers 1/3 - Taxes (r/FIREPakistan)',
  url: 'https://reddit.wdas.io/r/FIREPakistan/comments/1idgfqk/the_ultimate_guide_for_freelancers_13_taxes',
  date: '2025-01-30',
  confidence: 'unconfirmed',
};
const WISE_PRC: Source = { title: 'Income tax on export of IT services in Pakistan (forum Q&A on Wise PRCs)', url: 'https://taxbeing.com/income-tax-on-export-of-it-services-in-pakistan', date: 'undated', confidence: 'unconfirmed' };
const PSEB_THREAD: Source = {
  title: 'r/FIREPakistan thread on PSEB registration',
  url: 'https://rl.huuu.biz/r/FIREPakistan/search?q=flair_name%3A%22Baaki+Bakwaas%22&restrict_sr=on',
  date: 'c. 2025',
  confidence: 'unconfirmed',
};
const PAKTAXIQ: Source = { title: 'PSEB Freelancer Registration in Pakistan', url: 'http://www.paktaxiq.com/pseb-freelancer-registration-pakistan/', date: 'undated', confidence: 'reported' };
const GLOBHY_RENEWAL: Source = {
  title: 'Complete Guide to PSEB Registration Renewal Process in Pakistan 2025',
  url: 'https://globhy.com/article/complete-guide-to-pseb-registration-renewal-process-in-pakistan-2025',
  date: '2025',
  confidence: 'unconfirmed',
};
const PSEB_PORTAL: Source = { title: 'PSEB Tech Destination portal (call-centre registration page)', url: 'https://app.techdestination.com/how-to-register-callcenter', date: 'current portal', confidence: 'confirmed' };
const ATL_CORRESPONDENT: Source = {
  title: 'FBR to publish Active Tax Payers List on March 1',
  url: 'https://thecorrespondent.pk/fbr-to-publish-active-tax-payers-list-on-march-1/?amp=1',
  date: '2021',
  confidence: 'reported',
};
const ATL_DAILY: Source = { title: 'FBR Updates ATL, Adding 130K New Active Taxpayers', url: 'https://pkrevenue.com/fbr-updates-atl-adding-130k-new-active-taxpayers/', date: '2024-11', confidence: 'reported' };
const RETURN_DUE: Source = { title: 'How to Create ATL Surcharge Payment Challan', url: 'https://tax.net.pk/2023/03/06/how-to-create-atl-surcharge-payment-challan', date: '2023-03-06', confidence: 'reported' };
const S154A_TEXT: Source = { title: 'Text of s.154A: "Export of Services"', url: 'https://pakarbiter.com/laws-in-pakistan/income-tax-ordinance-2001/ito-section-154a/export-of-services', date: 'current text', confidence: 'reported' };

export const CHECKLIST: readonly Step[] = [
  {
    // payments-pakistan.md §6: an individual's NTN is their CNIC. tax-pakistan.md gives no fee and
    // no address for IRIS.
    id: 'ntn',
    titleKey: k('ntn', 'title'),
    whatKey: k('ntn', 'what'),
    documentKeys: [k('ntn', 'doc_cnic')],
    fee: { kind: 'unconfirmed', noteKey: k('ntn', 'fee') },
    links: [{ labelKey: k('ntn', 'link_fbr'), url: FBR_ATL_PRESS.url }],
    here: { href: '/tax/profile', labelKey: 'tax_profile.checklist.here_profile' },
    sources: [NTN_IS_CNIC, TIN_CHECK],
  },
  {
    // tax-pakistan.md §(e): the SBP framework for freelancers (23–24 Oct 2023).
    id: 'bank_account',
    titleKey: k('bank_account', 'title'),
    whatKey: k('bank_account', 'what'),
    documentKeys: [k('bank_account', 'doc_minimal'), k('bank_account', 'doc_declaration')],
    fee: { kind: 'unconfirmed', noteKey: k('bank_account', 'fee') },
    links: [],
    sources: [SBP_FRAMEWORK_PROPAKISTANI, SBP_FRAMEWORK_NATION, SONERI_SOP],
  },
  {
    // tax-pakistan.md §(a) "Proceeds through banking channels"; payments-pakistan.md §7.
    id: 'prc',
    titleKey: k('prc', 'title'),
    whatKey: k('prc', 'what'),
    documentKeys: [k('prc', 'doc_payout'), k('prc', 'doc_code')],
    fee: { kind: 'unconfirmed', noteKey: k('prc', 'fee') },
    links: [],
    here: { href: '/tax/remittances', labelKey: 'tax_profile.checklist.here_remittances' },
    sources: [FIRE_GUIDE, WISE_PRC],
  },
  {
    // tax-pakistan.md §(d); programs.md §4.
    id: 'pseb',
    titleKey: k('pseb', 'title'),
    whatKey: k('pseb', 'what'),
    documentKeys: [k('pseb', 'doc_links'), k('pseb', 'doc_ntn'), k('pseb', 'doc_bank'), k('pseb', 'doc_cnic'), k('pseb', 'doc_renewal')],
    fee: { kind: 'unconfirmed', noteKey: k('pseb', 'fee'), claim: { amount: money(350_000n, 'PKR'), source: GLOBHY_RENEWAL, noteKey: k('pseb', 'claim') } },
    links: [
      { labelKey: k('pseb', 'link_portal'), url: PSEB_PORTAL.url },
      { labelKey: k('pseb', 'link_pseb'), url: 'http://www.pseb.org.pk/registration/call-center-registrations' },
    ],
    here: { href: '/tax/profile', labelKey: 'tax_profile.checklist.here_pseb' },
    sources: [PSEB_THREAD, PAKTAXIQ, PSEB_PORTAL, GLOBHY_RENEWAL],
  },
  {
    // tax-pakistan.md §(c) (ATL, return due date, surcharge) and §(a) (s.154A(2) conditions).
    id: 'tax_return',
    titleKey: k('tax_return', 'title'),
    whatKey: k('tax_return', 'what'),
    documentKeys: [k('tax_return', 'doc_statement'), k('tax_return', 'doc_prcs'), k('tax_return', 'doc_withholding')],
    fee: { kind: 'amount', amount: money(100_000n, 'PKR'), noteKey: k('tax_return', 'fee'), source: FBR_ATL_PRESS },
    links: [{ labelKey: k('tax_return', 'link_fbr'), url: FBR_ATL_PRESS.url }],
    here: { href: '/tax/statements', labelKey: 'tax_profile.checklist.here_statements' },
    sources: [RETURN_DUE, ATL_DAILY, ATL_CORRESPONDENT, FBR_ATL_PRESS, S154A_TEXT],
  },
];

export const stepById = (id: ChecklistStep): Step => CHECKLIST.find((s) => s.id === id)!;

/** The ATL check by SMS (tax-pakistan.md §(c), payments-pakistan.md §6), shown beside filer status. */
export const ATL_SMS = { to: '9966', source: ATL_CORRESPONDENT } as const;

/** s.154A rates (tax-pakistan.md §(a)): 0.25% with PSEB, 1% otherwise, from 1 July 2022; shown on the profile. */
export const PSEB_RATE_SOURCE: Source = {
  title: 'Taxation on IT export and services for tax year 2022-2023',
  url: 'https://kkconsultant.net/taxation-on-it-export-and-services-for-tax-year-2022-2023',
  date: '2022',
  confidence: 'reported',
};
