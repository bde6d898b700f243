// Specs that move the e2e server's clock or switch its job faults (lib/system/test-clock.ts,
// test-faults.ts): every session, link and deadline on the server moves with them, so they run one
// at a time after all the others (playwright.config.ts). tests/unit/e2e-projects.test.ts fails when
// a spec that moves server state is missing here.
export const SERVER_STATE_SPECS =
  /[/\\](approval-link-expiry|background-job-retry|contract-milestones|maintenance-schedule|notifications-and-jobs|reminder-banner|sla-breach|sla-report|sla)\.spec\.ts$/;
