// Controlled vocabularies for content metadata. Filters, labels and the
// content check all read from here, so a new term is added in exactly one
// place. Free of the schema library, so the renderer can import it without
// bundling the validator.

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

export const CHECK_IN_TRACKS = {
  affected: 'Someone from a community most affected by this work',
  ally: 'An ally',
} as const;

export type CheckInTrack = keyof typeof CHECK_IN_TRACKS;

/** The floor below which no check-in aggregate is ever shown (content brief, §3). */
export const SMALLEST_MINIMUM_GROUP_SIZE = 5;

/** Practical responses a check-in pattern may offer to apply in one step. */
export const FACILITATOR_ACTIONS = {
  'insert-caucus-time': 'Insert caucus time now',
  'allies-listen-next-item': 'Allies listen only during the next item',
  'insert-ally-check-in': 'Insert an allies-only check-in',
} as const;

export type FacilitatorAction = keyof typeof FACILITATOR_ACTIONS;

export const TEMPLATE_MODES = {
  facilitated: 'Facilitated',
  'self-guided': 'Self-guided (no facilitator)',
} as const;

export type TemplateMode = keyof typeof TEMPLATE_MODES;
