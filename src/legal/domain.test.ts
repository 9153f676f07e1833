import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { translator } from '../platform/i18n.ts';
import { money } from '../platform/money.ts';
import { afterMessage, anonymise, type AnonTokens, BLANK, consentOffered, fillTemplate, sideOf, TEMPLATE_CLAUSES, TEMPLATE_KINDS, type TemplateSource, templateFacts, templateOfSlug, templateSlug } from './domain.ts';

const TOKENS: AnonTokens = { name: 'name', order: 'order', amount: 'amount', contact: 'contact', link: 'link' };
const IDS = { names: ['Emma Clarke', 'عائشہ صدیقی'], handles: ['emma-clarke', 'ayesha'], emails: ['emma@clarke.co.uk'], orderNumbers: ['1042'] };
const strip = (s: string) => s.replace(/[\u2066-\u2069]/g, '').replace(/[\u00a0\u202f]/g, ' ');

describe('who may read a question', () => {
  const q = { askerId: 'asker', advisorId: null, status: 'open' as const, category: 'contracts' as const };
  it('lets the asker and, while nobody took it, every advisor read it; nobody else', () => {
    expect(sideOf(q, { userId: 'asker', advisor: false })).toBe('asker');
    expect(sideOf(q, { userId: 'adv1', advisor: true })).toBe('advisor');
    expect(sideOf(q, { userId: 'other', advisor: false })).toBeNull();
  });
  it('keeps a taken question to its own advisor', () => {
    const taken = { ...q, advisorId: 'adv1', status: 'answered' as const };
    expect(sideOf(taken, { userId: 'adv1', advisor: true })).toBe('advisor');
    expect(sideOf(taken, { userId: 'adv2', advisor: true })).toBeNull();
  });
});

describe('the thread', () => {
  it('moves open → answered ↔ follow_up, and nothing goes into a closed question', () => {
    expect(afterMessage('open', 'asker')).toBe('open');
    expect(afterMessage('open', 'advisor')).toBe('answered');
    expect(afterMessage('answered', 'asker')).toBe('follow_up');
    expect(afterMessage('follow_up', 'asker')).toBe('follow_up');
    expect(afterMessage('follow_up', 'advisor')).toBe('answered');
    expect(afterMessage('closed', 'asker')).toBeNull();
    expect(afterMessage('closed', 'advisor')).toBeNull();
  });
  it('never offers a harassment question for the FAQ, and nothing before an answer', () => {
    expect(consentOffered({ category: 'harassment', answered: true })).toBe(false);
    expect(consentOffered({ category: 'unpaid_work', answered: false })).toBe(false);
    expect(consentOffered({ category: 'unpaid_work', answered: true })).toBe(true);
  });
});

describe('anonymise', () => {
  it('removes names (whole and in parts), handles, e-mails, phones, CNICs, links, order numbers and amounts', () => {
    const text =
      'Emma Clarke (@emma-clarke, emma@clarke.co.uk) has not paid order HNR-1042 of Rs 45,000 for 3 months. Clarke said $300 was too much; call me on 0300-1234567, CNIC 35202-1234567-1, see https://example.com/x. عائشہ نے 50 ہزار روپے مانگے۔ Order 1042 again, 2 lakh.';
    const out = anonymise(text, IDS, TOKENS);
    for (const gone of ['Emma', 'Clarke', 'emma-clarke', 'clarke.co.uk', 'HNR-1042', '1042', '45,000', '$300', '0300', '35202', 'example.com', 'عائشہ', '50 ہزار', '2 lakh']) expect(out, gone).not.toContain(gone);
    expect(out).toContain('[name] (@[name]'.replace('@[name]', '[name]'));
    expect(out).toContain('order [order] of [amount] for 3 months');
    expect(out).toContain('[contact]');
    expect(out).toContain('[link]');
  });

  it('keeps plain numbers (years, days) and words that merely contain a name', () => {
    const out = anonymise('In 2026 the client waited 30 days. Emmanuel is not Emma.', IDS, TOKENS);
    expect(out).toBe('In 2026 the client waited 30 days. Emmanuel is not [name].');
  });

  it('reads Urdu digits and currency words after the number', () => {
    const out = anonymise('کلائنٹ نے ۱۵۰۰۰ روپے اور 200 ڈالر نہیں دیے', IDS, TOKENS);
    expect(out).toBe('کلائنٹ نے [amount] اور [amount] نہیں دیے');
  });

  it('changes nothing more when run twice', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const once = anonymise(s, IDS, TOKENS);
        expect(anonymise(once, IDS, TOKENS)).toBe(once);
      }),
    );
  });

  it('never leaves an identifier it was given, wherever it is written', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.constantFrom('Emma Clarke', 'Clarke', 'emma@clarke.co.uk', 'HNR-1042', 'Rs 45,000', '$12.50'), fc.string({ maxLength: 40 }), (a, id, b) => {
        const out = anonymise(`${a} ${id} ${b}`, IDS, TOKENS);
        expect(out.toLowerCase()).not.toContain(id.toLowerCase());
      }),
    );
  });
});

describe('contract templates', () => {
  const en = translator('en');
  const ur = translator('ur');
  const order: TemplateSource = {
    orderNumber: 'HNR-1042',
    contractTitle: null,
    client: 'Emma Clarke',
    freelancer: 'عائشہ صدیقی',
    scope: 'Logo for Clarke & Sons (Standard)',
    price: money(1_500_000n, 'PKR'),
    hourly: null,
    fees: { clientFee: money(30_000n, 'PKR'), freelancerFee: money(75_000n, 'PKR') },
    start: new Date('2026-03-02T06:00:00Z'),
    due: new Date('2026-03-07T06:00:00Z'),
    deliveryDays: 5,
    revisions: 2,
    milestones: false,
  };

  it('fills every clause from the order: parties, work, price, both fees, what each side pays and receives, dates, revisions', () => {
    const facts = templateFacts(order, 'en', en, 'Asia/Karachi');
    const clauses = fillTemplate('service_agreement', facts, 'Hunar', en);
    expect(clauses.map((c) => c.id)).toEqual([...TEMPLATE_CLAUSES.service_agreement]);
    const text = strip(clauses.map((c) => `${c.text} ${c.plain}`).join('\n'));
    for (const want of ['Emma Clarke', 'عائشہ صدیقی', 'HNR-1042', 'Logo for Clarke & Sons (Standard)', 'Rs 15,000', 'Rs 300', 'Rs 750', 'Rs 15,300', 'Rs 14,250', '2 March 2026', '7 March 2026', '2 revisions', 'through Hunar']) {
      expect(text, want).toContain(want);
    }
    expect(text).not.toMatch(/[{}]/);
    // Every clause has a plain-language explanation.
    for (const c of clauses) expect(c.plain.length).toBeGreaterThan(20);
  });

  it('leaves lines to write on in a blank template, and no placeholder anywhere', () => {
    for (const kind of TEMPLATE_KINDS) {
      for (const t of [en, ur]) {
        const clauses = fillTemplate(kind, null, 'Hunar', t);
        const all = clauses.map((c) => `${c.title} ${c.text} ${c.plain}`).join('\n');
        expect(all, kind).not.toMatch(/[{}]|legal\.tpl/);
        expect(all).toContain(BLANK);
      }
    }
  });

  it('fills the Urdu template with the same facts, amounts kept whole', () => {
    const clauses = fillTemplate('work_for_hire', templateFacts(order, 'ur', ur, 'Asia/Karachi'), 'Hunar', ur);
    const text = strip(clauses.map((c) => c.text).join('\n'));
    expect(text).toContain('Rs 15,000');
    expect(text).toContain('عائشہ صدیقی');
    expect(text).toContain('کلائنٹ');
    expect(text).not.toMatch(/[{}]/);
  });

  it('words a fixed-price contract by its milestones and an hourly one by its rate', () => {
    const contract: TemplateSource = { ...order, orderNumber: null, contractTitle: 'Shopify store', due: null, deliveryDays: null, revisions: -1, milestones: true };
    const f = templateFacts(contract, 'en', en, 'Asia/Karachi');
    expect(strip(f.reference)).toBe('the contract “Shopify store”');
    expect(f.due).toBe('the dates agreed for each milestone on Hunar');
    expect(f.revisions).toBe('revisions until the client is satisfied with the milestone');
    const hourly = templateFacts({ ...contract, price: null, hourly: { rate: money(250_000n, 'PKR'), hours: 20 }, fees: null, milestones: false, revisions: null }, 'en', en, 'Asia/Karachi');
    expect(strip(hourly.price)).toBe('Rs 2,500 an hour, up to 20 hours a week');
    expect(hourly.clientFee).toBe('as shown on each milestone or week on Hunar');
  });

  it('names templates in addresses both ways', () => {
    for (const k of TEMPLATE_KINDS) expect(templateOfSlug(templateSlug(k))).toBe(k);
    expect(templateSlug('work_for_hire')).toBe('work-for-hire');
    expect(templateOfSlug('lease')).toBeNull();
  });
});
