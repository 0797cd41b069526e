import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';

interface FieldProps {
  /** The API field name; the input's id is `field-<name>` so error summaries can link to it. */
  name: string;
  label: string;
  hint?: string;
  error?: string;
}

function describedBy(name: string, hint?: string, error?: string): string | undefined {
  const ids = [hint && `field-${name}-hint`, error && `field-${name}-error`].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function FieldFrame({ name, label, hint, error, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={`field-${name}`}>{label}</label>
      {hint && <p className="field__hint" id={`field-${name}-hint`}>{hint}</p>}
      {children}
      {error && <p className="field__error" id={`field-${name}-error`}>{error}</p>}
    </div>
  );
}

/** A labelled input with its hint and error tied to it for screen readers. */
export function TextField({ name, label, hint, error, ...input }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error}>
      <input id={`field-${name}`} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(name, hint, error)} {...input} />
    </FieldFrame>
  );
}

/** A labelled select with its hint and error tied to it. */
export function SelectField({ name, label, hint, error, children, ...select }: FieldProps & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error}>
      <select id={`field-${name}`} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(name, hint, error)} {...select}>
        {children}
      </select>
    </FieldFrame>
  );
}
