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
