import type { Rule } from '../../src/engine/rule.ts';
import { slack } from '../slack.ts';
import { twilio } from '../twilio.ts';
import { sendgrid } from '../sendgrid.ts';
import { mailgun } from '../mailgun.ts';
import { mailchimp } from '../mailchimp.ts';
import { mandrill } from '../mandrill.ts';
import { postmark } from '../postmark.ts';
import { brevo } from '../brevo.ts';
import { resend } from '../resend.ts';
import { mailersend } from '../mailersend.ts';
import { sparkpost } from '../sparkpost.ts';
import { mailjet } from '../mailjet.ts';
import { discord } from '../discord.ts';
import { telegram } from '../telegram.ts';
import { microsoftTeams } from '../microsoft-teams.ts';
import { mattermost } from '../mattermost.ts';
import { zoom } from '../zoom.ts';
import { intercom } from '../intercom.ts';
import { pusher } from '../pusher.ts';
import { ably } from '../ably.ts';
import { feishu } from '../feishu.ts';
import { dingtalk } from '../dingtalk.ts';
import { wecom } from '../wecom.ts';
import { zulip } from '../zulip.ts';

export const messagingAiRegistries: Rule[] = [
  // Messaging and mail
  ...slack,
  ...twilio,
  ...sendgrid,
  ...mailgun,
  ...mailchimp,
  ...mandrill,
  ...postmark,
  ...brevo,
  ...resend,
  ...mailersend,
  ...sparkpost,
  ...mailjet,
  ...discord,
  ...telegram,
  ...microsoftTeams,
  ...mattermost,
  ...zoom,
  ...intercom,
  ...pusher,
  ...ably,
  ...feishu,
  ...dingtalk,
  ...wecom,
  ...zulip,
];
