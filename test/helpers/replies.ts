import type {
  AnswerReply,
  MissReply,
  NoticeReply,
  QuestionReply,
  Reply,
  ReplyKind,
  TopicsReply,
  VerdictReply,
  WhyReply,
} from '../../src/core/types.js';

/**
 * A reply read field by field whatever its kind: a test asks "which code?", "which concept?" of
 * whatever came back, and a reply of the wrong kind simply lacks the field, so the test fails.
 */
export type AnyReply = { kind: ReplyKind } & Partial<
  Omit<AnswerReply, 'kind'> &
    Omit<MissReply, 'kind'> &
    Omit<TopicsReply, 'kind'> &
    Omit<QuestionReply, 'kind'> &
    Omit<WhyReply, 'kind'> &
    Omit<VerdictReply, 'kind'> &
    Omit<NoticeReply, 'kind'>
>;

export function anyReply(reply: Reply): AnyReply {
  return reply;
}
