/**
 * The version of the encoded rules, stamped into every result that is not
 * itself an evaluation. Raise it whenever a rule's outcome may change.
 */
export const RULES_VERSION = '2026.11.2';
