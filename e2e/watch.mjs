// What the browser itself says went wrong during a session, for the security and privacy tests:
// Content-Security-Policy violations (the page's `securitypolicyviolation` events and the
// console's "Refused to ..." lines) and JavaScript dialogs.
//
// Violations in the model worker and the service worker are not seen here: a worker has its
// own global and takes its policy from its script's response headers. Serve with
// `serve({ csp: true })` to have every violation, in the page or either worker, POSTed to the
// server's `cspReports` too.

/**
 * Starts recording in `context` (before any page opens). Returns
 * { violations, console, dialogs } arrays that fill as the session runs; dialogs are dismissed.
 */
export async function watch(context) {
  const recorded = { violations: [], console: [], dialogs: [] };
  await context.exposeBinding('__candorCspViolation', (_source, violation) => {
    recorded.violations.push(violation);
  });
  // Runs before the page's own scripts in every document (CSP does not apply to it).
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__candorCspViolation({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: event.sourceFile,
        sample: event.sample,
      });
    });
  });
  const onPage = (page) => {
    page.on('console', (message) => {
      const text = message.text();
      if (/Content Security Policy|Refused to/i.test(text)) recorded.console.push(text);
    });
    page.on('dialog', (dialog) => {
      recorded.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      dialog.dismiss().catch(() => {});
    });
  };
  context.pages().forEach(onPage);
  context.on('page', onPage);
  return recorded;
}

/** Fails with every CSP violation recorded by `watch` and by a `csp` server, if any. */
export function cspProblems(recorded, server) {
  return [
    ...recorded.violations.map((v) => `page: ${v.directive} blocked ${v.blocked} (${v.source})`),
    ...recorded.console.map((line) => `console: ${line}`),
    ...(server?.cspReports ?? []).map((r) => `report: ${r['effective-directive'] ?? r['violated-directive']} blocked ${r['blocked-uri']} in ${r['document-uri']}`),
  ];
}
