/** The names of the easy read lint's rules (see src/checks/easy-read-lint.ts), for trust settings. */
export const easyReadRuleNames = [
  'sentence-length',
  'acronym',
  'all-caps',
  'italics',
  'underline',
  'bold-unexplained',
  'latin-abbreviation',
  'percentage',
  'number-word',
  'contraction',
  'row-without-picture',
] as const;
