// Job and proposal pages: thin handlers that reshape the form, call the service, and render or
// redirect. Field names are the input's paths, so validation messages land on their field.
import { isSaved } from '../favourites/service.ts';
import { feePolicy } from '../fees/service.ts';
import { AppError, type FieldErrors } from '../platform/errors.ts';
import { emptyForm, type FormState } from '../platform/form-views.tsx';
import { type FormValues, fieldErrors, handleForm, readFile, readForm } from '../platform/forms.ts';
import { acceptUploads, type App, type Ctx, flash } from '../platform/http.ts';
import { pageCtx, render } from '../platform/layout.tsx';
import { type Currency, isCurrency, type Money, parseMoneyInput, toInputString } from '../platform/money.ts';
import { asciiDigits } from '../platform/text.ts';
import { listCategories, listSkills } from '../taxonomy/service.ts';
import { type JobKind, jobInput, proposalInput, proposalMoneyInput, proposalProblems } from './domain.ts';
import * as attachments from './attachments.ts';
import * as jobs from './service.ts';
import { EditProposalPage, HirePage, JobFormPage, JobPage, MILESTONE_ROWS, MyJobsPage, MyProposalsPage, OpenJobsPage, type ProposalPreview } from './views.tsx';

const str = (v: FormValues, k: string): string => {
  const x = v[k];
  return typeof x === 'string' ? x : Array.isArray(x) ? (x[0] ?? '') : '';
};

/** A typed whole number, or the text itself so validation names it as invalid. */
function num(text: string): number | string | null {
  const s = asciiDigits(text).trim();
  if (s === '') return null;
  return /^-?[0-9]{1,6}$/.test(s) ? Number(s) : s;
}

/** Reads typed amounts ("15,000", "۱۵۰۰۰") in `currency`; unreadable ones become field errors. */
function moneyReader(currency: Currency | null, currencyText: string) {
  const errors: FieldErrors = {};
  const read = (field: string, text: string) => {
    const s = text.trim();
    if (s === '') return null;
    if (!currency) return { amount: '1', currency: currencyText };
    const r = parseMoneyInput(s, currency);
    if (r.ok) return { amount: r.value.amount.toString(), currency };
    errors[field] = { key: r.key, ...(r.params ? { params: r.params } : {}) };
    return null;
  };
  return { read, errors };
}

/** Money errors reported together with the schema's other messages. */
function throwWith(schema: typeof jobInput | typeof proposalInput, input: unknown, moneyErrors: FieldErrors): void {
  if (!Object.keys(moneyErrors).length) return;
  const r = schema.safeParse(input, { reportInput: true });
  const fields = r.success ? {} : fieldErrors(r.error);
  for (const k of Object.keys(moneyErrors)) delete fields[k];
  throw new AppError('validation.failed', {}, { ...fields, ...moneyErrors });
}

/** Nested paths (budget.amount, milestones.0.amount.amount, skills.2) onto their form field. */
function formErrors(errors: FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const [k, e] of Object.entries(errors)) {
    const field = k
      .replace(/^(budget|rate_min|rate_max|amount)\..*$/, '$1')
      .replace(/^(milestones\.\d+\.amount)\..*$/, '$1')
      .replace(/^skills\.\d+$/, 'skills');
    out[field] ??= e;
  }
  return out;
}

export function jobFormToInput(v: FormValues): Record<string, unknown> {
  const currencyText = str(v, 'currency') || 'PKR';
  const m = moneyReader(isCurrency(currencyText) ? currencyText : null, currencyText);
  const kind = str(v, 'kind');
  const category = str(v, 'category_slug');
  const skills = v.skills === undefined ? [] : Array.isArray(v.skills) ? v.skills : [v.skills];
  const input = {
    title: str(v, 'title'),
    description: str(v, 'description'),
    category_slug: category === '' ? null : category,
    skills,
    kind: kind === '' ? undefined : kind,
    currency: currencyText,
    budget: kind === 'fixed' ? m.read('budget', str(v, 'budget')) : null,
    rate_min: kind === 'hourly' ? m.read('rate_min', str(v, 'rate_min')) : null,
    rate_max: kind === 'hourly' ? m.read('rate_max', str(v, 'rate_max')) : null,
    weekly_hours: kind === 'hourly' ? num(str(v, 'weekly_hours')) : null,
    duration: str(v, 'duration') || undefined,
    experience: str(v, 'experience') || undefined,
    visibility: str(v, 'visibility') || 'public',
  };
  throwWith(jobInput, input, m.errors);
  return input;
}

export function proposalFormToInput(v: FormValues, currency: Currency): Record<string, unknown> {
  const m = moneyReader(currency, currency);
  const milestones = Array.from({ length: MILESTONE_ROWS }, (_, i) => ({ i, title: str(v, `milestones.${i}.title`), amount: str(v, `milestones.${i}.amount`) }))
    .filter((r) => r.title.trim() !== '' || r.amount.trim() !== '')
    .map((r, j) => ({ title: r.title, amount: m.read(`milestones.${j}.amount`, r.amount) }));
  const input = { cover_letter: str(v, 'cover_letter'), amount: m.read('amount', str(v, 'amount')), delivery_days: num(str(v, 'delivery_days')), milestones };
  throwWith(proposalInput, input, m.errors);
  return input;
}

const money = (m: Money | null) => (m ? toInputString(m) : '');

/**
 * The proposal form's Preview button (it works without JavaScript): the form read exactly as on
 * submit, the fee breakdown of its amount, and the messages of the money fields (a price that cannot
 * be read, a plan that does not add up to it). Nothing is saved.
 */
function previewProposal(values: FormValues, job: { currency: Currency; kind: JobKind }): { state: FormState; preview: ProposalPreview } {
  let errors: FieldErrors = {};
  let price: Money | null = null;
  try {
    const raw = proposalFormToInput(values, job.currency);
    const read = raw.amount as { amount: string } | null;
    if (read && BigInt(read.amount) > 0n) price = { amount: BigInt(read.amount), currency: job.currency };
    const parsed = proposalMoneyInput.safeParse(raw, { reportInput: true });
    errors = parsed.success ? proposalProblems(parsed.data, job) : fieldErrors(parsed.error);
  } catch (e) {
    if (!(e instanceof AppError) || e.code !== 'validation.failed') throw e;
    errors = e.fields;
  }
  const moneyErrors = Object.fromEntries(Object.entries(formErrors(errors)).filter(([k]) => k === 'amount' || k.startsWith('milestones')));
  return { state: { values, errors: moneyErrors }, preview: { price: moneyErrors.amount ? null : price, shown: true } };
}

/** What a form sent back after a refusal shows beside its amount: the breakdown, when the amount reads. */
function previewOf(values: FormValues, currency: Currency): ProposalPreview {
  const typed = str(values, 'amount').trim();
  const r = typed ? parseMoneyInput(typed, currency) : null;
  return { price: r?.ok && r.value.amount > 0n ? r.value : null, shown: false };
}

const previewing = (v: FormValues) => str(v, 'preview') !== '';

function jobToForm(j: jobs.JobView): FormValues {
  return {
    title: j.title,
    description: j.description,
    category_slug: j.category?.slug ?? '',
    skills: j.skills.map((s) => s.slug),
    kind: j.kind,
    currency: j.currency,
    budget: money(j.budget),
    rate_min: money(j.rateMin),
    rate_max: money(j.rateMax),
    weekly_hours: j.weeklyHours === null ? '' : String(j.weeklyHours),
    duration: j.duration,
    experience: j.experience,
    visibility: j.visibility,
  };
}

function proposalToForm(p: jobs.ProposalView): FormValues {
  const v: FormValues = { cover_letter: p.coverLetter, amount: toInputString(p.amount), delivery_days: String(p.deliveryDays) };
  p.milestones.forEach((m, i) => {
    v[`milestones.${i}.title`] = m.title;
    v[`milestones.${i}.amount`] = toInputString(m.amount);
  });
  return v;
}

/** A form state after a refused use case: field messages, or the error's own translated message. */
function failed(c: Ctx, e: unknown, values: FormValues): { state: FormState; status: number } {
  if (!(e instanceof AppError) || e.code === 'not_found' || e.code === 'auth.required') throw e;
  if (e.code === 'validation.failed') return { state: { values, errors: formErrors(e.fields) }, status: e.status };
  return { state: { values, errors: {}, message: c.get('t')(`errors.${e.code}`, e.params) }, status: e.status };
}

const toLogIn = (c: Ctx) => c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`, 303);

async function jobForm(c: Ctx, state: FormState, jobId: string | null, status = 200) {
  const db = c.get('deps').db;
  const [categories, skills] = await Promise.all([listCategories(db), listSkills(db)]);
  return render(c, <JobFormPage ctx={pageCtx(c)} state={state} categories={categories} skills={skills} jobId={jobId} />, status);
}

async function jobPage(c: Ctx, id: string, forms: { proposal?: FormState; preview?: ProposalPreview; invite?: FormState; attachment?: FormState } = {}, status = 200) {
  const deps = c.get('deps');
  const actor = c.get('actor');
  const job = await jobs.getJob(deps, actor, id);
  const owner = actor?.userId === job.client.id;
  const proposals = owner ? await jobs.listProposalsForJob(deps, actor, job.id) : null;
  const invites = owner ? await jobs.listInvites(deps, actor, job.id) : null;
  const mine = owner ? null : await jobs.myProposalFor(deps, actor, job.id);
  const saved = await isSaved(deps, actor, 'job', job.id);
  const files = await attachments.listJobAttachments(deps, actor, job.id);
  return render(
    c,
    <JobPage
      ctx={pageCtx(c)}
      job={job}
      proposals={proposals}
      invites={invites}
      mine={mine}
      proposalForm={forms.proposal ?? emptyForm}
      proposalPreview={forms.preview}
      inviteForm={forms.invite ?? emptyForm}
      saved={saved}
      fees={feePolicy(deps)}
      attachments={files}
      attachmentForm={forms.attachment}
    />,
    status,
  );
}

export function mountJobs(app: App): void {
  app.get('/jobs', async (c) => {
    const page = await jobs.listOpenJobs(c.get('deps'), { cursor: c.req.query('cursor') });
    return render(c, <OpenJobsPage ctx={pageCtx(c)} jobs={page.jobs} nextCursor={page.nextCursor} />);
  });

  app.get('/jobs/new', async (c) => {
    const actor = c.get('actor');
    if (!actor) return toLogIn(c);
    if (!actor.isClient) throw new AppError('job.clients_only');
    return jobForm(c, { values: { kind: 'fixed', currency: 'PKR', duration: '1_4_weeks', experience: 'intermediate', visibility: 'public' }, errors: {} }, null);
  });

  app.get('/jobs/mine', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    return render(c, <MyJobsPage ctx={pageCtx(c)} jobs={await jobs.listMyJobs(c.get('deps'), c.get('actor'))} />);
  });

  app.post('/jobs', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const values = await readForm(c);
    let id: string;
    try {
      ({ id } = await jobs.postJob(c.get('deps'), c.get('actor'), jobFormToInput(values)));
    } catch (e) {
      const f = failed(c, e, values);
      return jobForm(c, f.state, null, f.status);
    }
    flash(c, 'jobs.flash.posted');
    return c.redirect(`/jobs/${id}`, 303);
  });

  app.get('/jobs/:id/edit', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const job = await jobs.getOwnJob(c.get('deps'), c.get('actor'), c.req.param('id'));
    if (job.status !== 'open') throw new AppError('job.status_conflict');
    return jobForm(c, { values: jobToForm(job), errors: {} }, job.id);
  });

  app.post('/jobs/:id/edit', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const values = await readForm(c);
    const id = c.req.param('id');
    try {
      await jobs.updateJob(c.get('deps'), c.get('actor'), id, jobFormToInput(values));
    } catch (e) {
      await jobs.getOwnJob(c.get('deps'), c.get('actor'), id);
      const f = failed(c, e, values);
      return jobForm(c, f.state, id, f.status);
    }
    flash(c, 'jobs.flash.updated');
    return c.redirect(`/jobs/${id}`, 303);
  });

  for (const [action, run, key] of [
    ['close', jobs.closeJob, 'jobs.flash.closed'],
    ['reopen', jobs.reopenJob, 'jobs.flash.reopened'],
  ] as const) {
    app.post(`/jobs/:id/${action}`, async (c) => {
      if (!c.get('actor')) return toLogIn(c);
      const { id } = await run(c.get('deps'), c.get('actor'), c.req.param('id'));
      flash(c, key);
      return c.redirect(`/jobs/${id}`, 303);
    });
  }

  app.post('/jobs/:id/invites', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const values = await readForm(c);
    const id = c.req.param('id');
    try {
      await jobs.inviteFreelancer(c.get('deps'), c.get('actor'), id, { handle: str(values, 'handle') });
    } catch (e) {
      const f = failed(c, e, values);
      return jobPage(c, id, { invite: f.state }, f.status);
    }
    flash(c, 'jobs.flash.invited');
    return c.redirect(`/jobs/${id}`, 303);
  });

  app.post('/jobs/:id/invites/:handle/remove', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const id = c.req.param('id');
    await jobs.removeInvite(c.get('deps'), c.get('actor'), id, c.req.param('handle'));
    flash(c, 'jobs.flash.invite_removed');
    return c.redirect(`/jobs/${id}`, 303);
  });

  app.get('/jobs/:id', (c) => jobPage(c, c.req.param('id')));

  // Attachments (src/jobs/attachments.ts), on the job's page.
  acceptUploads(app, '/jobs/:id/attachments');
  app.post('/jobs/:id/attachments', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const id = c.req.param('id');
    return handleForm(
      c,
      async () => {
        await attachments.addJobAttachment(c.get('deps'), c.get('actor'), id, await readFile(c, 'file'));
        flash(c, 'media.flash.attachment_added');
        return c.redirect(`/jobs/${id}`, 303);
      },
      async (form, status) => {
        if (status === 404) throw new AppError('not_found');
        return jobPage(c, id, { attachment: form }, status);
      },
    );
  });

  app.post('/jobs/:id/attachments/:key/delete', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const id = c.req.param('id');
    await attachments.removeJobAttachment(c.get('deps'), c.get('actor'), id, c.req.param('key'));
    flash(c, 'media.flash.attachment_removed');
    return c.redirect(`/jobs/${id}`, 303);
  });

  app.post('/jobs/:id/proposals', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const values = await readForm(c);
    const id = c.req.param('id');
    const job = await jobs.getJob(c.get('deps'), c.get('actor'), id);
    if (previewing(values)) {
      const p = previewProposal(values, job);
      return jobPage(c, id, { proposal: p.state, preview: p.preview });
    }
    try {
      await jobs.submitProposal(c.get('deps'), c.get('actor'), job.id, proposalFormToInput(values, job.currency));
    } catch (e) {
      const f = failed(c, e, values);
      return jobPage(c, id, { proposal: f.state, preview: previewOf(values, job.currency) }, f.status);
    }
    flash(c, 'proposals.flash.submitted');
    return c.redirect(`/jobs/${id}`, 303);
  });

  app.get('/proposals', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const [proposals, invites] = await Promise.all([jobs.listMyProposals(c.get('deps'), c.get('actor')), jobs.listMyInvites(c.get('deps'), c.get('actor'))]);
    return render(c, <MyProposalsPage ctx={pageCtx(c)} proposals={proposals} invites={invites} />);
  });

  /** The actor's own proposal (the client of the job gets not_found here too). */
  async function ownProposal(c: Ctx, id: string) {
    const p = await jobs.getProposal(c.get('deps'), c.get('actor'), id);
    if (p.freelancer.id !== c.get('actor')?.userId) throw new AppError('not_found');
    return p;
  }

  app.get('/proposals/:id/edit', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const p = await ownProposal(c, c.req.param('id'));
    return render(c, <EditProposalPage ctx={pageCtx(c)} p={p} state={{ values: proposalToForm(p), errors: {} }} preview={{ price: p.amount, shown: false }} fees={feePolicy(c.get('deps'))} />);
  });

  app.post('/proposals/:id/edit', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const values = await readForm(c);
    const p = await ownProposal(c, c.req.param('id'));
    const fees = feePolicy(c.get('deps'));
    if (previewing(values)) {
      const r = previewProposal(values, { currency: p.amount.currency, kind: p.jobKind });
      return render(c, <EditProposalPage ctx={pageCtx(c)} p={p} state={r.state} preview={r.preview} fees={fees} />);
    }
    try {
      await jobs.editProposal(c.get('deps'), c.get('actor'), p.id, proposalFormToInput(values, p.amount.currency));
    } catch (e) {
      const f = failed(c, e, values);
      return render(c, <EditProposalPage ctx={pageCtx(c)} p={p} state={f.state} preview={previewOf(values, p.amount.currency)} fees={fees} />, f.status);
    }
    flash(c, 'proposals.flash.edited');
    return c.redirect('/proposals', 303);
  });

  app.post('/proposals/:id/withdraw', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    await jobs.withdrawProposal(c.get('deps'), c.get('actor'), c.req.param('id'));
    flash(c, 'proposals.flash.withdrawn');
    return c.redirect('/proposals', 303);
  });

  for (const [action, key] of [
    ['shortlist', 'proposals.flash.shortlisted'],
    ['decline', 'proposals.flash.declined'],
  ] as const) {
    app.post(`/proposals/:id/${action}`, async (c) => {
      if (!c.get('actor')) return toLogIn(c);
      const values = action === 'decline' ? await readForm(c) : {};
      const deps = c.get('deps');
      const id = c.req.param('id');
      const p = action === 'decline' ? await jobs.declineProposal(deps, c.get('actor'), id, { reason: str(values, 'reason') }) : await jobs.shortlistProposal(deps, c.get('actor'), id);
      flash(c, key);
      return c.redirect(`/jobs/${p.jobId}`, 303);
    });
  }

  // Hiring is confirmed on its own page: the contract it starts, then the contract page.
  app.get('/proposals/:id/hire', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const deps = c.get('deps');
    const p = await jobs.getProposal(deps, c.get('actor'), c.req.param('id'));
    // Back (or reloaded) after hiring: the contract is where the client goes next.
    if (p.status === 'hired' && p.contractId) return c.redirect(`/contracts/${p.contractId}`, 303);
    const preview = await jobs.previewHire(deps, c.get('actor'), p.id);
    return render(c, <HirePage ctx={pageCtx(c)} h={preview} fees={feePolicy(deps)} />);
  });

  app.post('/proposals/:id/hire', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const p = await jobs.hireProposal(c.get('deps'), c.get('actor'), c.req.param('id'));
    flash(c, p.jobKind === 'hourly' ? 'proposals.flash.hired_hourly' : 'proposals.flash.hired');
    return c.redirect(p.contractId ? `/contracts/${p.contractId}` : `/jobs/${p.jobId}`, 303);
  });
}
