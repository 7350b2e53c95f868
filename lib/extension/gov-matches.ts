// Match patterns of the government sites the page overlay and the fallback detector run on,
// and that the extension may read without asking. Budget disclosures are published there.
export const GOV_MATCHES = ['*://*.gov.cn/*', '*://*.gov.hk/*', '*://*.gov.mo/*'];
