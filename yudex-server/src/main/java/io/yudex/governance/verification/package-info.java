/** Verification tickets (校核工单): a doubted or conflicting value goes to the department that owns it, with deadlines, escalation and full history. */
package io.yudex.governance.verification;
