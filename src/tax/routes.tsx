// /tax: the tax assistant. Everyone gets the what-if calculator (a GET form that works without
// JavaScript: the page re-renders with the result), the next deadline and the explanation; a
// signed-in freelancer also gets their own tax year from the ledger and their tax profile. Bad
// calculator input re-renders the form with its messages and a 400.
import { AppError } from '../platform/errors.ts';
import type { App } from '../platform/http.ts';
import { pageCtx, render } from '../platform/layout.tsx';
import type { Assessment } from './domain.ts';
import { calculatorDefaults, estimateTax, type MyTaxYear, myTaxYear, nextDeadline, viewableTaxYears } from './service.ts';
import { TaxPage } from './views.tsx';

/** What is shown back in a field after a refusal: enough to recognise, never a 10 KB echo. */
const ECHO = 100;

const isValidation = (e: unknown): e is AppError => e instanceof AppError && e.code === 'validation.failed';

export function mountTax(app: App): void {
  app.get('/tax', async (c) => {
    const deps = c.get('deps');
    const actor = c.get('actor');
    const now = deps.clock.now();
    let status = 200;

    let mine: MyTaxYear | null = null;
    let yearRefused = false;
    const yearParam = c.req.query('year') ?? null;
    if (actor?.isFreelancer) {
      const year = yearParam === null ? undefined : /^\d{4}$/.test(yearParam) ? Number(yearParam) : Number.NaN;
      try {
        mine = await myTaxYear(deps, actor, year);
      } catch (e) {
        if (!isValidation(e)) throw e;
        yearRefused = true;
        status = 400;
        mine = await myTaxYear(deps, actor);
      }
    }

    // The calculator: its form starts from the freelancer's own figures; any parameter given wins.
    const asked: Record<string, string> = {};
    const values = calculatorDefaults(now, mine);
    for (const name of Object.keys(values)) {
      const v = c.req.query(name);
      if (v === undefined) continue;
      asked[name] = v;
      values[name] = v.slice(0, ECHO);
    }
    let result: Assessment | null = null;
    let errors = {};
    if (asked.income !== undefined) {
      try {
        result = estimateTax({ ...calculatorDefaults(now, mine), ...asked });
      } catch (e) {
        if (!isValidation(e)) throw e;
        errors = e.fields;
        status = 400;
      }
    }

    const otherYears = mine ? viewableTaxYears(now).filter((y) => y !== mine.taxYear) : [];
    const page = (
      <TaxPage
        ctx={pageCtx(c)}
        mine={mine}
        otherYears={otherYears}
        yearRefused={yearRefused}
        deadline={nextDeadline(deps)}
        now={now}
        calc={{ state: { values, errors }, result }}
        yearParam={mine && !yearRefused ? yearParam : null}
      />
    );
    return render(c, page, status);
  });
}
