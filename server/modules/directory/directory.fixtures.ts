import type { AuthorityInput } from '../../../common/contracts/directory';

/** A complete, valid entry for `stateCode`; tests override what they look at. */
export function authorityInput(stateCode: string, overrides: Partial<AuthorityInput> = {}): AuthorityInput {
  return {
    stateCode,
    territory: null,
    originalName: `Central Authority of ${stateCode}`,
    originalLanguage: 'en',
    names: {},
    address: '1 Example Street',
    phones: ['+33 1 00 00 00 01'],
    emails: [`mla@${stateCode.toLowerCase()}.example.org`],
    website: `https://${stateCode.toLowerCase()}.example.org/mla`,
    officeHours: 'Mon–Fri 09:00–17:00',
    timeZone: 'Europe/Paris',
    urgentContact: '+33 1 00 00 00 99',
    languagesAccepted: ['fr', 'en'],
    channels: ['central_authorities', 'interpol_urgent', 'email'],
    urgentProcedure: { en: 'Call the 24/7 line, then send the request by e-mail.' },
    requirements: {
      certification: true,
      apostille: false,
      signature: true,
      copies: 2,
      translationOfAttachments: true,
      extraditionMinimumPenaltyMonths: 12,
      dualCriminalityCoercive: 'required',
      dualCriminalityNonCoercive: 'not_required',
      extraditionTreatyRequired: false,
      uncacAsExtraditionBasis: true,
      provisionalArrestDays: 40,
    },
    notes: { en: 'Send a copy to the embassy.' },
    visibility: {},
    lastVerifiedOn: '2026-06-01',
    ...overrides,
  };
}
