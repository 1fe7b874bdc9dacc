import { defineJob } from '@dhr/platform-queue';

export interface DeliverEmailPayload {
  emailId: string;
}

/** Hands one stored email to the mail server (or, with no SMTP_URL in development, to the local mailbox). */
export const DELIVER_EMAIL = defineJob<DeliverEmailPayload>('notifications.deliver-email');
