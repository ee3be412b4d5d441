import type { Rule } from '../../src/engine/rule.ts';
import { onePassword } from '../1password.ts';
import { adoNet } from '../ado-net.ts';
import { age } from '../age.ts';
import { airtable } from '../airtable.ts';
import { algolia } from '../algolia.ts';
import { asana } from '../asana.ts';
import { atlassian } from '../atlassian.ts';
import { auth0 } from '../auth0.ts';
import { clickup } from '../clickup.ts';
import { contentful } from '../contentful.ts';
import { databaseUrl } from '../database-url.ts';
import { databricks } from '../databricks.ts';
import { datadog } from '../datadog.ts';
import { doppler } from '../doppler.ts';
import { dropbox } from '../dropbox.ts';
import { dynatrace } from '../dynatrace.ts';
import { elastic } from '../elastic.ts';
import { figma } from '../figma.ts';
import { firebaseCloudMessaging } from '../firebase-cloud-messaging.ts';
import { grafana } from '../grafana.ts';
import { hashicorpVault } from '../hashicorp-vault.ts';
import { honeycomb } from '../honeycomb.ts';
import { hubspot } from '../hubspot.ts';
import { jdbc } from '../jdbc.ts';
import { launchdarkly } from '../launchdarkly.ts';
import { linear } from '../linear.ts';
import { logzIo } from '../logz-io.ts';
import { mapbox } from '../mapbox.ts';
import { mongodbAtlas } from '../mongodb-atlas.ts';
import { newRelic } from '../new-relic.ts';
import { notion } from '../notion.ts';
import { okta } from '../okta.ts';
import { opsgenie } from '../opsgenie.ts';
import { pagerduty } from '../pagerduty.ts';
import { planetscale } from '../planetscale.ts';
import { postman } from '../postman.ts';
import { posthog } from '../posthog.ts';
import { prefect } from '../prefect.ts';
import { rollbar } from '../rollbar.ts';
import { segment } from '../segment.ts';
import { sentry } from '../sentry.ts';
import { shopify } from '../shopify.ts';
import { snyk } from '../snyk.ts';
import { sourcegraph } from '../sourcegraph.ts';
import { splunk } from '../splunk.ts';
import { sumoLogic } from '../sumo-logic.ts';
import { twitch } from '../twitch.ts';
import { typeform } from '../typeform.ts';
import { zendesk } from '../zendesk.ts';

/**
 * Databases, observability and SaaS. Order matters only where two rules can claim the same text:
 * prefixed tokens come first (a `pscale_pw_…` password inside a mysql:// URL is reported as the
 * PlanetScale password), context rules next, and the generic connection-string shapes last.
 */
export const databasesAndSaas: Rule[] = [
  // Secrets managers and identity.
  ...hashicorpVault,
  ...doppler,
  ...onePassword,
  ...age,
  ...okta,
  ...auth0,
  // Observability.
  ...datadog,
  ...newRelic,
  ...sentry,
  ...grafana,
  ...dynatrace,
  ...honeycomb,
  ...splunk,
  ...logzIo,
  ...sumoLogic,
  ...rollbar,
  ...pagerduty,
  ...opsgenie,
  ...elastic,
  // SaaS and developer platforms.
  ...shopify,
  ...notion,
  ...linear,
  ...atlassian,
  ...postman,
  ...airtable,
  ...asana,
  ...clickup,
  ...contentful,
  ...dropbox,
  ...figma,
  ...mapbox,
  ...algolia,
  ...hubspot,
  ...typeform,
  ...segment,
  ...posthog,
  ...launchdarkly,
  ...firebaseCloudMessaging,
  ...twitch,
  ...zendesk,
  ...snyk,
  ...sourcegraph,
  ...prefect,
  // Databases and data platforms.
  ...planetscale,
  ...databricks,
  ...mongodbAtlas,
  ...databaseUrl,
  ...jdbc,
  ...adoNet,
];
