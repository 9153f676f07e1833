// Pakistan's income-tax rules for freelancers, one entry per tax year, as DATA: a new tax year is a
// new entry here (and its test rows in rules.test.ts), not new code. Every figure comes from
// ../shared/reference/tax-pakistan.md (cited per rule below as "ref §...") and carries its source
// and how sure the reference is of it (Confidence in domain.ts):
// - confirmed: the law's own text, or a tax firm's published summary the reference states as fact
//   (the Finance Act texts themselves were not available to the reference: see its conventions);
// - reported: a single summary, news report or forum where the reference notes doubt, a
//   disagreement, or a practice rather than a rule;
// - unconfirmed: the reference says so in as many words. Shown as "unconfirmed" wherever it appears.
// Amounts are whole rupees (bigint); rates are basis points (100 bp = 1%).
import type { Confidence, Source, TaxYear } from './domain.ts';

/** One band of a slab table: income above `over` pays `base` plus `rateBp` of the part above `over`. */
export interface Band {
  over: bigint;
  base: bigint;
  rateBp: number;
}

/** Bands in ascending order; the first starts at 0. */
export type SlabTable = readonly Band[];

/** A rule's value with where it comes from (the source's confidence is the rule's). */
export interface Rule<T> {
  value: T;
  source: Source;
  /** Further sources that back or dispute it, shown in the list of sources. */
  also?: readonly Source[];
}

export type Condition154A = 'return_filed' | 'withholding_statements' | 'sales_tax_returns' | 'no_foreign_tax_credit' | 'through_bank';

export interface TaxYearRules {
  taxYear: TaxYear;
  /** The law that set the year's rates. */
  financeAct: string;
  /** Non-salaried individuals and AOPs: business and freelance income. */
  normalSlabs: Rule<SlabTable>;
  /** Salaried individuals: applies when salary is more than `salariedShare` of taxable income. */
  salariedSlabs: Rule<SlabTable>;
  salariedShare: Rule<{ overBp: number }>;
  /** s.154A final tax on IT/ITeS export proceeds. */
  final154a: Rule<{ psebRateBp: number; otherRateBp: number }>;
  /** What makes the 154A deduction the final tax (s.154A(2)); `waivedForPseb`: not needed when PSEB-registered. */
  conditions154a: readonly { id: Condition154A; waivedForPseb: boolean; rule: Rule<true> }[];
  /** s.4AB surcharge on the tax of individuals above a taxable income. `applied`: whether the estimate adds it. */
  surcharge: Rule<{ overRupees: bigint; rateBp: number; applied: boolean }>;
  atl: {
    /** Persons not on the ATL pay the same 154A rate (no 100% increase since FA2022). */
    final154aNotDoubled: Rule<true>;
    /** s.231AB: a bank deducts this from a non-filer's cash withdrawals above `overRupees` in a day. */
    cashWithdrawal: Rule<{ overRupees: bigint; nonFilerRateBp: number }>;
    /** What a late filer pays to join the ATL. */
    lateFilingSurcharge: Rule<{ individualRupees: bigint }>;
  };
  /** The return for this tax year is due on this day of the calendar year the tax year ends in. */
  returnDeadline: Rule<{ month: number; day: number; oftenExtended: boolean }>;
  /** The purpose code a PRC carries for IT export proceeds. */
  itPurposeCode: Rule<string>;
}

const src = (title: string, url: string, date: string, confidence: Confidence): Source => ({ title, url, date, confidence });

// --- Sources, as the reference names them --------------------------------------------------------

// ref "Conventions": the July–June tax year and the Finance Act that sets each year.
const VIALTO = 'Vialto Partners, “Pakistan | Finance Bill 2025-26 summary”';
const VIALTO_URL = 'https://vialtopartners.com/regional-alerts/pakistan-employment-tax-finance-bill-2025-26-summary';

// ref §(a) "What the rule is": the text of s.154A (FA2022 wording, current text).
const S154A_TEXT = src('“Export of Services” (text of section 154A)', 'https://pakarbiter.com/laws-in-pakistan/income-tax-ordinance-2001/ito-section-154a/export-of-services', '2022', 'confirmed');
const S154A_BSCON = src('“Export of Services including IT Services section 154A”', 'https://www.thebscon.com/export-of-services-including-it-services-section-154a/', '2022', 'confirmed');
// ref §(a) "Rates": 0.25% PSEB / 1% others from 1 July 2022 (two firms agree).
const RATES_KK = src('“Taxation on IT export and services for tax year 2022-2023”', 'https://kkconsultant.net/taxation-on-it-export-and-services-for-tax-year-2022-2023', '2022-07-01', 'confirmed');
const RATES_URCA = src('“Taxation on IT sector in Pakistan”', 'https://urcapk.com/blogs/taxation-on-it-sector-in-pakistan/', '2022-07-01', 'confirmed');
// ref §(a) "Still in force for TY2025 / TY2026?": no source says the rates changed; as enacted by FA2025 unconfirmed.
const PASHA_2026 = src('“P@SHA wants 0.25% tax regime retained…”', 'https://pehel.com/en/article/psha-wants-025-tax-regime-retained-for-it-exporters-genuine-freelancers-m1jw7s', '2026', 'unconfirmed');
const PASHA_2025 = src('Business Recorder, “Budget to spell doom for Pakistan’s IT industry: P@SHA”', 'https://www.brecorder.com/news/40367273/budget-to-spell-doom-for-pakistans-it-industry-p-at-sha', '2025-06-12', 'unconfirmed');
// ref §(a) "Conditions": the PSEB proviso read as waiving the sales-tax-return condition: "our reading; unconfirmed".
const PROVISO = src('“Export of Services” (text of section 154A): the proviso for PSEB-registered exporters', 'https://pakarbiter.com/laws-in-pakistan/income-tax-ordinance-2001/ito-section-154a/export-of-services', '2022', 'unconfirmed');
const FORUM_GUIDE = src('“The Ultimate Guide for Freelancers 1/3 - Taxes”, r/FIREPakistan', 'https://reddit.wdas.io/r/FIREPakistan/comments/1idgfqk/the_ultimate_guide_for_freelancers_13_taxes', '2025-01-30', 'unconfirmed');
const TAXBEING = src('Forum Q&A on Wise PRCs', 'https://taxbeing.com/income-tax-on-export-of-it-services-in-pakistan', '2025', 'unconfirmed');
// ref §(a) "Non-filers (ATL)": sources disagree; FA2022 summaries: no doubling of 154A.
const FA2022_SUMMARY = src('“Export of Services of IT and IT Enabled”', 'https://taxsinfo.blogspot.com/2022/12/export-of-services-of-it-and-it-enabled.html', '2022-12', 'reported');
const OLD_CHART = src('Older tax-rate chart (154A rate doubled for persons not on the ATL)', 'https://issuhub.com/view/index?id=227010&pageIndex=684', 'undated', 'reported');
// ref §(b): the non-salaried slabs, the same table for TY2025 and TY2026.
const NORMAL_2025 = src('“Income Tax Rates for Non-Salaried Individuals & AOPs – Pakistan 2025”', 'https://tanweerhabib.com/income-tax-rates-non-salaried-individuals-aops-pakistan-2025/', '2024-07-01', 'confirmed');
// TY2026: one table, backed on its top rate by Vialto; one blog disagrees and is treated as wrong.
const NORMAL_2026 = src('“…tax law for freelancers…” (tax year 2025–26)', 'https://ihtishamlaw.devblinks.com/?p=934', '2025', 'reported');
const NORMAL_2026_DISSENT = src('A blog with a different 2025-26 table (treated as wrong: its bands do not add up)', 'https://devindjzg14090.blogminds.com/income-tax-slab-rates-2025-pakistan-complete-guide-for-salaried-and-non-salaried-individuals-35235265', '2025', 'unconfirmed');
// ref §(b) "Surcharge": s.4AB, 10% above Rs 10 million, TY2025; the TY2026 rate unconfirmed.
const SURCHARGE_2025 = src('“Major Income Tax Changes for Tax Year 2025 – Finance Act 2024 Highlights”', 'https://salarytaxcalculator.pk/?p=1457', '2024', 'confirmed');
const SURCHARGE_2026 = src('“Major Income Tax Changes for Tax Year 2025 – Finance Act 2024 Highlights” (the rate for tax year 2026 is unconfirmed)', 'https://salarytaxcalculator.pk/?p=1457', '2024', 'unconfirmed');
// ref §(b) "Salaried individuals": Vialto's "existing" (TY2025) and "proposed" columns; PulsePakistan the enacted 1%.
const SALARIED_2025 = src(`${VIALTO} (“existing” rates)`, VIALTO_URL, '2025-06-17', 'confirmed');
const SALARIED_2026 = src('PulsePakistan, “Pakistan unveils tax-free salaries up to Rs600,000 for 2025-26”', 'https://pulsepakistan.com.pk/pakistan-unveils-tax-free-salaries-up-to-rs600000-for-2025-26', '2025-06-26', 'reported');
const SALARIED_2026_VIALTO = src(`${VIALTO} (“proposed” rates)`, VIALTO_URL, '2025-06-17', 'reported');
const SALARIED_2026_DISSENT = src('“Income Tax Slabs – Salaried Individuals (FY 2025-26)” (5% second band; treated as wrong)', 'https://salarytax.site/tax-slabs-2025-2026', '2025', 'unconfirmed');
// ref §(b) heading: "applies when salary > 75% of taxable income"; the reference states it without
// its own source, so it is shown with the salaried slabs' summary and as reported.
const SALARIED_SHARE = src(`${VIALTO} (salaried slabs; the 75% test as our reference states it)`, VIALTO_URL, '2025-06-17', 'reported');
// ref §(c): return deadline 30 September, often extended (TY2022 practice).
const DEADLINE = src('“How to Create ATL Surcharge Payment Challan”', 'https://tax.net.pk/2023/03/06/how-to-create-atl-surcharge-payment-challan', '2023-03-06', 'reported');
// ref §(c) "Late filers": Rs 1,000 for individuals (FBR; another source says Rs 10,000: prefer FBR).
const LATE_FILERS = src('FBR, “Late return filers to be included in ATL after payment of surcharge”', 'https://www.fbr.gov.pk/pr/late-return-filers-to-be-included-in-atl-afte/152871/2021', '2021', 'reported');
// ref §(c) s.231AB: 0.6% from FA2023; 1% in the budget as presented for TY2026, enactment unconfirmed.
const CASH_06 = src('Profit, “FBR proposes higher withholding tax on non-filers’ bank withdrawals”', 'https://profit.pakistantoday.com.pk/2025/05/31/fbr-proposes-higher-withholding-tax-on-non-filers-bank-withdrawals', '2025-05-31', 'reported');
const CASH_1 = src('Dunya News, “Govt increases withholding tax on cash withdrawals by non-filers”', 'https://dunyanews.tv/en/Business/888636-govt-increases-withholding-tax-on-cash-withdrawals-by-nonfilers', '2025-06-10', 'unconfirmed');

/** The conditions of s.154A(2), the same in both years (ref §(a) "Conditions for the tax to be final"). */
const CONDITIONS_154A: TaxYearRules['conditions154a'] = [
  { id: 'return_filed', waivedForPseb: false, rule: { value: true, source: S154A_TEXT, also: [RATES_KK] } },
  { id: 'withholding_statements', waivedForPseb: false, rule: { value: true, source: S154A_TEXT } },
  // "if required by law"; waived for PSEB-registered exporters: our reading, unconfirmed.
  { id: 'sales_tax_returns', waivedForPseb: true, rule: { value: true, source: PROVISO, also: [FORUM_GUIDE] } },
  { id: 'no_foreign_tax_credit', waivedForPseb: false, rule: { value: true, source: S154A_TEXT } },
  // The bank (authorised dealer) deducts the tax when it realises the proceeds: the regime presupposes a bank.
  { id: 'through_bank', waivedForPseb: false, rule: { value: true, source: S154A_BSCON, also: [S154A_TEXT] } },
];

// ref §(b): one table for both years; the fixed amounts tie the bands together (rules.test.ts checks it).
const NORMAL_SLABS: SlabTable = [
  { over: 0n, base: 0n, rateBp: 0 },
  { over: 600_000n, base: 0n, rateBp: 1_500 },
  { over: 1_200_000n, base: 90_000n, rateBp: 2_000 },
  { over: 1_600_000n, base: 170_000n, rateBp: 3_000 },
  { over: 3_200_000n, base: 650_000n, rateBp: 4_000 },
  { over: 5_600_000n, base: 1_610_000n, rateBp: 4_500 },
];

const ATL_NOT_DOUBLED: Rule<true> = { value: true, source: FA2022_SUMMARY, also: [OLD_CHART] };
const LATE_FILING: Rule<{ individualRupees: bigint }> = { value: { individualRupees: 1_000n }, source: LATE_FILERS };
const RETURN_DEADLINE: Rule<{ month: number; day: number; oftenExtended: boolean }> = { value: { month: 9, day: 30, oftenExtended: true }, source: DEADLINE };
const PURPOSE_CODE: Rule<string> = { value: '9186', source: FORUM_GUIDE, also: [TAXBEING] };

export const TAX_RULES: readonly TaxYearRules[] = [
  {
    taxYear: 2025,
    financeAct: 'Finance Act 2024',
    normalSlabs: { value: NORMAL_SLABS, source: NORMAL_2025 },
    // ref §(b) salaried, TY2025 (FA2024) column.
    salariedSlabs: {
      value: [
        { over: 0n, base: 0n, rateBp: 0 },
        { over: 600_000n, base: 0n, rateBp: 500 },
        { over: 1_200_000n, base: 30_000n, rateBp: 1_500 },
        { over: 2_200_000n, base: 180_000n, rateBp: 2_500 },
        { over: 3_200_000n, base: 430_000n, rateBp: 3_000 },
        { over: 4_100_000n, base: 700_000n, rateBp: 3_500 },
      ],
      source: SALARIED_2025,
    },
    salariedShare: { value: { overBp: 7_500 }, source: SALARIED_SHARE },
    // No source says FA2024 changed the FA2022 rates: reported for TY2025.
    final154a: { value: { psebRateBp: 25, otherRateBp: 100 }, source: { ...RATES_KK, confidence: 'reported' }, also: [RATES_URCA, S154A_TEXT] },
    conditions154a: CONDITIONS_154A,
    surcharge: { value: { overRupees: 10_000_000n, rateBp: 1_000, applied: true }, source: SURCHARGE_2025 },
    atl: {
      final154aNotDoubled: ATL_NOT_DOUBLED,
      // From FA2023 (TY2024 on): 0.6%.
      cashWithdrawal: { value: { overRupees: 50_000n, nonFilerRateBp: 60 }, source: CASH_06 },
      lateFilingSurcharge: LATE_FILING,
    },
    returnDeadline: RETURN_DEADLINE,
    itPurposeCode: PURPOSE_CODE,
  },
  {
    taxYear: 2026,
    financeAct: 'Finance Act 2025',
    normalSlabs: { value: NORMAL_SLABS, source: NORMAL_2026, also: [src(`${VIALTO} (top rate stays 45%)`, VIALTO_URL, '2025-06-17', 'confirmed'), NORMAL_2026_DISSENT] },
    // ref §(b) salaried, TY2026 (FA2025) column: the enacted 1% second band as PulsePakistan reports it.
    salariedSlabs: {
      value: [
        { over: 0n, base: 0n, rateBp: 0 },
        { over: 600_000n, base: 0n, rateBp: 100 },
        { over: 1_200_000n, base: 6_000n, rateBp: 1_100 },
        { over: 2_200_000n, base: 116_000n, rateBp: 2_300 },
        { over: 3_200_000n, base: 346_000n, rateBp: 3_000 },
        { over: 4_100_000n, base: 616_000n, rateBp: 3_500 },
      ],
      source: SALARIED_2026,
      also: [SALARIED_2026_VIALTO, SALARIED_2026_DISSENT],
    },
    salariedShare: { value: { overBp: 7_500 }, source: SALARIED_SHARE },
    // "Status as enacted by FA2025: unconfirmed, but the regime appears to be in force in 2026."
    final154a: { value: { psebRateBp: 25, otherRateBp: 100 }, source: PASHA_2026, also: [PASHA_2025, RATES_KK, RATES_URCA, S154A_TEXT] },
    conditions154a: CONDITIONS_154A,
    // Unconfirmed for TY2026, and applied anyway: s.4AB is a section of the Ordinance, which no source
    // says was repealed, and leaving it out would make the estimate too low (docs/decisions/0052).
    surcharge: { value: { overRupees: 10_000_000n, rateBp: 1_000, applied: true }, source: SURCHARGE_2026 },
    atl: {
      final154aNotDoubled: ATL_NOT_DOUBLED,
      // Budget 2025-26 as presented: 1% (FBR had proposed 1.2%); the rate enacted: unconfirmed.
      cashWithdrawal: { value: { overRupees: 50_000n, nonFilerRateBp: 100 }, source: CASH_1, also: [CASH_06] },
      lateFilingSurcharge: LATE_FILING,
    },
    returnDeadline: RETURN_DEADLINE,
    itPurposeCode: PURPOSE_CODE,
  },
];

/** ref "Conventions": a tax year runs 1 July – 30 June and is named by the year it ends in. */
export const TAX_YEAR_SOURCE: Source = src(VIALTO, VIALTO_URL, '2025-06-17', 'confirmed');

/** The tax years the rules cover, oldest first. */
export const COVERED_TAX_YEARS: readonly TaxYear[] = TAX_RULES.map((r) => r.taxYear);
