/**
 * A user rule that masks what it finds (a phone number), for tests that check masking through
 * every output: the shipped phone rule would spare office numbers, this one reports any.
 */
export const MASKED_PHONE_RULE = `- id: personal-info/test-phone-number
  category: personal-info
  severity: warning
  message: 電話番号「{match}」が含まれています。
  mask: true
  pattern: '0\\d{1,4}-\\d{1,4}-\\d{4}'
  examples: { invalid: [090-1234-5678], valid: [2026-11-21] }
`;
