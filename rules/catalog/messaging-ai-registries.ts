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
import { openai } from '../openai.ts';
import { anthropic } from '../anthropic.ts';
import { huggingFace } from '../hugging-face.ts';
import { cohere } from '../cohere.ts';
import { replicate } from '../replicate.ts';
import { groq } from '../groq.ts';
import { mistral } from '../mistral.ts';
import { perplexity } from '../perplexity.ts';
import { xai } from '../xai.ts';
import { togetherAi } from '../together-ai.ts';
import { fireworksAi } from '../fireworks-ai.ts';
import { langsmith } from '../langsmith.ts';
import { pinecone } from '../pinecone.ts';
import { elevenlabs } from '../elevenlabs.ts';
import { deepseek } from '../deepseek.ts';
import { openrouter } from '../openrouter.ts';
import { langfuse } from '../langfuse.ts';
import { nvidia } from '../nvidia.ts';
import { cerebras } from '../cerebras.ts';
import { tavily } from '../tavily.ts';
import { weightsAndBiases } from '../weights-and-biases.ts';
import { deepgram } from '../deepgram.ts';
import { assemblyai } from '../assemblyai.ts';
import { npm } from '../npm.ts';
import { yarn } from '../yarn.ts';
import { pypi } from '../pypi.ts';
import { rubygems } from '../rubygems.ts';
import { nuget } from '../nuget.ts';
import { dockerHub } from '../docker-hub.ts';
import { jfrog } from '../jfrog.ts';
import { cratesIo } from '../crates-io.ts';
import { packagist } from '../packagist.ts';
import { clojars } from '../clojars.ts';
import { hexPm } from '../hex-pm.ts';
import { maven } from '../maven.ts';
import { gradle } from '../gradle.ts';

/** Messaging and mail, AI providers and package registries: one module per provider, flat in rules/. */
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
  // AI providers
  ...openai,
  ...anthropic,
  ...huggingFace,
  ...cohere,
  ...replicate,
  ...groq,
  ...mistral,
  ...perplexity,
  ...xai,
  ...togetherAi,
  ...fireworksAi,
  ...langsmith,
  ...pinecone,
  ...elevenlabs,
  ...deepseek,
  ...openrouter,
  ...langfuse,
  ...nvidia,
  ...cerebras,
  ...tavily,
  ...weightsAndBiases,
  ...deepgram,
  ...assemblyai,
  // Package registries
  ...npm,
  ...yarn,
  ...pypi,
  ...rubygems,
  ...nuget,
  ...dockerHub,
  ...jfrog,
  ...cratesIo,
  ...packagist,
  ...clojars,
  ...hexPm,
  ...maven,
  ...gradle,
];
