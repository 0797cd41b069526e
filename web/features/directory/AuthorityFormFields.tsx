import { FormattedMessage, useIntl } from 'react-intl';
import type { Requirements } from '../../../common/contracts/directory';
import { CHANNELS, DUAL_CRIMINALITY_POLICIES, VISIBLE_FIELDS, type Visibility, type VisibleField } from '../../../common/directory';
import { LOCALES } from '../../../common/locales';
import { SelectField, TextField } from '../../components/Field';
import { useSession } from '../../api/session';
import type { AuthorityForm } from './authority-form';
import { StateOptions } from '../states/StateOptions';

interface Props {
  form: AuthorityForm;
  setForm: (form: AuthorityForm) => void;
  errors: Record<string, string>;
  isNew: boolean;
}

const TIME_ZONES = Intl.supportedValuesOf('timeZone');

/** Every field of an entry, grouped as a practitioner reads them. */
export function AuthorityFormFields({ form, setForm, errors, isNew }: Props) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const set = <K extends keyof AuthorityForm>(key: K, value: AuthorityForm[K]) => setForm({ ...form, [key]: value });
  const text = (name: keyof AuthorityForm, label: string, extra: { hint?: string; dir?: 'ltr'; type?: string; list?: string } = {}) => (
    <TextField name={name} label={label} hint={extra.hint} error={errors[name]} dir={extra.dir} type={extra.type} list={extra.list} value={form[name] as string} onChange={(e) => set(name, e.target.value as never)} />
  );
  const area = (name: keyof AuthorityForm, label: string, hint?: string) => (
    <div className={`field${errors[name] ? ' field--invalid' : ''}`}>
      <label htmlFor={`field-${name}`}>{label}</label>
      {hint && <p className="field__hint" id={`field-${name}-hint`}>{hint}</p>}
      <textarea id={`field-${name}`} rows={3} value={form[name] as string} aria-invalid={errors[name] ? true : undefined} aria-describedby={[hint && `field-${name}-hint`, errors[name] && `field-${name}-error`].filter(Boolean).join(' ') || undefined} onChange={(e) => set(name, e.target.value as never)} />
      {errors[name] && <p className="field__error" id={`field-${name}-error`}>{errors[name]}</p>}
    </div>
  );
  return (
    <>
      <fieldset>
        <legend><FormattedMessage id="authorityForm.identity" /></legend>
        {isNew && <StateChoice form={form} set={set} error={errors.stateCode} />}
        {text('originalName', t('authorityForm.originalName'))}
        {text('originalLanguage', t('authorityForm.originalLanguage'), { hint: t('authorityForm.languageCodeHint'), dir: 'ltr' })}
        {text('territory', t('authorityForm.territory'), { hint: t('authorityForm.territoryHint') })}
      </fieldset>
      <fieldset>
        <legend><FormattedMessage id="authorityForm.names" /></legend>
        <div className="form-grid">
          {LOCALES.map((l) => (
            <TextField key={l.code} name={`names.${l.code}`} label={l.nativeName} lang={l.code} dir={l.dir} error={errors[`names.${l.code}`]} value={form.names[l.code]} onChange={(e) => set('names', { ...form.names, [l.code]: e.target.value })} />
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend><FormattedMessage id="authority.contactTitle" /></legend>
        {area('address', t('authority.address'))}
        {area('phones', t('authority.phones'), t('authorityForm.phonesHint'))}
        {area('emails', t('authority.emails'), t('authorityForm.oneByLine'))}
        {text('website', t('authority.website'), { dir: 'ltr', type: 'url' })}
        {text('officeHours', t('authority.officeHours'), { hint: t('authorityForm.officeHoursHint') })}
        {text('timeZone', t('authorityForm.timeZone'), { hint: t('authorityForm.timeZoneHint'), dir: 'ltr', list: 'time-zones' })}
        <datalist id="time-zones">{TIME_ZONES.map((z) => <option key={z} value={z} />)}</datalist>
        {text('urgentContact', t('authority.urgentContact'), { hint: t('authorityForm.urgentContactHint') })}
      </fieldset>
      <fieldset>
        <legend><FormattedMessage id="authority.requestsTitle" /></legend>
        {text('languagesAccepted', t('authority.languagesAccepted'), { hint: t('authorityForm.languagesHint'), dir: 'ltr' })}
        <fieldset className="checkbox-group" aria-describedby={errors.channels ? 'field-channels-error' : undefined}>
          <legend><FormattedMessage id="authority.channels" /></legend>
          {CHANNELS.map((c) => (
            <div key={c} className="field--checkbox">
              <input
                id={`channel-${c}`}
                type="checkbox"
                checked={form.channels.includes(c)}
                onChange={(e) => set('channels', e.target.checked ? [...form.channels, c] : form.channels.filter((x) => x !== c))}
              />
              <label htmlFor={`channel-${c}`}>{t(`channel.${c}`)}</label>
            </div>
          ))}
          {errors.channels && <p className="field__error" id="field-channels-error">{errors.channels}</p>}
        </fieldset>
        <PerLanguage label={t('authority.urgentProcedure')} values={form.urgentProcedure} onChange={(v) => set('urgentProcedure', v)} name="urgentProcedure" errors={errors} />
      </fieldset>
      <RequirementsFields value={form.requirements} onChange={(r) => set('requirements', r)} errors={errors} />
      <fieldset>
        <legend><FormattedMessage id="authority.notes" /></legend>
        <PerLanguage label={t('authority.notes')} values={form.notes} onChange={(v) => set('notes', v)} name="notes" errors={errors} />
      </fieldset>
      <fieldset>
        <legend><FormattedMessage id="authorityForm.visibility" /></legend>
        <p className="field__hint"><FormattedMessage id="authorityForm.visibilityHint" /></p>
        <div className="form-grid">
          {VISIBLE_FIELDS.map((f) => (
            <SelectField key={f} name={`visibility.${f}`} label={t(`visibleField.${f}`)} value={form.visibility[f]} onChange={(e) => set('visibility', { ...form.visibility, [f]: e.target.value as Visibility } as Record<VisibleField, Visibility>)}>
              <option value="public">{t('visibility.public')}</option>
              <option value="practitioners">{t('visibility.practitioners')}</option>
            </SelectField>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend><FormattedMessage id="authority.lastVerified" /></legend>
        {text('lastVerifiedOn', t('authorityForm.lastVerifiedOn'), { type: 'date', hint: t('authorityForm.lastVerifiedHint') })}
        <button id="verified-today" type="button" className="button button--secondary" onClick={() => set('lastVerifiedOn', new Date().toISOString().slice(0, 10))}>
          <FormattedMessage id="authorityForm.verifiedToday" />
        </button>
      </fieldset>
    </>
  );
}

function StateChoice({ form, set, error }: { form: AuthorityForm; set: (k: 'stateCode', v: string) => void; error?: string }) {
  const intl = useIntl();
  const session = useSession();
  const own = session.data?.user?.organization.stateCode;
  return (
    <SelectField name="stateCode" label={intl.formatMessage({ id: 'directory.state' })} error={error} value={form.stateCode} onChange={(e) => set('stateCode', e.target.value)}>
      <option value="">{intl.formatMessage({ id: 'organizations.chooseState' })}</option>
      <StateOptions only={own} />
    </SelectField>
  );
}

function PerLanguage(props: { label: string; name: string; values: AuthorityForm['notes']; onChange: (v: AuthorityForm['notes']) => void; errors: Record<string, string> }) {
  return (
    <div className="form-grid">
      {LOCALES.map((l) => {
        const id = `field-${props.name}.${l.code}`;
        const error = props.errors[`${props.name}.${l.code}`];
        return (
          <div key={l.code} className="field">
            <label htmlFor={id}>{props.label} — {l.nativeName}</label>
            <textarea id={id} rows={2} lang={l.code} dir={l.dir} value={props.values[l.code]} aria-invalid={error ? true : undefined} onChange={(e) => props.onChange({ ...props.values, [l.code]: e.target.value })} />
            {error && <p className="field__error">{error}</p>}
          </div>
        );
      })}
    </div>
  );
}

const BOOLEANS = ['certification', 'apostille', 'signature', 'translationOfAttachments', 'extraditionTreatyRequired', 'uncacAsExtraditionBasis'] as const;
const NUMBERS = ['copies', 'extraditionMinimumPenaltyMonths', 'provisionalArrestDays'] as const;
const POLICIES = ['dualCriminalityCoercive', 'dualCriminalityNonCoercive'] as const;

function RequirementsFields({ value, onChange, errors }: { value: Requirements; onChange: (r: Requirements) => void; errors: Record<string, string> }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  return (
    <fieldset>
      <legend><FormattedMessage id="authority.requirements" /></legend>
      <p className="field__hint"><FormattedMessage id="authorityForm.requirementsHint" /></p>
      <div className="form-grid">
        {BOOLEANS.map((k) => (
          <SelectField key={k} name={`requirements.${k}`} label={t(`requirement.${k}`)} error={errors[`requirements.${k}`]} value={value[k] === null ? '' : String(value[k])} onChange={(e) => onChange({ ...value, [k]: e.target.value === '' ? null : e.target.value === 'true' })}>
            <option value="">{t('directory.notDeclared')}</option>
            <option value="true">{t('common.yes')}</option>
            <option value="false">{t('common.no')}</option>
          </SelectField>
        ))}
        {POLICIES.map((k) => (
          <SelectField key={k} name={`requirements.${k}`} label={t(`requirement.${k}`)} error={errors[`requirements.${k}`]} value={value[k] ?? ''} onChange={(e) => onChange({ ...value, [k]: (e.target.value || null) as Requirements[typeof k] })}>
            <option value="">{t('directory.notDeclared')}</option>
            {DUAL_CRIMINALITY_POLICIES.map((p) => <option key={p} value={p}>{t(`dualCriminality.${p}`)}</option>)}
          </SelectField>
        ))}
        {NUMBERS.map((k) => (
          <TextField key={k} name={`requirements.${k}`} type="number" min={0} label={t(`requirement.${k}`)} error={errors[`requirements.${k}`]} value={value[k] === null ? '' : String(value[k])} onChange={(e) => onChange({ ...value, [k]: e.target.value === '' ? null : Number(e.target.value) })} />
        ))}
      </div>
    </fieldset>
  );
}
