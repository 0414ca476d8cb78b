import { z } from "zod";
import { CHANNELS } from "./pipeline";

export const logOutreachSchema = z.object({
  channel: z.enum(CHANNELS, "Choose how you reached out."),
  sentAt: z.string().trim().min(1, "Enter when you sent it."),
  subject: z.string().trim().max(200, "Keep the subject under 200 characters.").optional(),
  body: z.string().trim().min(1, "Write the message you sent.").max(5000, "Keep the message under 5,000 characters."),
});

export const REPLY_STATUSES = ["NO_REPLY", "REPLIED", "DECLINED"] as const;

export const setReplySchema = z.object({
  attemptId: z.string().min(1).max(40),
  replyStatus: z.enum(REPLY_STATUSES, "Choose replied, declined or no reply."),
  repliedAt: z.string().trim().optional(),
});
