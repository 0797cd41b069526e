import type { StateView } from '../../../common/contracts/states';
import type { Locale } from '../../../common/locales';
import type { StateWithNames } from './states.repository';

/** The one place a State row becomes a response. */
export function presentState(row: StateWithNames, locale: Locale): StateView {
  return {
    code: row.code,
    iso3: row.iso3,
    kind: row.kind,
    name: row.names[locale] ?? row.names.en,
    names: row.names,
    regionalGroup: row.regionalGroup,
    uncac: {
      status: row.uncacStatus,
      signatureDate: row.signatureDate,
      ratificationDate: row.ratificationDate,
      instrument: row.ratificationInstrument,
    },
  };
}
