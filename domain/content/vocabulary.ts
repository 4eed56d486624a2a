// Controlled vocabularies for exercise metadata. Filters, labels and the
// content check all read from here, so a new framework or audience is added
// in exactly one place.

export const FRAMEWORKS = {
  'needs-based-model': 'Needs-based model (respect, empowerment, acceptance)',
  'critical-consciousness': 'Critical consciousness (reflection, efficacy, action)',
  'intraminority-solidarity': 'Solidarity between disadvantaged groups',
  'ally-motivations': "Allies' motivations",
  'helping-relations': 'Help and status',
  'zero-sum-beliefs': 'Zero-sum beliefs',
  'meta-beliefs': 'Meta-beliefs about allies',
  'peer-norms': 'Peer norms',
  'bystander-affirmation': 'Backing the challenger',
  'joint-action': 'Joint action under conflict',
  'forms-of-action': 'Normative and non-normative action',
  'trauma-informed-practice': 'Trauma-informed practice',
  'popular-education': 'Popular education',
} as const;

export type FrameworkId = keyof typeof FRAMEWORKS;

export const AUDIENCES = {
  mixed: 'Mixed group',
  'affected-caucus': 'Affected-group caucus',
  allies: 'Allies only',
  coalition: 'Coalition of disadvantaged groups',
} as const;

export type AudienceId = keyof typeof AUDIENCES;

export const FRAMEWORK_IDS = Object.keys(FRAMEWORKS) as [FrameworkId, ...FrameworkId[]];
export const AUDIENCE_IDS = Object.keys(AUDIENCES) as [AudienceId, ...AudienceId[]];
