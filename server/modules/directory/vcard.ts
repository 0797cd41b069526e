import type { AuthorityView } from '../../../common/contracts/directory';

/** Escapes a vCard text value (RFC 6350 §3.4). */
function esc(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/,/g, '\\,').replace(/;/g, '\\;');
}

/** A vCard 4.0 for one entry, with only the fields the reader may see. */
export function toVcard(view: AuthorityView): string {
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', 'KIND:org', `FN:${esc(view.name)}`, `ORG:${esc(view.originalName)}`];
  if (view.name !== view.originalName) lines.push(`NICKNAME:${esc(view.name)}`);
  if (view.address) lines.push(`ADR;TYPE=work;LABEL="${esc(view.address).replace(/"/g, "'")}":;;${esc(view.address)};;;;${esc(view.stateName)}`);
  for (const phone of view.phones ?? []) lines.push(`TEL;TYPE=work,voice;VALUE=uri:tel:${phone.replace(/[^+\d]/g, '')}`);
  if (view.urgentContact) lines.push(`NOTE:${esc(`24/7: ${view.urgentContact}`)}`);
  for (const email of view.emails ?? []) lines.push(`EMAIL;TYPE=work:${email}`);
  if (view.website) lines.push(`URL:${view.website}`);
  lines.push(`TZ:${view.timeZone}`);
  if (view.languagesAccepted?.length) view.languagesAccepted.forEach((l, i) => lines.push(`LANG;PREF=${i + 1}:${l}`));
  lines.push(`REV:${view.updatedAt.replace(/[-:]/g, '').replace(/\.\d+/, '')}`, 'END:VCARD');
  return `${lines.join('\r\n')}\r\n`;
}
