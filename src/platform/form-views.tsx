// Form building blocks: labelled fields that show the translated message for their field and keep
// what the person typed (never a password).
import type { Child } from 'hono/jsx';
import type { FieldErrors } from './errors.ts';
import type { FormValues } from './forms.ts';
import { CsrfField, type PageCtx } from './layout.tsx';

export interface FormState {
  values: FormValues;
  errors: FieldErrors;
  /** A message for the whole form (e.g. wrong password, rate limited), already translated. */
  message?: string | undefined;
}

export const emptyForm: FormState = { values: {}, errors: {} };

export function value(state: FormState, name: string): string {
  const v = state.values[name];
  return typeof v === 'string' ? v : '';
}

export function FieldError({ ctx, state, name }: { ctx: PageCtx; state: FormState; name: string }) {
  const e = state.errors[name];
  if (!e) return null;
  return (
    <p class="error" id={`${name}-error`}>
      {ctx.t(e.key, e.params)}
    </p>
  );
}

export function Field(props: {
  ctx: PageCtx;
  state: FormState;
  name: string;
  label: string;
  type?: string;
  hint?: string | undefined;
  autocomplete?: string;
  required?: boolean;
  maxlength?: number;
  keep?: boolean;
  dir?: 'auto' | 'ltr';
  inputmode?: 'decimal' | 'email' | 'none' | 'numeric' | 'search' | 'tel' | 'text' | 'url';
}) {
  const { ctx, state, name } = props;
  const error = state.errors[name];
  const describedBy = [props.hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <label for={name}>{props.label}</label>
      {props.hint ? (
        <span class="hint" id={`${name}-hint`}>
          {props.hint}
        </span>
      ) : null}
      <input
        id={name}
        name={name}
        type={props.type ?? 'text'}
        value={props.keep === false || props.type === 'password' ? '' : value(state, name)}
        autocomplete={props.autocomplete}
        required={props.required}
        maxlength={props.maxlength}
        dir={props.dir ?? 'auto'}
        inputmode={props.inputmode}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy}
      />
      <FieldError ctx={ctx} state={state} name={name} />
    </div>
  );
}

export function Form(props: { ctx: PageCtx; action: string; state?: FormState; children?: Child; class?: string }) {
  return (
    <form method="post" action={props.action} class={props.class ?? 'stack'} novalidate>
      <CsrfField ctx={props.ctx} />
      {props.state?.message ? (
        <p class="alert" role="alert">
          {props.state.message}
        </p>
      ) : Object.keys(props.state?.errors ?? {}).length > 0 ? (
        <p class="alert" role="alert">
          {props.ctx.t('errors.validation.failed')}
        </p>
      ) : null}
      {props.children}
    </form>
  );
}

export function TextArea(props: { ctx: PageCtx; state: FormState; name: string; label: string; hint?: string; maxlength: number; rows?: number }) {
  const { ctx, state, name: n } = props;
  const error = state.errors[n];
  const describedBy = [props.hint ? `${n}-hint` : '', error ? `${n}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <label for={n}>{props.label}</label>
      {props.hint ? (
        <span class="hint" id={`${n}-hint`}>
          {props.hint}
        </span>
      ) : null}
      <textarea id={n} name={n} rows={props.rows ?? 4} maxlength={props.maxlength} dir="auto" aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy}>
        {value(state, n)}
      </textarea>
      <FieldError ctx={ctx} state={state} name={n} />
    </div>
  );
}

export function Select(props: { ctx: PageCtx; state: FormState; name: string; label: string; options: { value: string; label: string }[]; fallback?: string }) {
  const { ctx, state, name: n } = props;
  const error = state.errors[n];
  const current = value(state, n) || props.fallback || '';
  return (
    <div class="field">
      <label for={n}>{props.label}</label>
      <select id={n} name={n} aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `${n}-error` : undefined}>
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === current}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError ctx={ctx} state={state} name={n} />
    </div>
  );
}

export function Radios(props: { ctx: PageCtx; state: FormState; name: string; legend: string; options: { value: string; label: string }[] }) {
  const { ctx, state, name: n } = props;
  const current = value(state, n);
  return (
    <fieldset id={n} aria-describedby={state.errors[n] ? `${n}-error` : undefined}>
      <legend>{props.legend}</legend>
      <FieldError ctx={ctx} state={state} name={n} />
      {props.options.map((o) => (
        <label class="choice">
          <input type="radio" name={n} value={o.value} checked={o.value === current} />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** One action as a one-button form (JavaScript off, CSRF included). */
/** One checkbox with its label, an optional hint and its error; checked when the form says 'on'. */
export function Checkbox({ ctx, state, name, label, hint }: { ctx: PageCtx; state: FormState; name: string; label: string; hint?: string }) {
  return (
    <div class="field">
      <label class="choice">
        <input type="checkbox" id={name} name={name} checked={value(state, name) === 'on'} aria-describedby={hint ? `${name}-hint` : undefined} />
        <span>{label}</span>
      </label>
      {hint ? (
        <span class="hint" id={`${name}-hint`}>
          {hint}
        </span>
      ) : null}
      <FieldError ctx={ctx} state={state} name={name} />
    </div>
  );
}

export function PostButton({ ctx, action, label, cls }: { ctx: PageCtx; action: string; label: string; cls?: string | undefined }) {
  return (
    <form method="post" action={action}>
      <CsrfField ctx={ctx} />
      <button type="submit" class={cls ?? 'secondary small'}>
        {label}
      </button>
    </form>
  );
}
