import type { Rule } from '../../src/engine/rule.ts';
import { databaseUrl } from '../database-url.ts';
import { jdbc } from '../jdbc.ts';
import { adoNet } from '../ado-net.ts';
import { datadog } from '../datadog.ts';
import { newRelic } from '../new-relic.ts';
import { sentry } from '../sentry.ts';
import { grafana } from '../grafana.ts';
import { dynatrace } from '../dynatrace.ts';
import { honeycomb } from '../honeycomb.ts';
import { splunk } from '../splunk.ts';
import { logzIo } from '../logz-io.ts';
import { sumoLogic } from '../sumo-logic.ts';

export const databasesAndSaas: Rule[] = [
  ...databaseUrl,
  ...jdbc,
  ...adoNet,
  ...datadog,
  ...newRelic,
  ...sentry,
  ...grafana,
  ...dynatrace,
  ...honeycomb,
  ...splunk,
  ...logzIo,
  ...sumoLogic,
];
