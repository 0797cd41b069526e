import type { AuthorityInput, AuthorityView, Requirements } from '../../../common/contracts/directory';
import { DEFAULT_VISIBILITY, VISIBLE_FIELDS, type Channel, type Visibility, type VisibleField } from '../../../common/directory';
import { LOCALE_CODES, type Locale } from '../../../common/locales';

/** The edit form's state: lists as text (one item per line), everything a string or boolean. */
export interface AuthorityForm {
  stateCode: string;
  territory: string;
  originalName: string;
  originalLanguage: string;
  names: Record<Locale, string>;
  address: string;
  phones: string;
  emails: string;
  website: string;
  officeHours: string;
  timeZone: string;
  urgentContact: string;
  languagesAccepted: string;
  channels: Channel[];
  urgentProcedure: Record<Locale, string>;
  notes: Record<Locale, string>;
  requirements: Requirements;
  visibility: Record<VisibleField, Visibility>;
  lastVerifiedOn: string;
}

const emptyTexts = () => Object.fromEntries(LOCALE_CODES.map((l) => [l, ''])) as Record<Locale, string>;
const fill = (texts: Record<string, string> | undefined) => ({ ...emptyTexts(), ...(texts ?? {}) });

export const EMPTY_REQUIREMENTS: Requirements = {
  certification: null,
  apostille: null,
  signature: null,
  copies: null,
  translationOfAttachments: null,
  extraditionMinimumPenaltyMonths: null,
  dualCriminalityCoercive: null,
  dualCriminalityNonCoercive: null,
  extraditionTreatyRequired: null,
  uncacAsExtraditionBasis: null,
  provisionalArrestDays: null,
};

export function emptyForm(stateCode: string, today: string): AuthorityForm {
  return {
    stateCode,
    territory: '',
    originalName: '',
    originalLanguage: '',
    names: emptyTexts(),
    address: '',
    phones: '',
    emails: '',
    website: '',
    officeHours: '',
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    urgentContact: '',
    languagesAccepted: '',
    channels: ['central_authorities'],
    urgentProcedure: emptyTexts(),
    notes: emptyTexts(),
    requirements: EMPTY_REQUIREMENTS,
    visibility: { ...DEFAULT_VISIBILITY },
    lastVerifiedOn: today,
  };
}

/** The form for an existing entry (an editor sees every field). */
export function formFrom(view: AuthorityView): AuthorityForm {
  return {
    stateCode: view.stateCode,
    territory: view.territory ?? '',
    originalName: view.originalName,
    originalLanguage: view.originalLanguage,
    names: fill(view.names),
    address: view.address ?? '',
    phones: (view.phones ?? []).join('\n'),
    emails: (view.emails ?? []).join('\n'),
    website: view.website ?? '',
    officeHours: view.officeHours ?? '',
    timeZone: view.timeZone,
    urgentContact: view.urgentContact ?? '',
    languagesAccepted: (view.languagesAccepted ?? []).join(', '),
    channels: view.channels ?? [],
    urgentProcedure: fill(view.urgentProcedure),
    notes: fill(view.notes),
    requirements: view.requirements ?? EMPTY_REQUIREMENTS,
    visibility: Object.fromEntries(VISIBLE_FIELDS.map((f) => [f, view.visibility?.[f] ?? DEFAULT_VISIBILITY[f]])) as Record<VisibleField, Visibility>,
    lastVerifiedOn: view.lastVerifiedOn,
  };
}

const lines = (text: string) => text.split(/[\n;]/).map((s) => s.trim()).filter(Boolean);
const orNull = (text: string) => (text.trim() ? text.trim() : null);
const texts = (values: Record<Locale, string>) => Object.fromEntries(Object.entries(values).filter(([, v]) => v.trim()).map(([k, v]) => [k, v.trim()]));

/** What the API receives. */
export function toInput(form: AuthorityForm): AuthorityInput {
  return {
    stateCode: form.stateCode,
    territory: orNull(form.territory),
    originalName: form.originalName.trim(),
    originalLanguage: form.originalLanguage.trim().toLowerCase(),
    names: texts(form.names),
    address: orNull(form.address),
    phones: lines(form.phones),
    emails: lines(form.emails),
    website: orNull(form.website),
    officeHours: orNull(form.officeHours),
    timeZone: form.timeZone.trim(),
    urgentContact: orNull(form.urgentContact),
    languagesAccepted: form.languagesAccepted.split(/[\s,;]+/).map((s) => s.trim().toLowerCase()).filter(Boolean),
    channels: form.channels,
    urgentProcedure: texts(form.urgentProcedure),
    requirements: form.requirements,
    notes: texts(form.notes),
    visibility: form.visibility,
    lastVerifiedOn: form.lastVerifiedOn,
  };
}

/** Field name for an API path: "phones.1" is the phones field, "names.fr" the French name. */
export function formField(path: string): string {
  const [head, second] = path.split('.');
  if (head === 'names' || head === 'notes' || head === 'urgentProcedure') return `${head}.${second}`;
  if (head === 'requirements' || head === 'visibility') return `${head}.${second}`;
  return head!;
}
