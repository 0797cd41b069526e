import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALE_CODES, type Locale } from '../../../common/locales';
import type { RegionalGroup, StateKind, UncacInstrument, UncacStatus } from '../../../common/states';
import { sha256 } from '../../lib/crypto';

/** One State as the reference files describe it, before it becomes rows. */
export interface ReferenceState {
  code: string;
  iso3: string | null;
  kind: StateKind;
  regionalGroup: RegionalGroup | null;
  uncacStatus: UncacStatus;
  signatureDate: string | null;
  ratificationDate: string | null;
  ratificationInstrument: UncacInstrument | null;
  names: Record<Locale, string>;
}

interface GroupsFile {
  groups: { id: RegionalGroup; members: { iso2: string; iso3: string; membership: string }[] }[];
}
interface PartyEntry {
  iso2: string;
  signature: string | null;
  ratification: string | null;
  action: UncacInstrument | null;
}
interface PartiesFile {
  parties: PartyEntry[];
  signatories_only: PartyEntry[];
}
interface NamesFile {
  names: Record<string, Partial<Record<Locale, string>>>;
}

/** Entities outside the regional groups: observers, non-member parties and the EU. */
const OUTSIDE_GROUPS: Record<string, { iso3: string | null; kind: StateKind }> = {
  CK: { iso3: 'COK', kind: 'non_member' },
  NU: { iso3: 'NIU', kind: 'non_member' },
  VA: { iso3: 'VAT', kind: 'observer' },
  PS: { iso3: 'PSE', kind: 'observer' },
  EU: { iso3: null, kind: 'organization' },
};

/** Membership kinds that count the State in a group for electoral purposes (Türkiye: WEOG only). */
const ELECTORAL = new Set(['member', 'observer_electoral_member']);

export const REFERENCE_FILES = ['un-regional-groups.json', 'uncac-parties.json', 'state-names.json'] as const;

/** Reads the reference files in `dir`; `checksum` changes whenever any of them does. */
export function readReferenceStates(dir: string): { checksum: string; states: ReferenceState[] } {
  const texts = REFERENCE_FILES.map((f) => readFileSync(join(dir, f), 'utf8'));
  const [groups, parties, names] = [
    JSON.parse(texts[0]!) as GroupsFile,
    JSON.parse(texts[1]!) as PartiesFile,
    JSON.parse(texts[2]!) as NamesFile,
  ];
  return { checksum: sha256(texts.join('\u0000')), states: buildStates(groups, parties, names) };
}

function buildStates(groups: GroupsFile, parties: PartiesFile, names: NamesFile): ReferenceState[] {
  const base = new Map<string, { iso3: string | null; kind: StateKind; regionalGroup: RegionalGroup | null }>();
  for (const group of groups.groups) {
    for (const m of group.members) {
      if (!ELECTORAL.has(m.membership)) continue;
      base.set(m.iso2, { iso3: m.iso3, kind: 'member', regionalGroup: group.id });
    }
  }
  for (const [code, entry] of Object.entries(OUTSIDE_GROUPS)) base.set(code, { ...entry, regionalGroup: null });

  const status = new Map<string, { status: UncacStatus; entry: PartyEntry }>();
  for (const p of parties.parties) status.set(p.iso2, { status: 'party', entry: p });
  for (const p of parties.signatories_only) status.set(p.iso2, { status: 'signatory', entry: p });

  return [...base.entries()]
    .map(([code, b]) => {
      const s = status.get(code);
      return {
        code,
        ...b,
        uncacStatus: s?.status ?? 'none',
        signatureDate: s?.entry.signature ?? null,
        ratificationDate: s?.entry.ratification ?? null,
        ratificationInstrument: s?.status === 'party' ? s.entry.action : null,
        names: namesOf(code, names.names[code] ?? {}),
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** ICU's names, overridden where UN usage differs. */
function namesOf(code: string, overrides: Partial<Record<Locale, string>>): Record<Locale, string> {
  const result = {} as Record<Locale, string>;
  for (const locale of LOCALE_CODES) result[locale] = overrides[locale] ?? icuNames[locale].of(code) ?? code;
  return result;
}

const icuNames = Object.fromEntries(
  LOCALE_CODES.map((l) => [l, new Intl.DisplayNames([l], { type: 'region' })]),
) as Record<Locale, Intl.DisplayNames>;
